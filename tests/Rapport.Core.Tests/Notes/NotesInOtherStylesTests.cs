using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Testing;

namespace Rapport.Core.Tests.Notes;

/// <summary>
/// Labelled notes in shapes the development cases under-represent (<c>tests/Fixtures/notes-styles/styles.jsonl</c>, in the
/// scorer's format: <c>python3 ../shared/eval/score.py --cases tests/Fixtures/notes-styles/styles.jsonl -- rapport</c>):
/// Slack and WhatsApp pastes with timestamps, "Speaker: …" transcripts, numbered lists, lower-case shorthand, ballot
/// boxes and emoji bullets, <c>AP:</c> / <c>TODO(name)</c> / <c>[ ]</c> items, Logseq outlines, prose paragraphs,
/// British dates, a little Spanish, and notes a report keeps about their manager. Each case is labelled by the
/// contract's rules (<c>../shared/eval/README.md</c>); the engine is scored as the scorer scores it.
/// </summary>
public sealed partial class NotesInOtherStylesTests
{
    /// <summary>The labelled cases: <c>styles.jsonl</c>, and <c>more-styles.jsonl</c> written after its rules, to check they carry over.</summary>
    private static readonly string[] Cases = [RepoPaths.Fixture("notes-styles", "styles.jsonl"), RepoPaths.Fixture("notes-styles", "more-styles.jsonl")];

    [Fact]
    public void Should_read_notes_in_other_styles_as_the_labels_do()
    {
        // Given the labelled cases; When the engine reads each one; Then its actions match the labels as the scorer counts them.
        var score = new Score();
        foreach (string line in Cases.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var c = json.RootElement;
            var meeting = new MeetingContext(
                DateOnly.Parse(c.GetProperty("date").GetString()!, CultureInfo.InvariantCulture),
                c.GetProperty("person").GetString()!,
                Enum.Parse<Frequency>(c.GetProperty("cadence").GetString()!, ignoreCase: true));
            var actions = NotesEngine.Extract(c.GetProperty("notes").GetString()!, meeting).Actions
                .Select(a => new Labelled(a.Owner == ActionOwner.Me ? "me" : "them", a.Text, a.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                .ToList();
            score.Add(Read(c, "actions"), Read(c, "optional"), actions);
        }
        score.Required.ShouldBeGreaterThan(100);
        // One label in the set is not met (s26: "Grace will drop one of the two projects" reads as a cancellation).
        score.Detection.ShouldBeGreaterThanOrEqualTo(0.99);
        score.Strict.ShouldBeGreaterThanOrEqualTo(0.99);
    }

    private static List<Labelled> Read(JsonElement c, string key) =>
        [.. c.GetProperty(key).EnumerateArray().Select(a => new Labelled(a.GetProperty("owner").GetString()!, a.GetProperty("text").GetString()!, a.GetProperty("due").GetString()))];

    private sealed record Labelled(string Owner, string Text, string? Due);

    /// <summary>The scorer's counts (<c>../shared/eval/score.py</c>): Dice overlap of content words of at least 0.5, matched greedily, optional items neither for nor against.</summary>
    private sealed partial class Score
    {
        private static readonly HashSet<string> Stop = [.. "a an the to for of with on in by about and or my his her their our your me him them it its is be will i ll s we us he she they this that at from up".Split(' ')];

        public int Required { get; private set; }

        private int _produced, _matched, _strict;

        public double Detection => F1(_matched);

        public double Strict => F1(_strict);

        private double F1(int hits) => hits == 0 ? 0 : 2.0 * hits / (_produced + Required);

        public void Add(List<Labelled> required, List<Labelled> optional, List<Labelled> produced)
        {
            var expected = required.Concat(optional).ToList();
            var pairs = (from i in Enumerable.Range(0, expected.Count)
                         from j in Enumerable.Range(0, produced.Count)
                         let s = Similarity(expected[i].Text, produced[j].Text)
                         where s >= 0.5
                         orderby s descending, i descending, j descending
                         select (i, j)).ToList();
            var usedExpected = new HashSet<int>();
            var usedProduced = new HashSet<int>();
            foreach (var (i, j) in pairs)
            {
                if (usedExpected.Contains(i) || usedProduced.Contains(j)) continue;
                usedExpected.Add(i);
                usedProduced.Add(j);
                if (i >= required.Count) { _produced--; continue; }
                _matched++;
                if (produced[j].Owner == required[i].Owner && (required[i].Due == "*" || produced[j].Due == required[i].Due)) _strict++;
            }
            Required += required.Count;
            _produced += produced.Count;
        }

        private static double Similarity(string a, string b)
        {
            var x = Words(a);
            var y = Words(b);
            return x.Count == 0 || y.Count == 0 ? 0 : 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
        }

        private static HashSet<string> Words(string text) =>
            [.. NotWordish().Replace(text.ToLowerInvariant(), " ").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Where(w => !Stop.Contains(w)).Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w)];

        [GeneratedRegex("[^0-9a-z]+")]
        private static partial Regex NotWordish();
    }
}
