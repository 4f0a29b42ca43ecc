using System.Text;

namespace Rapport.Core.Vaults;

/// <summary>File names for people: "Tomás O'Brien" becomes <c>tomas-obrien</c>.</summary>
public static class Slug
{
    private const int MaxLength = 80;

    private static readonly HashSet<string> WindowsReserved =
        ["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"];

    // Invariant globalization (for start-up speed) leaves string.Normalize without decomposition
    // data, so accents on Latin letters are folded by table.
    private static readonly Dictionary<char, string> LatinFold = BuildFold(
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"),
        ("ŕŗř", "r"), ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("æ", "ae"), ("œ", "oe"), ("ß", "ss"), ("þ", "th"), ("ð", "d"));

    // German (and Nordic) letters as they are spelled without them: "Jürgen Müller" is also typed "Juergen Mueller".
    private static readonly Dictionary<char, string> SpelledOutFold = new() { ['ä'] = "ae", ['ö'] = "oe", ['ü'] = "ue", ['ø'] = "oe", ['å'] = "aa" };

    /// <summary>The letters that are spelled out without their marks, and how: <c>ü</c> is <c>ue</c> ("Jürgen" typed "Juergen").</summary>
    public static IReadOnlyDictionary<char, string> SpelledOutLetters => SpelledOutFold;

    public static string From(string name) => From(name, spelledOut: false);

    /// <summary>
    /// The slug with umlauts spelled out as their language writes them without the dots (<c>juergen-mueller</c>), for
    /// matching a name as typed on a keyboard without them; the same as <see cref="From(string)"/> for a name without any.
    /// </summary>
    public static string SpelledOut(string name) => From(name, spelledOut: true);

    private static string From(string name, bool spelledOut)
    {
        var builder = new StringBuilder(name.Length);
        bool dash = false;
        foreach (char c in name)
        {
            if (c is '\'' or '\u2019') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (dash && builder.Length > 0) builder.Append('-');
                dash = false;
                if (spelledOut && SpelledOutFold.TryGetValue(char.ToLowerInvariant(c), out var spelled)) builder.Append(spelled);
                else if (LatinFold.TryGetValue(char.ToLowerInvariant(c), out var folded)) builder.Append(folded);
                else builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                dash = true;
            }
            if (builder.Length >= MaxLength) break;
        }
        string slug = builder.ToString().Trim('-');
        return WindowsReserved.Contains(slug) ? slug + "-1on1" : slug;
    }

    private static Dictionary<char, string> BuildFold(params (string Letters, string Ascii)[] groups)
    {
        var fold = new Dictionary<char, string>();
        foreach (var (letters, ascii) in groups)
            foreach (char c in letters) fold[c] = ascii;
        return fold;
    }
}
