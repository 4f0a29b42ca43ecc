using System.Diagnostics;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Rapport.Bench;
using Rapport.Core.Cadence;
using Rapport.Core.Notes;

// `dotnet run -c Release --project bench/Rapport.Bench -- --filter '*'` runs BenchmarkDotNet;
// `-- quick [notes.md]` times a few rounds with a stopwatch, for a fast check while working;
// `-- startup [rounds]` times `rapport prep` as a whole process against a hello-world program;
// `-- perf [rounds] [--small]` is the vault-scale benchmark behind docs/performance.md (run bench/perf);
// `-- notes [rounds]` times `extract --json` and `process` on 0.25, 1 and 4 MB of mixed notes (run bench/notes);
// `-- search VAULT [WORD...]` times the query alone in process, after the index is synced;
// `-- reading VAULT [PERSON] [rounds]` times each reading command in process against the no-change sync before it;
// `-- notes-files` writes the generated notes bench/notes-same compares (mixed and plain styles, several sizes and seeds);
// `-- vault N Y` generates the N × Y-year vault under bench/out/ (once);
// `-- fuzz [inputs] [seed]` mutates documents and checks reading, round trips and edits (docs/reliability.md).
if (args is ["fuzz", ..])
{
    int inputs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
    int seed = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1;
    var seeds = Rapport.Testing.Fuzzer.Seeds();
    var clock = Stopwatch.StartNew();
    string scratch = Path.Combine(Path.GetTempPath(), "rapport-fuzz-" + Environment.ProcessId);
    Directory.CreateDirectory(scratch);
    var report = new Rapport.Testing.Fuzzer(seeds, seed).WithNotesProcessing(scratch).Run(inputs);
    Directory.Delete(scratch, recursive: true);
    Console.WriteLine($"{report.Inputs} inputs from {seeds.Count} seed documents (seed {seed}) in {clock.Elapsed.TotalSeconds:0} s: " +
        $"{report.Readable} read, {report.Refused} refused with a Rapport error, {report.Edits} edits checked, {report.Failures.Count} failures");
    string failed = Path.Combine(Rapport.Testing.RepoPaths.Root, "bench", "out", "fuzz-failures");
    foreach (var f in report.Failures.Take(20))
    {
        Directory.CreateDirectory(failed);
        File.WriteAllBytes(Path.Combine(failed, $"input-{f.Input}.md"), f.Bytes);
        Console.WriteLine($"  input {f.Input}, {f.Check}: {f.Detail}");
    }
    return report.Failures.Count == 0 ? 0 : 1;
}

if (args is ["notes", ..])
{
    return NotesScaleBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3);
}

if (args is ["notes-files"])
{
    string output = Path.Combine(Rapport.Testing.RepoPaths.Root, "bench", "out", "notes");
    Directory.CreateDirectory(output);
    const int Megabyte = 1024 * 1024;
    foreach (var (name, text) in new[]
    {
        ("notes-0.25mb.md", MixedNotesGenerator.Generate(Megabyte / 4)), ("notes-1mb.md", MixedNotesGenerator.Generate(Megabyte)),
        ("notes-4mb.md", MixedNotesGenerator.Generate(4 * Megabyte)), ("notes-mixed-seed7-0.5mb.md", MixedNotesGenerator.Generate(Megabyte / 2, seed: 7)),
        ("notes-plain-1mb.md", NotesGenerator.Generate(Megabyte)), ("notes-plain-seed3-0.1mb.md", NotesGenerator.Generate(Megabyte / 10, seed: 3)),
    })
    {
        File.WriteAllText(Path.Combine(output, name), text);
        Console.WriteLine(Path.Combine(output, name));
    }
    return 0;
}

if (args is ["perf", ..])
{
    return PerfBenchmark.Run(
        args.Skip(1).FirstOrDefault(a => int.TryParse(a, out _)) is { } n ? int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) : 3,
        large: !args.Contains("--small"));
}

if (args is ["vault", var people, var years])
{
    // `-- vault 200 3`: writes (once) the generated vault bench/perf uses, for working on it.
    Console.WriteLine(PerfBenchmark.Vault(Rapport.Testing.RepoPaths.Root, int.Parse(people, System.Globalization.CultureInfo.InvariantCulture), int.Parse(years, System.Globalization.CultureInfo.InvariantCulture)));
    return 0;
}

if (args is ["sync", var vaultPath, ..])
{
    // `-- sync VAULT [rounds] [--watch]`: no-change syncs of a vault inside this process, wall and CPU time of each. With --watch, a
    // watcher runs in this process (as `rapport watch` would beside it) and each round is what a reading command does instead of the
    // walk: it asks the watcher on its socket (the watcher writes a cookie, waits for its event, applies what changed, answers).
    bool watch = args.Contains("--watch");
    var vault = Rapport.Core.Vaults.Vault.Open(Path.GetFullPath(vaultPath), Rapport.Core.Vaults.PhysicalFileSystem.Instance);
    using var index = Rapport.Index.VaultIndex.Open(vault);
    using var watcher = watch ? Rapport.Index.IndexWatcher.Start(vault, Console.Error.WriteLine) : null;
    string why = "";
    using var server = watcher is null ? null : Rapport.Index.WatchSocket.Server.Listen(watcher, vault.Root, out why);
    if (watch && server is null) Console.Error.WriteLine($"no socket: {why}");
    var self = Process.GetCurrentProcess();
    int rounds = args.Skip(2).FirstOrDefault(a => int.TryParse(a, out _)) is { } r ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 5;
    for (int i = 0; i < rounds; i++)
    {
        var cpu = self.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        string what = watch ? (Rapport.Index.WatchSocket.AskFresh(vault.Root) ? "watcher: fresh" : "watcher: no answer") : index.Sync() is var result ? $"{result} · {result.Files} files" : "";
        self.Refresh();
        Console.WriteLine($"{what}: {clock.Elapsed.TotalMilliseconds:0.0} ms wall, {(self.TotalProcessorTime - cpu).TotalMilliseconds:0.0} ms CPU");
    }
    return 0;
}

if (args is ["search", var searchVault, .. var words])
{
    // `-- search VAULT [WORD...]`: the query alone in this process (index open and synced first), against the no-change sync before it.
    using var index = Rapport.Index.VaultIndex.Open(Rapport.Core.Vaults.Vault.Open(Path.GetFullPath(searchVault), Rapport.Core.Vaults.PhysicalFileSystem.Instance));
    index.Sync();
    var sync = Stopwatch.StartNew();
    index.Sync();
    Console.WriteLine($"no-change sync: {sync.Elapsed.TotalMilliseconds:0.00} ms");
    foreach (var word in words.Length > 0 ? words : ["zeppelin", "renewal"])
    {
        var times = new List<double>();
        int count = 0;
        for (int i = 0; i < 11; i++)
        {
            var clock = Stopwatch.StartNew();
            count = index.Search(new Rapport.Core.Vaults.SearchQuery(word, Limit: 20)).Count;
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"search {word}: first {times[0]:0.00} ms, then median {Processes.Median(times.Skip(1).ToList()):0.00} ms ({count} hits)");
    }
    return 0;
}

if (args is ["reading", var readVault, ..])
{
    return ReadingBenchmark.Run(readVault, args.Length > 2 && !int.TryParse(args[2], out _) ? args[2] : null,
        args.LastOrDefault(a => int.TryParse(a, out _)) is { } r && args.Length > 2 ? int.Parse(r, System.Globalization.CultureInfo.InvariantCulture) : 5);
}

if (args is ["startup", ..])
{
    return StartupBenchmark.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 31);
}

if (args is ["quick", ..])
{
    string notes = args.Length > 1 ? File.ReadAllText(args[1]) : NotesGenerator.Generate(ExtractionBenchmarks.Megabyte);
    var meeting = new MeetingContext(new DateOnly(2026, 1, 15), "Sarah Chen", Frequency.Weekly);
    NotesEngine.Extract(notes, meeting);
    var times = new List<double>();
    for (int i = 0; i < 7; i++)
    {
        var clock = Stopwatch.StartNew();
        NotesEngine.Extract(notes, meeting);
        times.Add(clock.Elapsed.TotalSeconds);
    }
    times.Sort();
    double median = times[times.Count / 2];
    double megabytes = System.Text.Encoding.UTF8.GetByteCount(notes) / (double)ExtractionBenchmarks.Megabyte;
    Console.WriteLine($"extract {megabytes:0.00} MB: median {median * 1000:0} ms = {megabytes / median:0.00} MB/s");
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args, DefaultConfig.Instance);
return 0;
