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
        var sb = new StringBuilder(notes.Length);
        foreach (char c in notes.ReplaceLineEndings("\n"))
        {
            switch (c)
            {
                case '’' or '‘': sb.Append('\''); break;
                case '“' or '”' or '„': sb.Append('"'); break;
                case '→' or '⇒' or '⟶' or '➔' or '➜': sb.Append("->"); break;
                case '➡': sb.Append("->"); break;
                case '\u00A0': sb.Append(' '); break;
                default: sb.Append(c); break;
            }
        }
        return Arrows().Replace(sb.ToString(), "->");
    }

    // contract: "Arrows": `->`, `-->`, `→`, `=>`, `⇒` and `➡️` join two sides (normalised to one arrow)
    [GeneratedRegex(@"->\uFE0F|-->|==>|(?<![<=!])=>")]
    private static partial Regex Arrows();
}
