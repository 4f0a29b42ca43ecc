using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Rapport.Core.Prep;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Index.Tests;

/// <summary>
/// The property behind the one read path: on generated vaults, and after random edits synced
/// incrementally, every answer of the index (list, digests, status, open actions, the next 1:1,
/// unreadable files) equals what reading the files directly gives.
/// </summary>
public sealed class IndexMatchesFilesTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 14);
    private static readonly string[] Kinds = ["direct", "manager", "skip", "mentor", "mentee", "customer", "peer", "bogus"];
    private static readonly string[] Frequencies = ["weekly", "biweekly", "monthly", "quarterly", "sometimes"];
    private static readonly string[] Boxes = ["[ ]", "[x]", "[/]", "[-]", "[X]"];

    private readonly TempDirectory _root = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _root.Dispose();
    }

    /// <summary>Each seed a different vault and different edits.</summary>
    public static TheoryData<int> Seeds => new(Enumerable.Range(1, 8));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_answer_as_reading_the_files_does_on_generated_vaults_and_after_edits(int seed)
    {
        var random = new Random(seed);
        _root.Write(Path.Combine(".rapport", "config.yml"), "owner: Jordan Lee\ncadence: biweekly\n");
        int people = random.Next(5, 40);
        for (int p = 0; p < people; p++) _root.Write(Path.Combine("Career", "1-on-1s", $"person-{p}.md"), Document(random, p));
        using var index = VaultIndex.Open(Open(), _ => { });

        index.Sync();
        Same(index);

        for (int round = 0; round < 3; round++)
        {
            for (int edit = 0; edit < random.Next(1, 6); edit++)
            {
                int p = random.Next(people + 2);
                string path = _root.File("Career", "1-on-1s", $"person-{p}.md");
                if (random.Next(5) == 0 && File.Exists(path))
                {
                    File.Delete(path);
                    continue;
                }
                File.WriteAllText(path, Document(random, p));
                File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(round + 1));
            }
            index.Sync().Changed.ShouldBeTrue();
            Same(index);
        }
    }

    /// <summary>Every answer of the index against the files read by Core, in a fresh vault so nothing is cached.</summary>
    private void Same(VaultIndex index)
    {
        var vault = Open();
        var all = vault.People.All;
        index.Digests().Select(d => d.Describe()).ShouldBe(all.Select(p => RelationshipDigest.Of(p, vault.Display(p.FullPath)).Describe()));
        index.Relationships().ShouldBe(all.Select(p => RelationshipSummary.Of(p, vault.Display(p.FullPath))).ToList());
        index.OpenActions().ShouldBe(OpenActions.Rows(all, vault.Display).ToList());
        index.Unreadable().ShouldBe(vault.People.Unreadable.Select(e => e.ToDisplayString()).ToList());
        Status(StatusReport.Build(index.Digests(), vault.Config.Cadence, Today)).ShouldBe(Status(StatusReport.Build(all, vault.Config.Cadence, Today)));
        new AgendaBuilder(vault).NextToMeet(index.Digests(), Today)?.Slug.ShouldBe(new AgendaBuilder(vault).NextToMeet(all, Today)?.Slug);
    }

    private static List<string> Status(VaultStatus status) =>
        status.Relationships.Select(r => (r with { Moods = [] }).ToString() + string.Join(",", r.Moods)).ToList();

    private Vault Open() => Vault.Open(_root.Path, PhysicalFileSystem.Instance);

    /// <summary>A running document with a random mix of front matter, actions, history, moods and oddities.</summary>
    private static string Document(Random random, int p)
    {
        string Day(int spread = 200) => IsoDate(Today.AddDays(random.Next(-spread, spread / 4)));
        var text = new StringBuilder();
        if (random.Next(12) == 0) return random.Next(2) == 0 ? "" : "---\nperson: [unclosed\n---\n";
        if (random.Next(8) != 0)
        {
            text.Append("---\n");
            if (random.Next(6) != 0) text.Append($"person: Person {p} Name\n");
            if (random.Next(3) != 0) text.Append($"kind: {Kinds[random.Next(Kinds.Length)]}\n");
            if (random.Next(3) != 0) text.Append($"frequency: {Frequencies[random.Next(Frequencies.Length)]}\n");
            if (random.Next(3) != 0) text.Append($"started: {Day(400)}\n");
            if (random.Next(4) == 0) text.Append($"next: {Day(30)}\n");
            if (random.Next(6) == 0) text.Append($"onboarding-until: {Day(100)}\n");
            if (random.Next(3) == 0) text.Append($"role: Role {random.Next(9)}\n");
            text.Append("---\n\n");
        }
        if (random.Next(3) == 0) text.Append($"# 1:1 with Heading Person {p}\n\n");
        text.Append("## Action Items\n\n### My Actions\n");
        for (int i = random.Next(6); i > 0; i--) text.Append(Action(random, Day));
        text.Append("\n### Their Actions\n");
        for (int i = random.Next(6); i > 0; i--) text.Append(Action(random, Day));
        text.Append("\n## Mood\n");
        for (int i = random.Next(8); i > 0; i--) text.Append($"- {Day()}: {random.Next(1, 6)}/5{(random.Next(3) == 0 ? " (tired)" : "")}\n");
        text.Append("\n## Meeting History\n");
        for (int i = random.Next(6); i > 0; i--) text.Append($"- {Day()}: talked about item {random.Next(99)}\n");
        return text.ToString();
    }

    private static string Action(Random random, Func<int, string> day)
    {
        string box = Boxes[random.Next(Boxes.Length)];
        string due = random.Next(3) == 0 ? "" : $" 📅 {day(200)}";
        string done = box is "[x]" or "[X]" && random.Next(2) == 0 ? $" ✅ {day(200)}" : "";
        string priority = random.Next(4) == 0 ? $"[P{random.Next(1, 4)}] " : "";
        return $"- {box} {priority}Task {random.Next(1000)}{due}{done}\n";
    }

    private static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
