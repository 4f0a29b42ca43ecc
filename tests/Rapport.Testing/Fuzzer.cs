using System.Text;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;

namespace Rapport.Testing;

/// <summary>
/// Mutates Markdown documents (random headings, task syntax, front matter, Unicode, line-ending
/// mixes, NUL and invalid UTF-8 bytes, very long lines, deep nesting) and checks Rapport's
/// promises on each: reading throws nothing but <see cref="RapportException"/>; writing back
/// unchanged is byte-identical; an edit changes only the lines it must.
/// </summary>
public sealed class Fuzzer(IReadOnlyList<byte[]> seeds, int seed)
{
    private static readonly string[] Fragments =
    [
        "# ", "## Action Items", "### My Actions", "### Sarah's Actions", "## Meeting History", "## Next Meeting", "## Feedback",
        "- [ ] Send the deck (by 2026-01-22)", "- [x] Done (completed 2026-13-45)", "* [X] caps", "- [ ] 📅 2026-02-30", "- [ ] [due:: 2026-01-01]",
        "- 2026-01-15: entry", "- 20x6-01-15: bad date", "  * nested detail", "> quote", "```", "~~~", "---", "person: ", "person: Sarah Chen",
        ": :", "key: [unclosed", "tags: {a: b", "<!-- rapport:agenda 2026-01-01", "<!-- /rapport:agenda -->", "- Intention: x", "|a|b|\n|-|-|",
        "\u200B", "\u202E", "e\u0301", "👩🏽‍💻", "\uFEFF", "\u2028", "\t", "\\", "[[link]]", "[x](y)", "1. one", "1) two", "+ plus",
    ];

    private readonly Random _random = new(seed);

    public sealed record Failure(int Input, string Check, string Detail, byte[] Bytes);

    public sealed record Report(int Inputs, int Readable, int Refused, int Edits, IReadOnlyList<Failure> Failures);

    public Report Run(int inputs)
    {
        var failures = new List<Failure>();
        int readable = 0, refused = 0, edits = 0;
        for (int i = 0; i < inputs; i++)
        {
            byte[] bytes = Mutate(seeds[_random.Next(seeds.Count)]);
            try
            {
                SourceText source;
                try
                {
                    source = TextCodec.Decode(bytes, "fuzz.md");
                }
                catch (RapportException)
                {
                    refused++;
                    continue;
                }
                var document = RunningDocumentParser.Parse(source, "fuzz.md");
                readable++;
                if (!TextCodec.Encode(source).AsSpan().SequenceEqual(bytes))
                {
                    failures.Add(new Failure(i, "round trip", "writing back unchanged was not byte-identical", bytes));
                    continue;
                }
                edits += Edit(i, document, bytes, failures);
            }
            catch (RapportException)
            {
                refused++;
            }
            catch (Exception ex)
            {
                failures.Add(new Failure(i, "read", $"{ex.GetType().Name}: {ex.Message}", bytes));
            }
        }
        return new Report(inputs, readable, refused, edits, failures);
    }

    /// <summary>Adds an action, a talking point and ticks an open action; each may only add or change its own lines.</summary>
    private int Edit(int input, RunningDocument document, byte[] bytes, List<Failure> failures)
    {
        var before = Lines(document.Source);
        int done = 0;

        var add = new DocumentEditor(document);
        string action = $"- [ ] Fuzz action {input} (by 2026-02-01)";
        if (document.Sections.FirstOrDefault(s => s.Kind == SectionKind.MyActions) is { } mine) add.InsertAction(mine, document.Actions, action);
        else add.Create(SectionKind.ActionItems).AddChild("My Actions").Lines.Add(action);
        done += Check(input, "add an action", before, add.Apply().Text, bytes, failures);

        var point = new DocumentEditor(document);
        NextMeeting.Read(document).AddPoint(point, "## Private Notes <script>", "me", new DateOnly(2026, 1, 20));
        string pointed = point.Apply().Text;
        done += Check(input, "add a talking point", before, pointed, bytes, failures);
        if (RunningDocumentParser.Parse(new SourceText(pointed), "fuzz.md").Sections.Count(s => s.Kind == SectionKind.PrivateNotes)
            != document.Sections.Count(s => s.Kind == SectionKind.PrivateNotes))
        {
            failures.Add(new Failure(input, "add a talking point", "a talking point changed the document's structure", bytes));
        }

        if (_vault is not null && input % 10 == 0) done += Process(input, document, before, bytes, failures);

        if (document.Actions.FirstOrDefault(a => !a.Done) is { } open)
        {
            var tick = new DocumentEditor(document);
            tick.MarkDone(open, new DateOnly(2026, 1, 20));
            var after = Lines(tick.Apply());
            var changed = Enumerable.Range(0, Math.Max(before.Length, after.Length)).Where(l => l >= before.Length || l >= after.Length || before[l] != after[l]).ToList();
            if (changed.Count > 1 || (changed.Count == 1 && changed[0] != open.Source.Line))
                failures.Add(new Failure(input, "mark done", $"changed lines {string.Join(",", changed)} instead of only {open.Source.Line}", bytes));
            done++;
        }
        return done;
    }

    private const string Notes = "- Talked about the roadmap\n- I'll send the deck by Friday\n- Training budget approved\n- Win: shipped the importer\n- mood 4/5\n";

    private Rapport.Core.Vaults.Vault? _vault;

    /// <summary>Also process a meeting's notes into every tenth input, planned against an empty vault in <paramref name="folder"/>.</summary>
    public Fuzzer WithNotesProcessing(string folder)
    {
        _vault = Rapport.Core.Vaults.Vault.Open(folder, Rapport.Core.Vaults.PhysicalFileSystem.Instance);
        return this;
    }

    /// <summary>
    /// Processing notes may tick actions and clear covered Next Meeting items; every other original
    /// line must be kept, in order, and the result must read back.
    /// </summary>
    private int Process(int input, RunningDocument document, string[] before, byte[] bytes, List<Failure> failures)
    {
        var loaded = new Rapport.Core.Vaults.LoadedDocument(Path.Combine(_vault!.RelationshipsDirectory, "fuzz.md"), document, Rapport.Core.Vaults.LoadedDocument.FingerprintOf(bytes));
        var plan = new Rapport.Core.Notes.NotesProcessor(_vault).Plan(loaded, Notes, new DateOnly(2026, 1, 20));
        var file = plan.Files.FirstOrDefault(f => f.FullPath == loaded.FullPath);
        if (file is null) return 1;
        var mayChange = document.Actions.Select(a => a.Source.Line)
            .Concat(document.Sections.Where(x => x.Kind == SectionKind.NextMeeting).SelectMany(x => Enumerable.Range(x.ContentStartLine, x.OwnContentEndLine - x.ContentStartLine)))
            .ToHashSet();
        var after = Lines(file.After);
        int k = 0;
        foreach (var line in after)
        {
            while (k < before.Length && mayChange.Contains(k) && line != before[k]) k++;
            if (k < before.Length && line == before[k]) k++;
        }
        while (k < before.Length && mayChange.Contains(k)) k++;
        if (k < before.Length)
            failures.Add(new Failure(input, "process notes", $"lost original line {k + 1}: {before[k][..Math.Min(60, before[k].Length)]}", bytes));
        RunningDocumentParser.Parse(file.After, "fuzz.md");
        return 1;
    }

    /// <summary>The original lines must all be there, in order, with only new lines between them, and something added.</summary>
    private static int Check(int input, string what, string[] before, string after, byte[] bytes, List<Failure> failures)
    {
        var lines = Lines(new SourceText(after));
        int k = 0;
        foreach (var line in lines)
            if (k < before.Length && line == before[k]) k++;
        if (k < before.Length || lines.Length <= before.Length)
            failures.Add(new Failure(input, what, $"kept {k} of {before.Length} original lines, {lines.Length - before.Length} added", bytes));
        return 1;
    }

    /// <summary>A text's lines as Rapport reads them (LF, CRLF or CR endings), without their endings.</summary>
    private static string[] Lines(SourceText text) => text.Length == 0 ? [] : [.. Enumerable.Range(0, text.LineCount).Select(text.Line)];

    private byte[] Mutate(byte[] seed)
    {
        var lines = Encoding.UTF8.GetString(seed).Split('\n').ToList();
        for (int n = _random.Next(1, 6); n > 0; n--)
        {
            int at = _random.Next(lines.Count + 1);
            switch (_random.Next(10))
            {
                case 0: lines.Insert(at, Fragments[_random.Next(Fragments.Length)] + Fragments[_random.Next(Fragments.Length)]); break;
                case 1: if (lines.Count > 1) lines.RemoveRange(Math.Min(at, lines.Count - 1), Math.Min(_random.Next(1, 5), lines.Count - Math.Min(at, lines.Count - 1))); break;
                case 2: if (lines.Count > 0) lines.Insert(at, lines[_random.Next(lines.Count)]); break;
                case 3: lines.Insert(at, new string('x', _random.Next(1, 200_000))); break;
                case 4: lines.Insert(at, string.Concat(Enumerable.Repeat(_random.Next(2) == 0 ? "  " : "> ", _random.Next(1, 200))) + "- deep"); break;
                case 5: if (lines.Count > 0) { int l = _random.Next(lines.Count); lines[l] = lines[l] + (_random.Next(2) == 0 ? "\r" : "\r\n\r"); } break;
                case 6: if (lines.Count > 0) { int l = _random.Next(lines.Count); lines[l] = lines[l].Insert(_random.Next(lines[l].Length + 1), Fragments[_random.Next(Fragments.Length)]); } break;
                case 7: lines.Insert(at, "---"); break;
                default: if (lines.Count > 1) { int a = _random.Next(lines.Count), b = _random.Next(lines.Count); (lines[a], lines[b]) = (lines[b], lines[a]); } break;
            }
        }
        var bytes = Encoding.UTF8.GetBytes(string.Join(_random.Next(4) == 0 ? "\r\n" : "\n", lines)).ToList();
        if (_random.Next(20) == 0) bytes.Insert(_random.Next(bytes.Count + 1), 0); // NUL
        if (_random.Next(20) == 0) bytes.Insert(_random.Next(bytes.Count + 1), (byte)_random.Next(0x80, 0x100)); // invalid UTF-8
        if (_random.Next(30) == 0) bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]); // BOM
        return [.. bytes];
    }

    /// <summary>The seed documents: the test fixtures, the example vault and, when present, the shared corpus.</summary>
    public static IReadOnlyList<byte[]> Seeds()
    {
        var folders = new List<string> { RepoPaths.Fixtures, RepoPaths.ExampleVault };
        if (RepoPaths.SharedCorpus is { } corpus) folders.Add(corpus);
        return folders.SelectMany(f => Directory.EnumerateFiles(f, "*.md", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .Where(b => b.Length < 1_000_000)
            .ToList();
    }
}
