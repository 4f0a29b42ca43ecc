using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Rapport.Core.Notes;

/// <summary>
/// The first step of reading: one spelling for the marks people type many ways. Curly quotes become
/// straight ones and every arrow (<c>→</c>, <c>⇒</c>, <c>➡️</c>, <c>--></c>, <c>=></c>) becomes
/// <c>-></c> (contract, "Arrows"), so the rules see one form. Line breaks are kept, so line
/// numbers still match the notes.
/// </summary>
public static partial class Tokens
{
    public static string Normalise(string notes)
    {
        string text = notes.ReplaceLineEndings("\n");
        // Most of a note is plain text: copy it in runs between the marks, not one character at a time.
        var rest = text.AsSpan();
        int at = rest.IndexOfAny(Marks);
        if (at >= 0)
        {
            var sb = new StringBuilder(text.Length + 16);
            for (; at >= 0; at = rest.IndexOfAny(Marks))
            {
                sb.Append(rest[..at]);
                sb.Append(rest[at] switch
                {
                    '’' or '‘' => "'",
                    '“' or '”' or '„' => "\"",
                    '\u00A0' => " ",
                    _ => "->", // → ⇒ ⟶ ➔ ➜ ➡
                });
                rest = rest[(at + 1)..];
            }
            sb.Append(rest);
            text = sb.ToString();
        }
        return Arrows().Replace(text, "->");
    }

    /// <summary>The marks <see cref="Normalise"/> respells: curly quotes, arrows and the no-break space.</summary>
    private static readonly SearchValues<char> Marks = SearchValues.Create("’‘“”„→⇒⟶➔➜➡\u00A0");

    // contract: "Arrows": `->`, `-->`, `→`, `=>`, `⇒` and `➡️` join two sides (normalised to one arrow)
    [GeneratedRegex(@"->\uFE0F|-->|==>|(?<![<=!])=>")]
    private static partial Regex Arrows();
}
