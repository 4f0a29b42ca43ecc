namespace Rapport.Core.Notes;

/// <summary>
/// Compares what two pieces of text are about: their content words, lower-cased and reduced to a
/// stem, so "Training budget approved" and "Approve training budget" share every word.
/// </summary>
public static class Wording
{
    private static readonly HashSet<string> StopWords =
    [
        "a", "an", "the", "and", "or", "but", "to", "of", "for", "in", "on", "at", "by", "with", "about", "from", "into", "over",
        "is", "was", "are", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these", "those", "there",
        "i", "we", "he", "she", "they", "you", "me", "us", "him", "her", "them", "my", "our", "his", "their", "your",
        "will", "would", "should", "could", "can", "shall", "must", "may", "might", "need", "needs", "ll", "s", "re", "ve", "d",
        "some", "any", "all", "more", "most", "very", "just", "also", "not", "no", "as", "so", "do", "does", "did", "done",
        "has", "have", "had", "get", "got", "if", "then", "than", "too", "up", "out", "via", "per", "w",
        "what", "how", "why", "when", "where", "who", "which", "still",
        "talked", "discussed", "chatted", "covered", "went", "touched", "decided", "agreed", "decision", "done",
    ];

    // Irregular past forms that the suffix rules cannot reach.
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["sent"] = "send", ["made"] = "make", ["wrote"] = "write", ["written"] = "write", ["bought"] = "buy",
        ["found"] = "find", ["gave"] = "give", ["given"] = "give", ["held"] = "hold", ["met"] = "meet",
        ["paid"] = "pay", ["built"] = "build", ["taught"] = "teach", ["told"] = "tell", ["sold"] = "sell",
        ["led"] = "lead", ["left"] = "leave", ["ran"] = "run", ["began"] = "begin", ["begun"] = "begin",
        ["brought"] = "bring", ["caught"] = "catch", ["chose"] = "choose", ["chosen"] = "choose", ["drew"] = "draw",
        ["drawn"] = "draw", ["kept"] = "keep", ["shown"] = "show", ["spoke"] = "speak", ["spoken"] = "speak",
        ["spent"] = "spend", ["took"] = "take", ["taken"] = "take", ["thought"] = "think", ["understood"] = "understand",
        ["won"] = "win", ["signed-off"] = "sign",
    };

    /// <summary>The stop words looked up by a lower-cased span of the text, so a stop word is never made a string.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordSpans = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The content words of <paramref name="text"/>, stemmed, without stop words or the given names.</summary>
    public static HashSet<string> Stems(string text, IReadOnlySet<string>? ignored = null)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal);
        // Each word is lower-cased into this buffer (as string.ToLowerInvariant would) and made a string only when it is not a stop word.
        Span<char> lowered = stackalloc char[32];
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '$' || text[i] == '%');
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                var raw = text.AsSpan(start, i - start);
                start = -1;
                string word;
                if (raw.Length <= lowered.Length)
                {
                    var lower = lowered[..raw.ToLowerInvariant(lowered)];
                    if (StopWordSpans.Contains(lower)) continue;
                    word = lower.ToString();
                }
                else word = raw.ToString().ToLowerInvariant();
                if (StopWords.Contains(word) || (ignored?.Contains(word) ?? false)) continue;
                stems.Add(Stem(word));
            }
        }
        return stems;
    }

    /// <summary>A crude English stem: "approved", "approves" and "approving" all become "approv".</summary>
    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var root)) word = root;
        if (word.Length <= 3) return word;
        foreach (char c in word)
            if (!char.IsLetter(c)) return word; // a plain loop: LINQ over a string boxes its enumerator, and every word of every action comes here
        foreach (var suffix in (ReadOnlySpan<string>)["ational", "ization", "ing", "ied", "ies", "ed", "es", "ly", "s", "e"])
        {
            if (suffix == "s" && word.EndsWith("ss", StringComparison.Ordinal)) break;
            if (word.EndsWith(suffix, StringComparison.Ordinal) && word.Length - suffix.Length >= 3)
            {
                word = word[..^suffix.Length];
                if (suffix is "ied" or "ies") word += "y";
                break;
            }
        }
        // "planned" → "plann" → "plan": fold a doubled final consonant left by a suffix.
        if (word.Length > 3 && word[^1] == word[^2] && !"aeiouls".Contains(word[^1])) word = word[..^1];
        return word;
    }

    /// <summary>Dice's coefficient of two stem sets: 1 when they hold the same words, 0 when none are shared.</summary>
    public static double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        int shared = a is HashSet<string> x && b is HashSet<string> y ? Shared(x, y) : a.Count(b.Contains);
        return Dice(shared, a.Count, b.Count);
    }

    /// <summary>Dice's coefficient from the number of shared stems and the two sets' sizes (0 when either is empty).</summary>
    internal static double Dice(int shared, int a, int b) => a == 0 || b == 0 ? 0 : 2.0 * shared / (a + b);

    /// <summary>How many stems of <paramref name="a"/> <paramref name="b"/> holds: a plain loop, as the engine's deduplication asks it for every pair of nearby actions.</summary>
    internal static int Shared(HashSet<string> a, HashSet<string> b)
    {
        int shared = 0;
        foreach (string stem in a)
            if (b.Contains(stem)) shared++;
        return shared;
    }

    /// <summary>
    /// Whether one of the <paramref name="lines"/> (each a set of stems) covers <paramref name="subject"/>:
    /// says at least two of its words (all of a one-word subject) and at least 40% of them.
    /// </summary>
    public static bool Covered(IEnumerable<HashSet<string>> lines, IReadOnlySet<string> subject)
    {
        if (subject.Count == 0) return false;
        return lines.Any(line =>
        {
            int shared = subject.Count(line.Contains);
            return shared >= Math.Min(2, subject.Count) && shared >= 0.4 * subject.Count;
        });
    }

    /// <summary>The words of a person's name, lower-cased: what <see cref="Stems"/> leaves out as "ignored".</summary>
    public static HashSet<string> NameWords(string person) =>
        person.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>Text compared for sameness: case, spacing and end punctuation ignored.</summary>
    public static string Key(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', '!', ';', ',');

    /// <summary>The text with its first letter upper-cased, as list items in a running document are written.</summary>
    public static string Capitalise(string text) =>
        text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;
}
