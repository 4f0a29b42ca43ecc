using System.Globalization;
using System.Text;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Bench;

/// <summary>
/// Writes a synthetic vault, the same for the same arguments: <c>people</c> relationships, each met
/// weekly for <c>years</c> years up to a fixed day, with running documents holding the current
/// quarter and quarterly archives holding the rest, as <c>rapport archive</c> leaves them. The word
/// "zeppelin" appears in a handful of entries, for a search that is rare; "renewal" is common.
/// </summary>
public static class VaultGenerator
{
    public static readonly DateOnly End = new(2026, 1, 16);

    private static readonly string[] First = ["Sarah", "Noah", "Priya", "Marco", "Dana", "Lena", "Ben", "Grace", "Omar", "Yuki", "Tomás", "Ada", "Kofi", "Mira", "Ivan", "Zoe"];
    private static readonly string[] Last = ["Chen", "Patel", "Raman", "Rossi", "Whitfield", "Fischer", "Adler", "Hopper", "Haddad", "Sato", "O'Brien", "Okafor", "Novak", "Lindqvist"];
    private static readonly string[] Kinds = ["direct", "direct", "direct", "mentee", "peer", "customer", "skip", "manager"];
    private static readonly string[] Topics = ["Career Growth", "Workload", "Q1 Goals & Projects", "Team & Process", "Customers", "Feedback"];
    private static readonly string[] Things =
    [
        "the Q3 roadmap", "the renewal deck", "the hiring plan", "the on-call runbook", "the pricing page", "the advisory board",
        "the migration checklist", "the QBR slides", "the training budget", "the promotion packet", "the incident review", "the onboarding guide",
    ];

    public static (int Files, long Bytes) Write(string root, int people, int years, int seed = 7)
    {
        var random = new Random(seed);
        var start = End.AddYears(-years);
        string rel = Path.Combine(root, "Career", "1-on-1s");
        Directory.CreateDirectory(Path.Combine(root, ".rapport"));
        Directory.CreateDirectory(Path.Combine(rel, "archive"));
        File.WriteAllText(Path.Combine(root, ".rapport", "config.yml"), "owner: Jordan Lee\ncadence: weekly\nduration: 30\n");
        int files = 1;
        long bytes = 0;
        var used = new HashSet<string>();
        for (int p = 0; p < people; p++)
        {
            string name = $"{First[p % First.Length]} {Last[p / First.Length % Last.Length]}";
            if (!used.Add(name)) name = $"{name} {p}";
            string slug = Slug(name);
            var quarters = new SortedDictionary<string, Quarter>(StringComparer.Ordinal);
            for (var day = start.AddDays(p % 7); day <= End; day = day.AddDays(7))
                Meeting(QuarterOf(quarters, day), day, name, random, p);

            string current = Period.QuarterOf(End).Name;
            foreach (var (quarterName, quarter) in quarters)
            {
                bool isCurrent = quarterName == current;
                string path = isCurrent ? Path.Combine(rel, slug + ".md") : Path.Combine(rel, "archive", $"{slug}-{quarterName}.md");
                string text = Document(name, Kinds[p % Kinds.Length], quarter, isCurrent ? null : quarterName, random);
                File.WriteAllText(path, text);
                files++;
                bytes += Encoding.UTF8.GetByteCount(text);
            }
        }
        return (files, bytes);
    }

    private sealed class Quarter
    {
        public List<(DateOnly Date, string Topic, string Text)> Threads { get; } = [];
        public List<(bool Mine, string Text, DateOnly Due, DateOnly? Done)> Actions { get; } = [];
        public List<(DateOnly Date, string Text)> Wins { get; } = [];
        public List<(DateOnly Date, string Text)> Feedback { get; } = [];
        public List<(DateOnly Date, int Mood)> Moods { get; } = [];
        public List<(DateOnly Date, string Text)> History { get; } = [];
    }

    private static Quarter QuarterOf(SortedDictionary<string, Quarter> quarters, DateOnly day)
    {
        string key = Period.QuarterOf(day).Name;
        if (!quarters.TryGetValue(key, out var quarter)) quarters[key] = quarter = new Quarter();
        return quarter;
    }

    /// <summary>One weekly 1:1, about 110 bytes of Markdown once written: the size of real running documents.</summary>
    private static void Meeting(Quarter q, DateOnly day, string name, Random random, int person)
    {
        string first = name.Split(' ')[0];
        string thing = Things[random.Next(Things.Length)];
        string other = Things[random.Next(Things.Length)];
        bool rare = (person * 31 + day.DayNumber) % 997 == 0;
        q.History.Add((day, $"{Capital(thing)}, {other}{(rare ? ", zeppelin pilot" : "")}"));
        if (random.Next(2) == 0) q.Threads.Add((day, Topics[random.Next(Topics.Length)], $"{first} wants the renewal plan sooner"));
        if (random.Next(3) == 0)
        {
            var due = day.AddDays(7 + random.Next(14));
            DateOnly? done = due < End && random.Next(5) > 0 ? due.AddDays(random.Next(-5, 4)) : null;
            q.Actions.Add((random.Next(2) == 0, $"Send {thing}", due, done));
        }
        if (random.Next(8) == 0) q.Wins.Add((day, $"Closed a renewal, ${random.Next(20, 900)}K ARR"));
        if (random.Next(12) == 0) q.Feedback.Add((day, $"High five (delivery): shipped {thing} early"));
        if (day.Day <= 7) q.Moods.Add((day, random.Next(2, 6)));
    }

    private static string Document(string name, string kind, Quarter q, string? archiveOf, Random random)
    {
        string first = name.Split(' ')[0];
        var text = new StringBuilder();
        text.Append("---\nperson: ").Append(name).Append('\n');
        if (archiveOf is null) text.Append($"kind: {kind}\nfrequency: weekly\nduration: 30\nstarted: 2020-01-06\n");
        else text.Append($"archive-of: Career/1-on-1s/{Slug(name)}.md\nquarter: {archiveOf}\n");
        text.Append("---\n\n# 1:1 with ").Append(name).Append(archiveOf is null ? "" : $" — {archiveOf} archive").Append("\n\n");
        if (archiveOf is null) text.Append($"## Current Focus Areas\n- Grow {first}'s scope on {Things[random.Next(Things.Length)]}\n- Keep the renewal pipeline healthy\n\n");
        text.Append("## Ongoing Threads\n");
        foreach (var topic in q.Threads.GroupBy(t => t.Topic).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.Append("\n### ").Append(topic.Key).Append('\n');
            foreach (var (date, _, entry) in topic.OrderByDescending(t => t.Date)) text.Append($"- {IsoDate.Format(date)}: {entry}\n");
        }
        text.Append("\n## Action Items\n\n### My Actions\n");
        foreach (var a in q.Actions.Where(a => a.Mine && (archiveOf is null || a.Done is not null))) text.Append(Action(a));
        text.Append($"\n### {first}'s Actions\n");
        foreach (var a in q.Actions.Where(a => !a.Mine && (archiveOf is null || a.Done is not null))) text.Append(Action(a));
        text.Append("\n## Recent Accomplishments Shared\n");
        foreach (var (date, win) in q.Wins.OrderByDescending(w => w.Date)) text.Append($"- {IsoDate.Format(date)}: {win}\n");
        text.Append("\n## Feedback\n");
        foreach (var (date, f) in q.Feedback.OrderByDescending(f => f.Date)) text.Append($"- {IsoDate.Format(date)}: {f}\n");
        text.Append("\n## Mood\n");
        foreach (var (date, mood) in q.Moods.OrderByDescending(m => m.Date)) text.Append($"- {IsoDate.Format(date)}: {mood}/5\n");
        text.Append("\n## Meeting History\n");
        foreach (var (date, h) in q.History.OrderByDescending(h => h.Date)) text.Append($"- {IsoDate.Format(date)}: {h}\n");
        return text.ToString();
    }

    private static string Action((bool Mine, string Text, DateOnly Due, DateOnly? Done) a) =>
        a.Done is { } done ? $"- [x] {a.Text} (by {IsoDate.Format(a.Due)}) (completed {IsoDate.Format(done)})\n" : $"- [ ] {a.Text} (by {IsoDate.Format(a.Due)})\n";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slug(string name) => Rapport.Core.Vaults.Slug.From(name);
}
