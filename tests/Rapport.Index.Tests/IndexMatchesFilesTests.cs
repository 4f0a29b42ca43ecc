using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Rapport.Core;
using Rapport.Core.Documents;
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
    private int _folders;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _root.Dispose();
    }

    /// <summary>Each seed a different vault and different edits; each synced whole (search's sync) and by the relationships walk alone (list's).</summary>
    public static TheoryData<int, bool> Seeds => new(Enumerable.Range(1, 8).SelectMany(seed => new[] { (seed, false), (seed, true) }));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Should_answer_as_reading_the_files_does_on_generated_vaults_and_after_edits(int seed, bool relationshipsOnly)
    {
        var random = new Random(seed);
        _root.Write(Path.Combine(".rapport", "config.yml"), "owner: Jordan Lee\ncadence: biweekly\n");
        int people = random.Next(5, 40);
        for (int p = 0; p < people; p++) _root.Write(Path.Combine("Career", "1-on-1s", $"person-{p}.md"), Document(random, p));
        int folders = random.Next(2, 8);
        _folders = folders;
        for (int k = 0; k < folders; k++) WriteFolder(random, k);
        using var index = VaultIndex.Open(Open(), _ => { });
        Func<SyncResult> sync = relationshipsOnly ? index.SyncRelationships : () => index.Sync();
        _root.Write(Path.Combine("Career", "1-on-1s", "archive", "person-0-2024-Q4.md"), Document(random, 0));
        _root.Write(Path.Combine("Career", "1-on-1s", "notes", "person-0", "2025-12-01.md"), "- [ ] Raw note\n");

        // The first sync whole: what the relationships walk does not cover (an archive, raw notes) stays indexed after it.
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
            for (int edit = random.Next(3); edit > 0; edit--) EditFolder(random, random.Next(folders + 1), round);
            // The archive and the raw notes hold no relationship: the relationships walk leaves them to the whole sync.
            _root.Write(Path.Combine("Career", "1-on-1s", "archive", $"person-{random.Next(people)}-2025-Q{round + 1}.md"), Document(random, round));
            _root.Write(Path.Combine("Career", "1-on-1s", "notes", $"person-{random.Next(people)}", $"2026-01-0{round + 1}.md"), "- [ ] Raw note\n");
            sync().Changed.ShouldBeTrue();
            Same(index);
        }
        if (!relationshipsOnly) return;
        int indexed = index.FileCount();
        index.Sync().ShouldBe(new SyncResult(6, 0, 0, indexed + 6), "the new archives and raw notes only, indexed by the whole sync");
    }

    /// <summary>
    /// Every answer of the index against the files read by Core, in a fresh vault so nothing is cached: the digests of
    /// running documents; <c>list</c> (running documents and folders of meeting notes); the open actions, numbered, of
    /// every relationship and of a few by slug; status and the next 1:1 from the digests the reading commands use; and
    /// the relationship <c>show</c>, <c>prep</c> and <c>done</c> load through the index, with its open actions.
    /// </summary>
    private void Same(VaultIndex index)
    {
        var vault = Open();
        var all = vault.People.All;
        var files = all.Where(p => p.Folder is null).ToList();
        index.Digests().Select(d => d.Describe()).ShouldBe(files.Select(p => RelationshipDigest.Of(p, vault.Display(p.FullPath)).Describe()));
        Equal("list", index.Relationships(Today),
            all.Select(p => RelationshipSummary.Of(p, vault.Display(p.FullPath))).OrderBy(r => r.Path, StringComparer.Ordinal));
        Equal("open actions", Rows(index.OpenActions()), Rows(OpenActions.Rows(all, vault.Display)));
        foreach (var slug in all.Select(p => p.Slug).Distinct().Take(6))
            Equal($"open actions of {slug}", Rows(index.OpenActions(slug)), Rows(OpenActions.Rows(all.Where(p => p.Slug == slug), vault.Display)));
        Equal("unreadable", index.Unreadable().Order(StringComparer.Ordinal), Unreadable(vault));

        var digests = Open().People.Digests(index);
        digests.Select(d => d.Describe()).ShouldBe(all.Select(p => RelationshipDigest.Of(p, vault.Display(p.Folder ?? p.FullPath)).Describe()));
        Status(StatusReport.Build(digests, vault.Config.Cadence, Today)).ShouldBe(Status(StatusReport.Build(all, vault.Config.Cadence, Today)));
        new AgendaBuilder(vault).NextToMeet(digests, Today)?.Slug.ShouldBe(new AgendaBuilder(vault).NextToMeet(all, Today)?.Slug);
        foreach (var p in all)
        {
            var loaded = Open().People.Resolve(p.Slug, index);
            loaded.FullPath.ShouldBe(p.FullPath);
            Equal($"{p.Slug} loaded through the index", Rows(OpenActions.Rows([loaded], vault.Display)), Rows(OpenActions.Rows([p], vault.Display)));
        }
    }

    /// <summary>The index's answer equals the files': else the rows only one of them gives, each side in its order.</summary>
    private static void Equal<T>(string what, IEnumerable<T> fromIndex, IEnumerable<T> fromFiles)
    {
        var index = fromIndex.ToList();
        var files = fromFiles.ToList();
        if (index.SequenceEqual(files)) return;
        var onlyIndex = index.Where(r => !files.Contains(r)).ToList();
        var onlyFiles = files.Where(r => !index.Contains(r)).ToList();
        Assert.Fail($"{what}: the index and the files differ\n  only the index: {string.Join("\n    ", onlyIndex)}\n  only the files: {string.Join("\n    ", onlyFiles)}"
            + (onlyIndex.Count + onlyFiles.Count == 0 ? $"\n  same rows, another order:\n    {string.Join("\n    ", index)}\n  files:\n    {string.Join("\n    ", files)}" : ""));
    }

    /// <summary>
    /// What the reading commands warn of: the documents People could not read, and every meeting note that could not
    /// be read though its folder's other notes were (a problem of that relationship, which <c>list</c> says it skipped).
    /// </summary>
    private static IEnumerable<string> Unreadable(Vault vault)
    {
        var notes = vault.RelationshipFolders().Select(folder => MeetingFolder.Read(vault.Files, vault.Store, folder, vault.Display))
            .SelectMany(f => f.Problems.Where(p => !f.Notes.Any(n => n.Document.Path == p.File))
                .Select(p => new RapportException(ErrorCode.InvalidFile, p.Problem.Message, p.File, p.Problem.Line == 0 ? null : p.Problem.Line).ToDisplayString()));
        return vault.People.Unreadable.Select(e => e.ToDisplayString()).Union(notes).Order(StringComparer.Ordinal);
    }

    /// <summary>Open actions by relationship and number: the order <c>rapport actions</c> sorts them in beyond due date and person.</summary>
    private static List<ActionRow> Rows(IEnumerable<ActionRow> rows) =>
        rows.OrderBy(r => r.Slug, StringComparer.Ordinal).ThenBy(r => r.Number).ThenBy(r => r.Path, StringComparer.Ordinal).ToList();

    private static List<string> Status(VaultStatus status) =>
        status.Relationships.Select(r => (r with { Moods = [] }).ToString() + string.Join(",", r.Moods)).ToList();

    private Vault Open()
    {
        var vault = Vault.Open(_root.Path, PhysicalFileSystem.Instance);
        vault.Store.Today = Today;
        return vault;
    }

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

    /// <summary>
    /// A folder of one person's meeting notes: some named by their date, some by a word with a <c>date:</c> that
    /// sorts otherwise, some undated; their tasks drawn from a few the person carries from note to note, reworded
    /// in case, punctuation and spacing, open in one note and done or cancelled in another.
    /// </summary>
    private void WriteFolder(Random random, int k)
    {
        for (int n = random.Next(1, 7); n > 0; n--) WriteNote(random, k, n);
    }

    /// <summary>The folder of meeting notes <paramref name="k"/>: the last one is <c>meetings/</c>, several people's notes, each naming its guest or nobody.</summary>
    private static string FolderName(int k, int folders) => k == folders - 1 ? "meetings" : $"folder-{k}";

    /// <summary>Rewrites, adds or deletes a note of folder <paramref name="k"/>.</summary>
    private void EditFolder(Random random, int k, int round)
    {
        string folder = _root.File("Career", "1-on-1s", FolderName(k, _folders));
        var notes = Directory.Exists(folder) ? Directory.GetFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList() : [];
        if (notes.Count > 1 && random.Next(4) == 0)
        {
            File.Delete(notes[random.Next(notes.Count)]);
            return;
        }
        string path = WriteNote(random, k, random.Next(1, 9));
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(round + 1));
    }

    private static readonly string[] Carried = ["Review the rubric", "Send the offer letter", "Book a room for Q3 planning", "Share the 2026 roadmap", "Ask about on-call"];
    private static readonly string[] Names = ["agenda", "notes", "zz", "Sync", "aa", "catch-up"];

    private string WriteNote(Random random, int k, int n)
    {
        var date = Today.AddDays(random.Next(-120, 30));
        string name = random.Next(3) switch
        {
            0 => IsoDate(date),
            1 => $"{Names[random.Next(Names.Length)]}-{n}",
            _ => $"{IsoDate(Today.AddDays(random.Next(-120, 30)))}-{Names[random.Next(Names.Length)]}",
        };
        string folder = FolderName(k, _folders);
        if (random.Next(12) == 0)
        {
            // A note that cannot be read: not UTF-8.
            string unreadable = _root.File("Career", "1-on-1s", folder, name + ".md");
            Directory.CreateDirectory(Path.GetDirectoryName(unreadable)!);
            File.WriteAllBytes(unreadable, [.. "## Action Items\n- [ ] caf"u8, 0xC3, 0x28, (byte)'\n']);
            return unreadable;
        }
        bool byName = name == IsoDate(date);
        bool dated = byName || random.Next(3) != 0;
        var text = new StringBuilder();
        string? guest = folder == "meetings" && random.Next(4) != 0 ? $"Guest {random.Next(3)}" : null;
        if (dated && !byName || guest is not null || random.Next(3) == 0)
        {
            text.Append("---\n");
            if (dated && !byName) text.Append($"date: {IsoDate(date)}\n");
            if (guest is not null) text.Append($"person: {guest}\n");
            else if (folder != "meetings" && random.Next(3) == 0) text.Append($"person: Folder {k}\n");
            if (random.Next(3) == 0) text.Append($"role: Role {random.Next(9)}\n");
            text.Append("---\n\n");
        }
        text.Append("## Action Items\n\n### My Actions\n");
        for (int i = random.Next(5); i > 0; i--) text.Append(CarriedAction(random));
        text.Append("\n### Their Actions\n");
        for (int i = random.Next(5); i > 0; i--) text.Append(CarriedAction(random));
        return _root.Write(Path.Combine("Career", "1-on-1s", folder, name + ".md"), text.ToString());
    }

    /// <summary>One of the carried tasks, reworded: each word's case, the spaces between words, trailing and inner punctuation.</summary>
    private static string CarriedAction(Random random)
    {
        var words = Carried[random.Next(Carried.Length)].Split(' ').Select(w => random.Next(4) switch
        {
            0 => w.ToLowerInvariant(),
            1 => w.ToUpperInvariant(),
            _ => w,
        });
        string text = string.Join(random.Next(4) == 0 ? "  " : " ", words.Select(w => random.Next(8) == 0 ? w + "," : w));
        text += random.Next(3) switch { 0 => ".", 1 => "!", _ => "" };
        string box = Boxes[random.Next(Boxes.Length)];
        string due = random.Next(3) == 0 ? $" 📅 {IsoDate(Today.AddDays(random.Next(-30, 30)))}" : "";
        return $"- {box} {text}{due}\n";
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
