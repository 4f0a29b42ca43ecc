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
        // Most of a note is ASCII: jump from one character above U+009F to the next (a vectorised search)
        // and copy the runs between the marks, not one character at a time.
        StringBuilder? sb = null;
        int copied = 0;
        for (int at = NextCandidate(text, 0); at >= 0; at = NextCandidate(text, at + 1))
        {
            string? respelt = text[at] switch
            {
                '’' or '‘' => "'",
                '“' or '”' or '„' => "\"",
                '→' or '⇒' or '⟶' or '➔' or '➜' or '➡' => "->",
                '\u00A0' => " ",
                _ => null,
            };
            if (respelt is null) continue;
            (sb ??= new StringBuilder(text.Length + 16)).Append(text, copied, at - copied).Append(respelt);
            copied = at + 1;
        }
        if (sb is not null) text = sb.Append(text, copied, text.Length - copied).ToString();
        return Arrows().Replace(text, "->");
    }

    /// <summary>The next character at or after <paramref name="from"/> that could be a mark <see cref="Normalise"/> respells (all are U+00A0 or above).</summary>
    private static int NextCandidate(string text, int from)
    {
        int at = text.AsSpan(from).IndexOfAnyInRange('\u00A0', '\uFFFF');
        return at < 0 ? -1 : from + at;
    }

    // contract: "Arrows": `->`, `-->`, `→`, `=>`, `⇒` and `➡️` join two sides (normalised to one arrow)
    [GeneratedRegex(@"->\uFE0F|-->|==>|(?<![<=!])=>")]
    private static partial Regex Arrows();
}
