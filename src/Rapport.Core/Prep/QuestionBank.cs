using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Prep;

/// <summary>
/// Questions by category, from <c>.rapport/questions.md</c> (a <c>##</c> heading per category, a
/// list item per question) or the built-in bank.
/// </summary>
public sealed class QuestionBank
{
    private readonly Dictionary<string, List<string>> _categories;

    private QuestionBank(Dictionary<string, List<string>> categories) => _categories = categories;

    public IReadOnlyCollection<string> Categories => _categories.Keys;

    public IReadOnlyList<string> this[string category] =>
        _categories.TryGetValue(category.Trim().ToLowerInvariant(), out var questions) ? questions : [];

    public static QuestionBank Load(Vault vault)
    {
        string full = vault.Resolve(Path.Combine(Vault.SettingsFolder, FrameworkLibrary.QuestionsFile));
        if (!vault.Files.FileExists(full)) return Parse(FrameworkLibrary.Default(FrameworkLibrary.QuestionsFile)!);
        string shown = vault.Display(full);
        return Parse(TextCodec.Decode(vault.Store.ReadChecked(full, shown), shown).Text);
    }

    public static QuestionBank Parse(string text)
    {
        var categories = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                string name = line[3..].Trim().ToLowerInvariant();
                if (!categories.TryGetValue(name, out current)) categories[name] = current = [];
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                current = null;
            }
            else if (current is not null && line.Length > 2 && line[0] is '-' or '*' or '+' && line[1] == ' ')
            {
                current.Add(line[2..].Trim());
            }
        }
        return new QuestionBank(categories);
    }

    /// <summary>
    /// The question of a category for the <paramref name="meeting"/>-th meeting of a relationship:
    /// the bank is walked in order from a place fixed by the relationship, one step per meeting, so
    /// a question returns only after every other in its category has had its turn. Questions
    /// <paramref name="askedRecently"/> (found in the last meetings' notes) are passed over.
    /// </summary>
    public string? Pick(string category, string relationship, int meeting, Func<string, bool> askedRecently)
    {
        var questions = this[category];
        if (questions.Count == 0) return null;
        int start = (Seed(relationship + "/" + category) + meeting) % questions.Count;
        for (int i = 0; i < questions.Count; i++)
        {
            string question = questions[(start + i) % questions.Count];
            if (!askedRecently(question)) return question;
        }
        return questions[start];
    }

    /// <summary>
    /// Text reduced for finding a question in notes: lower case, letters, digits and single spaces,
    /// without <c>{name}</c> or the <paramref name="names"/> it stands for.
    /// </summary>
    public static string Normalise(string text, IEnumerable<string> names)
    {
        var words = new List<string>();
        var skip = names.Select(n => n.ToLowerInvariant()).Append("{name}").ToHashSet();
        foreach (var word in text.ToLowerInvariant().Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (skip.Contains(word.Trim(',', '.', '?', '!', ':', ';'))) continue;
            string kept = new([.. word.Where(char.IsLetterOrDigit)]);
            if (kept.Length > 0) words.Add(kept);
        }
        return string.Join(' ', words);
    }

    /// <summary>The first sentence of a question, normalised: what notes would repeat of it.</summary>
    public static string Gist(string question, IEnumerable<string> names)
    {
        int end = question.IndexOfAny(['?', '.', '!']);
        return Normalise(end > 0 ? question[..end] : question, names);
    }

    /// <summary>A stable, platform-independent hash (string.GetHashCode changes between runs).</summary>
    private static int Seed(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text) hash = (hash ^ c) * 16777619;
        return (int)(hash % 10007);
    }
}
