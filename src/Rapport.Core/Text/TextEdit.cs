namespace Rapport.Core.Text;

/// <summary>Replace <see cref="Length"/> characters at <see cref="Start"/> with <see cref="NewText"/>.</summary>
public readonly record struct TextEdit(int Start, int Length, string NewText)
{
    public static TextEdit Insert(int position, string text) => new(position, 0, text);

    public int End => Start + Length;
}
