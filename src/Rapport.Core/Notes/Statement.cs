namespace Rapport.Core.Notes;

/// <summary>
/// One thing said in the notes: a bullet, a numbered item, a task or a prose sentence, with the
/// side named by the label line above it (<c>Noah:</c> / <c>Me:</c>), if any.
/// </summary>
public sealed record Statement(string Text, int Line, StatementOwner Label, char? Task);

/// <summary>Whose items a label line or heading introduces.</summary>
public enum StatementOwner
{
    None,
    Me,
    Them,
}
