using System.Text;
using System.Text.RegularExpressions;

namespace Rapport.Core.Notes;

/// <summary>
/// The ways notes refer to the other person (contract, "Names"): full name, first or last name,
/// initials (<c>ZL</c>, <c>Z.L.</c>), first name and last initial (<c>Tomas R.</c>), a nickname that
/// is a prefix of the first name (Alex, Nico, Sam) or a common short form (Mike, Kate, Lupe), and
/// the <c>aliases:</c> of the person's document, all matched ignoring case and accents (Zoë = Zoe,
/// Müller = Mueller).
/// </summary>
public sealed class PersonNames
{
    /// <summary>Common short forms of first names (contract, "Names").</summary>
    private static readonly Dictionary<string, string[]> ShortForms = new(StringComparer.OrdinalIgnoreCase)
    {
        ["michael"] = ["mike", "mick"],
        ["william"] = ["bill", "Will"],
        ["robert"] = ["bob", "rob", "bobby"],
        ["katherine"] = ["kate", "katie", "kat"],
        ["catherine"] = ["kate", "katie", "cath"],
        ["elizabeth"] = ["liz", "beth", "lizzie"],
        ["james"] = ["jim", "jimmy", "jamie"],
        ["jose"] = ["pepe"],
        ["francisco"] = ["paco"],
        ["guadalupe"] = ["lupe"],
        ["richard"] = ["rick", "dick"],
        ["margaret"] = ["maggie", "meg"],
        ["thomas"] = ["tom"],
        ["edward"] = ["ed", "ted"],
    };

    /// <summary>Prefixes of a first name that are words or dates of their own ("Mar" of Marta is March).</summary>
    private static readonly HashSet<string> NotNicknames = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "the", "and", "can", "will", "man", "did",
    };

    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _initials = [];

    public PersonNames(string fullName, IEnumerable<string>? aliases = null)
    {
        FullName = fullName.Trim();
        var parts = FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return;
        FirstName = parts[0];
        Add(FullName);
        Add(parts[0]);
        string first = Fold(parts[0]).ToLowerInvariant();
        for (int n = 3; n < first.Length; n++)
            if (!NotNicknames.Contains(first[..n])) Add(first[..n]);
        if (ShortForms.TryGetValue(first, out var shorts))
            foreach (var s in shorts)
                if (char.IsUpper(s[0])) _initials.Add(s); // "Will" is a name only when capitalised
                else Add(s);
        if (parts.Length > 1)
        {
            Add(parts[^1]);
            Add($"{parts[0]} {parts[^1][0]}.");
            Add($"{parts[0]} {parts[^1][0]}");
            // Only words that start with a letter make initials: "Sam Ortiz (old)" is "SO".
            var letters = parts.Where(p => char.IsLetter(p[0])).Select(p => char.ToUpperInvariant(Fold(p)[0])).ToList();
            if (letters.Count > 1)
            {
                Initials = string.Concat(letters);
                _initials.Add(Initials);
                _initials.Add(string.Join('.', letters) + ".");
                _initials.Add(string.Concat(letters.Take(2)));
            }
        }
        foreach (var alias in aliases ?? []) if (!string.IsNullOrWhiteSpace(alias)) Add(alias.Trim());
    }

    private void Add(string name) => _names.Add(Fold(name));

    public string FullName { get; }

    public string FirstName { get; } = "";

    /// <summary>"LF" for Lena Fischer; initials are matched case-sensitively so "hs" in prose is not a name.</summary>
    public string? Initials { get; }

    public bool IsName(string text)
    {
        string t = text.Trim().Trim('@', '[', ']', '(', ')', '*', '_', ' ');
        if (t.Length == 0) return false;
        string folded = Fold(t);
        return _names.Contains(folded) || _initials.Contains(folded)
            || folded.EndsWith("'s", StringComparison.Ordinal) && _names.Contains(folded[..^2]);
    }

    /// <summary>A regex alternation of every name form, longest first; accents and German digraphs are optional.</summary>
    public string Pattern => _pattern ??= string.Join('|', _names.OrderByDescending(n => n.Length).Select(AccentPattern)
        .Concat(_initials.Distinct().OrderByDescending(i => i.Length).Select(i => $"(?-i:{Regex.Escape(i)})(?![a-z])")));

    private string? _pattern;

    /// <summary>
    /// The ASCII characters a match of <see cref="Pattern"/> can begin with, in either case (the rules match it ignoring
    /// case): each form's first letter as <see cref="AccentPattern"/> writes it, whose other spellings are outside ASCII,
    /// or an apostrophe. A form that begins outside ASCII counts as any ASCII letter (the Kelvin sign matches "k"
    /// ignoring case), and with no names at all the pattern is empty and matches anywhere, so every character counts.
    /// </summary>
    public string PatternStarts => _patternStarts ??= Starts();

    private string? _patternStarts;

    private string Starts()
    {
        const string AnyLetter = "abcdefghijklmnopqrstuvwxyz";
        if (_names.Count == 0 && _initials.Count == 0) return new string([.. Enumerable.Range(0, 128).Select(c => (char)c)]);
        var starts = new StringBuilder();
        foreach (string form in _names.Concat(_initials))
            starts.Append(form[0] <= '\x7f' ? form[0] : AnyLetter);
        return starts.ToString();
    }

    private static readonly Dictionary<char, string> Variants = new()
    {
        ['a'] = "aáàâäãåą", ['e'] = "eéèêëę", ['i'] = "iíìîï", ['o'] = "oóòôöõø", ['u'] = "uúùûü", ['c'] = "cçć",
        ['n'] = "nñń", ['s'] = "sśš", ['z'] = "zźżž", ['y'] = "yýÿ", ['l'] = "lł",
    };

    /// <summary>"zoe" → "zo[eéèêëę]": a folded name that matches any accented spelling, and ae/oe/ue for ä/ö/ü.</summary>
    private static string AccentPattern(string folded)
    {
        var sb = new StringBuilder();
        foreach (char c in folded)
        {
            char lower = char.ToLowerInvariant(c);
            if (Variants.TryGetValue(lower, out var forms))
                sb.Append(lower is 'a' or 'o' or 'u' ? $"(?:{lower}e|[{forms}])" : $"[{forms}]");
            else if (c == '\'') sb.Append("['’]");
            else sb.Append(Regex.Escape(c.ToString()));
        }
        return sb.ToString();
    }

    /// <summary>Removes accents: "Zoë" → "Zoe", "Müller" → "Muller" (a table, so it works without ICU).</summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            int k = Accented.IndexOf(c, StringComparison.Ordinal);
            sb.Append(k >= 0 ? Plain[k] : c == '’' ? '\'' : c);
        }
        return sb.ToString();
    }

    private const string Accented = "áàâäãåąāăÁÀÂÄÃÅĄĀéèêëęēėěÉÈÊËĘĒĖĚíìîïīįÍÌÎÏĪóòôöõøōőÓÒÔÖÕØŌŐúùûüūůűÚÙÛÜŪŮŰçćčÇĆČñńňÑŃŇśšşŚŠŞźżžŹŻŽýÿÝłŁđĐðßťŤďĎřŘľĽ";
    private const string Plain = "aaaaaaaaaAAAAAAAAeeeeeeeeEEEEEEEEiiiiiiIIIIIooooooooOOOOOOOOuuuuuuuUUUUUUUcccCCCnnnNNNsssSSSzzzZZZyyYlLdDdstTdDrRlL";
}
