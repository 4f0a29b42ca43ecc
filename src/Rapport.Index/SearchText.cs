using System.Text;
using System.Text.RegularExpressions;
using Rapport.Core;
using Rapport.Core.Vaults;

namespace Rapport.Index;

/// <summary>
/// What someone typed in a search box, as an FTS5 query. The one place where that is decided, for
/// <c>rapport search</c>, the web page and <c>/api/search</c> alike:
/// <list type="bullet">
/// <item>plain text is searched as words: each word (split at spaces) must appear, and a word with
/// punctuation (<c>follow-up</c>, <c>1:1</c>, <c>INFRA-2231</c>, <c>Noah's</c>, <c>T&amp;E</c>) is
/// searched as the phrase of its parts, the way the index split the text, and a hyphenated one also as its parts
/// written as one word (<c>e-mail</c> finds <c>email</c>); a word led by a minus is left out (<c>budget -hiring</c>);</item>
/// <item>FTS5 syntax is used only when the query clearly uses it (<see cref="SyntaxMarks"/>), or
/// when asked for (<c>--raw</c>); when a query that looked like syntax is not valid FTS5 after all,
/// it is searched as words instead;</item>
/// <item>a query with nothing to search for, or longer than <see cref="MaxLength"/>, is refused
/// with a sentence saying why.</item>
/// </list>
/// </summary>
public static partial class SearchText
{
    /// <summary>The longest query searched: a few sentences, not a document.</summary>
    public const int MaxLength = 1000;

    /// <summary>
    /// The signs that a query is written in FTS5 syntax, each with what it means. A query showing
    /// any of them is tried as FTS5 first. Add a row to recognise another.
    /// </summary>
    public static readonly IReadOnlyList<(string Means, Regex Pattern)> SyntaxMarks =
    [
        ("a quoted phrase: \"training budget\"", new Regex("^[^\"]*(\"[^\"]+\"[^\"]*)+$", RegexOptions.CultureInvariant)),
        ("AND, OR or NOT between two words: budget OR courses", new Regex(@"[^\s(]\s+(AND|OR|NOT)\s+[^\s)]", RegexOptions.CultureInvariant)),
        ("a prefix: promo*", new Regex(@"[\p{L}\p{N}]\*(?=$|[\s)])", RegexOptions.CultureInvariant)),
        ("a column: topic:career or text:budget", new Regex(@"(?:^|[\s(])(?:text|topic)\s*:\s*[^\s:]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)),
        ("NEAR(a b)", new Regex(@"\bNEAR\s*\(", RegexOptions.CultureInvariant)),
    ];

    private static readonly HashSet<string> Operators = new(["AND", "OR", "NOT", "NEAR"], StringComparer.Ordinal);

    /// <summary>Whether the query clearly uses FTS5 syntax.</summary>
    public static bool UsesSyntax(string text) => SyntaxMarks.Any(m => m.Pattern.IsMatch(text));

    /// <summary>The query checked for length and content, trimmed; a usage error saying why when it cannot be searched.</summary>
    public static string Check(string? text)
    {
        text = text?.Trim() ?? "";
        if (text.Length == 0) throw new RapportException(ErrorCode.Usage, "the search is empty: type a word or two");
        if (text.Length > MaxLength)
            throw new RapportException(ErrorCode.Usage, $"the search is {text.Length:N0} characters long; a search is at most {MaxLength:N0}: a few words find more than a paragraph");
        return text;
    }

    /// <summary>
    /// The plain-text reading of the query: every word that holds a letter or a digit, as an FTS5
    /// string (so the index's tokenizer splits it as it split the text), all of them required;
    /// AND, OR, NOT in capitals are left out when other words remain. A word led by a minus
    /// (<c>budget -hiring</c>) is left out of the results, as search boxes read it; a hyphenated word
    /// (<c>e-mail</c>, <c>follow-up</c>) also finds its parts written as one (<c>email</c>, <c>followup</c>).
    /// </summary>
    public static string Words(string text)
    {
        var words = Whitespace().Split(text).Where(w => w.Any(char.IsLetterOrDigit)).ToList();
        // An operator left dangling ("a AND", "NOT") was meant as one, not as a word to find.
        if (words.Any(w => !Operators.Contains(w))) words.RemoveAll(Operators.Contains);
        if (words.Count == 0)
            throw new RapportException(ErrorCode.Usage, $"'{text}' has no word to search for: type words (letters or digits), or use FTS5 syntax such as \"a phrase\", prefix* or OR");
        var excluded = words.Where(IsExclusion).Select(w => w.TrimStart(Minus)).ToList();
        var wanted = words.Where(w => !IsExclusion(w)).ToList();
        if (wanted.Count == 0)
            throw new RapportException(ErrorCode.Usage, $"'{text}' only leaves words out (a word led by '-' is left out of the results): add a word to search for, as in 'budget -hiring'");
        // AND written out: FTS5 joins two phrases by a space, but not a parenthesised group of spellings and a phrase.
        string query = string.Join(" AND ", wanted.Select(Word));
        return excluded.Count == 0 ? query : $"({query}){string.Concat(excluded.Select(w => " NOT " + Word(w)))}";
    }

    private static readonly char[] Minus = ['-', '\u2212'];

    /// <summary>A word led by a minus and then a letter or digit: <c>-hiring</c>, not <c>-</c> or <c>-5%</c>'s sign alone.</summary>
    private static bool IsExclusion(string word) => word.Length > 1 && Minus.Contains(word[0]) && char.IsLetter(word.TrimStart(Minus).FirstOrDefault());

    /// <summary>
    /// One word as FTS5: its phrase, or any of the spellings it also stands for: a hyphenated word's parts as one word
    /// (<c>e-mail</c>: <c>email</c>), a contraction without its apostrophe (<c>wont</c>: <c>won't</c>, <see cref="Contractions"/>),
    /// and a name's umlauts spelled out or not (<c>Juergen</c>: <c>Jürgen</c>, <c>Müller</c>: <c>Mueller</c>).
    /// </summary>
    private static string Word(string word)
    {
        var spellings = new List<string> { word };
        var parts = word.Split(Hyphens);
        if (parts.Length >= 2 && parts.All(p => p.Length > 0 && p.All(char.IsLetterOrDigit))) spellings.Add(string.Concat(parts));
        if (word.All(char.IsLetter))
        {
            foreach (var (ending, tail) in Contractions)
                if (word.Length > tail.Length + 1 && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase)) spellings.Add($"{word[..^tail.Length]} {word[^tail.Length..]}");
            if (SpelledOut(word) is { } spelled) spellings.Add(spelled);
            if (WithoutSpelledOut(word) is { } marked) spellings.Add(marked);
        }
        return spellings.Count == 1 ? Phrase(word) : $"({string.Join(" OR ", spellings.Select(Phrase))})";
    }

    /// <summary>
    /// How an apostrophe's contraction is typed without it, and the part the index reads as a word of its own (it splits
    /// <c>won't</c> into <c>won</c> and <c>t</c>): <c>wont</c> also finds <c>won't</c>, <c>theyre</c> <c>they're</c>,
    /// <c>Noahs</c> <c>Noah's</c>. Add a row for another.
    /// </summary>
    public static readonly IReadOnlyList<(string Ending, string Tail)> Contractions =
        [("nt", "t"), ("s", "s"), ("re", "re"), ("ve", "ve"), ("ll", "ll"), ("d", "d"), ("m", "m")];

    /// <summary>
    /// A word with a letter that is spelled out without its marks (<see cref="Slug.SpelledOutLetters"/>), spelled so, as its
    /// slug spells it (<c>Müller</c> is <c>mueller</c>; the index folds case and accents alike).
    /// </summary>
    private static string? SpelledOut(string word) =>
        word.Any(c => Slug.SpelledOutLetters.ContainsKey(char.ToLowerInvariant(c))) ? Slug.SpelledOut(word) : null;

    /// <summary>
    /// A word with a spelled-out umlaut (<c>ue</c>, <c>oe</c>, <c>ae</c>, <c>aa</c> between consonants, as in <c>Juergen</c>) with
    /// that pair written as its one letter (<c>Jurgen</c>), which finds the marked letter since the index folds accents:
    /// <c>Juergen</c> finds <c>Jürgen</c>. Null when it has no such pair.
    /// </summary>
    private static string? WithoutSpelledOut(string word)
    {
        var builder = new StringBuilder(word.Length);
        bool changed = false;
        for (int i = 0; i < word.Length; i++)
        {
            if (i > 0 && i + 2 < word.Length && !IsVowel(word[i - 1]) && !IsVowel(word[i + 2])
                && Slug.SpelledOutLetters.Values.Contains(word.Substring(i, 2).ToLowerInvariant()))
            {
                builder.Append(word[i]);
                i++;
                changed = true;
                continue;
            }
            builder.Append(word[i]);
        }
        return changed ? builder.ToString() : null;

        static bool IsVowel(char c) => "aeiouyAEIOUY".Contains(c, StringComparison.Ordinal);
    }

    /// <summary>
    /// A query in FTS5 syntax with the words led by a minus outside its quotes left out of the results, as in plain text:
    /// <c>"renewal deck" -pricing</c> keeps the phrase and leaves out what names pricing. Unchanged when it has none.
    /// </summary>
    public static string Syntax(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        var excluded = new List<string>();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && Minus.Contains(c) && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                int end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or ')')) end++;
                string word = text[i..end];
                if (IsExclusion(word))
                {
                    excluded.Add(word.TrimStart(Minus));
                    i = end - 1;
                    continue;
                }
            }
            kept.Append(c);
        }
        string rest = kept.ToString().Trim();
        return excluded.Count == 0 || rest.Length == 0 ? text : $"({rest}){string.Concat(excluded.Select(w => " NOT " + Phrase(w)))}";
    }

    private static readonly char[] Hyphens = ['-', '\u2010', '\u2011'];

    private static string Phrase(string word) => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
