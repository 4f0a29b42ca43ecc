using System.Diagnostics;
using System.Globalization;
using Rapport.Core.Vaults;
using Rapport.Index;
using Rapport.Testing;

namespace Rapport.Bench;

/// <summary>
/// The vault-scale benchmark behind docs/performance.md and issue 19's targets. Generates (once) a
/// 200 × 3-year and a 2,000 × 5-year vault, then, in this one run, times whole processes side by
/// side, round after round (medians): the reading commands on the example vault and both generated
/// ones, search for a rare and a common word against <c>rg -l</c>, <c>/api/search</c> on a warm
/// <c>rapport serve</c>, a no-change sync inside this process, <c>index --force</c> with its peak
/// memory, and a 1 MB <c>extract --json</c>. Prints every target with its measured ratio and
/// whether it is met, as Markdown.
/// </summary>
public static class PerfBenchmark
{
    private sealed record Target(string Name, string Measured, bool? Met);

    public static int Run(int rounds, bool large)
    {
        string root = RepoPaths.Root;
        // The floor is an AOT hello world, as the issue's targets are ratios to one (bench/perf publishes it once).
        string hello = Path.Combine(root, "bench", "out", "hello-aot", "Hello");
        string shipped = Path.Combine(root, "artifacts", "aot", "rapport");
        string rapport = Environment.GetEnvironmentVariable("RAPPORT_BIN") is { Length: > 0 } bin
            ? Path.GetFullPath(bin)
            : File.Exists(shipped) ? shipped : Program(Path.Combine(root, "src", "Rapport.Cli", "bin", "Release", "net10.0", "rapport"));
        foreach (var program in new[] { hello, rapport })
        {
            if (File.Exists(program)) continue;
            Console.Error.WriteLine($"missing {program}: run bench/perf, which builds it");
            return 1;
        }
        var targets = new List<Target>();
        var report = new List<string>
        {
            $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
            $"rapport: {Path.GetRelativePath(root, rapport)}{(Native(rapport) ? " (Native AOT)" : " (JIT)")}; floor: {Path.GetRelativePath(root, hello)} (Native AOT hello world); " +
            $"median of {rounds} runs; load average {LoadAverage()} at the start.",
            "",
        };

        // The example vault, copied so its index is not written into the repository.
        string example = Path.Combine(root, "bench", "out", "example");
        if (Directory.Exists(example)) Directory.Delete(example, recursive: true);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.ExampleVault, "*", SearchOption.AllDirectories))
        {
            string target = Path.Combine(example, Path.GetRelativePath(RepoPaths.ExampleVault, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var exampleCases = Reading(rapport, example, "sarah-chen", ["--today", "2026-01-14"]);
        Call(rapport, ["index", "--vault", example]);
        var exampleTimes = Measure([("hello world (floor)", hello, []), .. exampleCases], rounds);
        report.AddRange(Table("Example vault (5 relationships)", exampleCases.Prepend(("hello world (floor)", hello, [])).ToList(), exampleTimes));
        targets.AddRange(exampleCases.Select((c, i) => Ratio($"example vault: `{c.Name}` ≤ 3× hello world", exampleTimes[i + 1], exampleTimes[0], 3)));

        foreach (var (people, years, limit) in large ? new[] { (200, 3, 5.0), (2000, 5, 10.0) } : [(200, 3, 5.0)])
        {
            string vault = Vault(root, people, years);
            string size = $"{people:N0} × {years}";
            File.Delete(Path.Combine(vault, ".rapport", "index.db"));
            var full = Call(rapport, ["index", "--force", "--vault", vault], measureMemory: true);
            string person = Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Path.Combine(vault, "Career", "1-on-1s"), "*.md").Order(StringComparer.Ordinal).First());
            var reading = Reading(rapport, vault, person, []);
            var searches = new List<(string Name, string File, string[] Args)>
            {
                ("rapport search zeppelin (rare)", rapport, ["search", "zeppelin", "--vault", vault]),
                ("rg -l zeppelin", "rg", ["-l", "zeppelin", vault]),
                ("rapport search renewal (common)", rapport, ["search", "renewal", "--vault", vault]),
                ("rg -l renewal", "rg", ["-l", "renewal", vault]),
            };
            var cases = new List<(string Name, string File, string[] Args)> { ("hello world (floor)", hello, []) };
            cases.AddRange(reading);
            cases.AddRange(searches);
            var times = Measure(cases, rounds);
            var floor = times[0];
            report.Add("");
            report.AddRange(Table($"{size} ({Describe(vault)})", cases, times));
            for (int i = 1; i <= reading.Count; i++) targets.Add(Ratio($"{size}: `{cases[i].Name}` ≤ {limit}× hello world", times[i], floor, limit));
            int s = reading.Count + 1;
            targets.Add(Ratio($"{size}: `rapport search` rare ≤ `rg -l`", times[s], times[s + 1], 1));
            targets.Add(Ratio($"{size}: `rapport search` common ≤ `rg -l`", times[s + 2], times[s + 3], 1));

            var (rare, common) = WebSearch(rapport, vault, rounds);
            report.Add("");
            report.Add($"`/api/search` on a warm `rapport serve`, one HTTP request, top 20: zeppelin {Ms(rare)}, renewal {Ms(common)}.");
            targets.Add(Ratio($"{size}: `/api/search` rare warm ≤ ½ `rg -l`", new Times(rare), times[s + 1], 0.5));
            targets.Add(Ratio($"{size}: `/api/search` common warm ≤ ½ `rg -l`", new Times(common), times[s + 3], 0.5));

            var (queryRare, queryCommon) = InProcessSearch(vault, rounds);
            report.Add($"The query alone inside one process (its index open and synced, top 20 with snippets; median of {rounds} after a first): zeppelin {Ms(queryRare)}, renewal {Ms(queryCommon)}.");
            double sync = InProcessSync(vault, rounds);
            // The floor of any walk that asks each file's size and time: GNU find stats every file (one core), as the sync must.
            var statWalk = Measure([("find -printf (a stat per file)", "find", [vault, "-name", "*.md", "-printf", "%T@ %s\n"])], rounds)[0];
            report.Add($"No-change sync inside one process (walk, compare; median of {rounds} after a first): {Ms(sync)}; " +
                $"`find VAULT -name '*.md' -printf '%T@ %s'`, a stat of every file on one core, as a whole process: {Ms(statWalk.Wall)} ({Ms(statWalk.Cpu)} CPU).");
            report.Add($"`rapport index --force` from nothing: {Ms(full.Milliseconds)}, {full.PeakMegabytes:0} MB peak memory.");
            // The same processes with `rapport watch` running beside them: a reading command asks the watcher instead of walking.
            List<Times> watched;
            double asked;
            using (StartWatcher(rapport, vault))
            {
                watched = Measure(cases, rounds);
                asked = InProcessAsk(vault, rounds);
            }
            report.Add("");
            report.AddRange(Table($"{size}, with `rapport watch` running", cases, watched));
            report.Add("");
            report.Add($"No-change sync inside one process when a watcher runs (ask it on its socket; median of {rounds} after a first): {Ms(asked)}.");
            for (int i = 1; i <= reading.Count; i++) targets.Add(Ratio($"{size}, watcher running: `{cases[i].Name}` ≤ {limit}× hello world", watched[i], watched[0], limit));
            targets.Add(Ratio($"{size}, watcher running: `rapport search` rare ≤ `rg -l`", watched[s], watched[s + 1], 1));
            targets.Add(Ratio($"{size}, watcher running: `rapport search` common ≤ `rg -l`", watched[s + 2], watched[s + 3], 1));
            if (people == 2000)
            {
                targets.Add(new Target($"{size}: no-change sync in a process ≤ 50 ms", Ms(sync), sync <= 50));
                targets.Add(new Target($"{size}, watcher running: no-change sync in a process ≤ 50 ms", Ms(asked), asked <= 50));
                targets.Add(new Target($"{size}: `index --force` ≤ 5 s", Ms(full.Milliseconds), full.Milliseconds <= 5000));
                targets.Add(new Target($"{size}: `index --force` ≤ 250 MB peak", $"{full.PeakMegabytes:0} MB", full.PeakMegabytes <= 250));
            }
        }

        string notes = Path.Combine(root, "bench", "out", "notes-1mb.md");
        if (!File.Exists(notes)) File.WriteAllText(notes, NotesGenerator.Generate(ExtractionBenchmarks.Megabyte));
        var extract = Measure([("rapport extract --json, 1 MB", rapport, ["extract", "--date", "2026-01-15", "--person", "Sarah Chen", "--file", notes, "--json"])], rounds)[0];
        targets.Add(new Target("1 MB `extract --json` ≤ 150 ms", $"{Ms(extract.Wall)} ({Ms(extract.Cpu)} CPU)", extract.Wall <= 150));
        targets.Add(new Target("binary size stated", Size(rapport), null));

        report.Add("");
        report.Add("### Targets");
        report.Add("");
        report.Add("| target | measured | |");
        report.Add("| --- | --- | --- |");
        foreach (var t in targets) report.Add($"| {t.Name} | {t.Measured} | {(t.Met switch { true => "met", false => "**not met**", null => "stated" })} |");
        foreach (var line in report) Console.WriteLine(line);
        return 0;
    }

    /// <summary>The reading commands on a vault: list, status, actions --overdue, prep and show of one person.</summary>
    private static List<(string Name, string File, string[] Args)> Reading(string rapport, string vault, string person, string[] extra) =>
    [
        ("rapport list", rapport, ["list", "--vault", vault, .. extra]),
        ("rapport status", rapport, ["status", "--vault", vault, .. extra]),
        ("rapport actions --overdue", rapport, ["actions", "--overdue", "--vault", vault, .. extra]),
        ("rapport prep PERSON", rapport, ["prep", person, "--vault", vault, .. extra]),
        ("rapport show PERSON", rapport, ["show", person, "--vault", vault, .. extra]),
    ];

    /// <summary>The medians of one case: wall time, CPU time (user + system) and page faults.</summary>
    private readonly record struct Times(double Wall, double Cpu = double.NaN, double Faults = double.NaN);

    private static List<string> Table(string title, List<(string Name, string File, string[] Args)> cases, List<Times> times)
    {
        var floor = times[0];
        var lines = new List<string>
        {
            $"#### {title}", "",
            "| process | median | CPU | page faults | vs hello world | CPU vs hello world |",
            "| --- | --- | --- | --- | --- | --- |",
        };
        for (int i = 0; i < cases.Count; i++)
            lines.Add($"| `{cases[i].Name}` | {Ms(times[i].Wall)} | {Ms(times[i].Cpu)} | {(double.IsNaN(times[i].Faults) ? "–" : times[i].Faults.ToString("0", CultureInfo.InvariantCulture))} | " +
                $"{Over(times[i].Wall, floor.Wall)} | {Over(times[i].Cpu, floor.Cpu)} |");
        return lines;
    }

    private static string Over(double value, double floor) =>
        double.IsNaN(value) || double.IsNaN(floor) ? "–" : (value / floor).ToString("0.00", CultureInfo.InvariantCulture) + "×";

    /// <summary>A target on wall time, judged side by side; the ratio of CPU times is shown beside it.</summary>
    private static Target Ratio(string name, Times measured, Times baseline, double limit)
    {
        if (double.IsNaN(measured.Wall) || double.IsNaN(baseline.Wall)) return new Target(name, "not measured", null);
        double ratio = measured.Wall / baseline.Wall;
        string cpu = double.IsNaN(measured.Cpu) || double.IsNaN(baseline.Cpu) ? "" : $" (CPU {Ms(measured.Cpu)} against {Ms(baseline.Cpu)}: {Over(measured.Cpu, baseline.Cpu)})";
        return new Target(name, $"{Ms(measured.Wall)} against {Ms(baseline.Wall)}: {ratio.ToString("0.00", CultureInfo.InvariantCulture)}×{cpu}", ratio <= limit);
    }

    /// <summary>Whether the program is a Native AOT executable rather than a JIT build's apphost or dll (which has its managed dll beside it).</summary>
    private static bool Native(string program) => !program.EndsWith(".dll", StringComparison.Ordinal) && !File.Exists(program + ".dll");

    /// <summary>The program's size and what else must sit beside it to run.</summary>
    private static string Size(string program)
    {
        string MB(long bytes) => $"{bytes / 1024.0 / 1024.0:0.0} MB";
        if (!Native(program))
            return $"{MB(new DirectoryInfo(Path.GetDirectoryName(program)!).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length))} (the JIT build's folder; needs the .NET runtime)";
        var beside = new DirectoryInfo(Path.GetDirectoryName(program)!).EnumerateFiles()
            .Where(f => f.Name != Path.GetFileName(program) && !f.Name.EndsWith(".dbg", StringComparison.Ordinal)).ToList();
        return $"{MB(new FileInfo(program).Length)} ({Path.GetFileName(program)}{(beside.Count == 0 ? ", one file" : $", with {string.Join(", ", beside.Select(f => $"{f.Name} {MB(f.Length)}"))}")})";
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    /// <summary>The query alone, in this process: the index open and synced, then each search timed (rare word, common word).</summary>
    private static (double Rare, double Common) InProcessSearch(string root, int rounds)
    {
        using var index = VaultIndex.Open(Core.Vaults.Vault.Open(root, PhysicalFileSystem.Instance));
        index.Sync();
        double Time(string word)
        {
            var samples = new List<double>();
            for (int i = -1; i < rounds; i++)
            {
                var clock = Stopwatch.StartNew();
                index.Search(new SearchQuery(word, Limit: 20));
                if (i >= 0) samples.Add(clock.Elapsed.TotalMilliseconds);
            }
            return Processes.Median(samples);
        }
        return (Time("zeppelin"), Time("renewal"));
    }

    /// <summary>A no-change sync of the whole vault inside this process: its index open, the first sync untimed.</summary>
    private static double InProcessSync(string root, int rounds)
    {
        using var index = VaultIndex.Open(Core.Vaults.Vault.Open(root, PhysicalFileSystem.Instance));
        index.Sync();
        var samples = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            index.Sync();
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        return Processes.Median(samples);
    }

    /// <summary><c>rapport watch</c> on the vault, once it answers on its socket; killed when disposed.</summary>
    private static IDisposable StartWatcher(string rapport, string vault)
    {
        bool dll = rapport.EndsWith(".dll", StringComparison.Ordinal);
        string[] args = dll ? [rapport, "watch", "--vault", vault] : ["watch", "--vault", vault];
        var watcher = Process.Start(new ProcessStartInfo(dll ? "dotnet" : rapport, args)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        watcher.OutputDataReceived += (_, _) => { };
        watcher.ErrorDataReceived += (_, _) => { };
        watcher.BeginOutputReadLine();
        watcher.BeginErrorReadLine();
        var stopper = new Stopper(watcher);
        // Ready when the CLI itself finds the watcher (the same build answers; this process's build may differ).
        for (int attempt = 0; !Call(rapport, ["index", "--vault", vault]).Output.Contains("running watcher", StringComparison.Ordinal); attempt++)
        {
            if (attempt < 600 && !watcher.HasExited)
            {
                Thread.Sleep(100);
                continue;
            }
            stopper.Dispose();
            throw new InvalidOperationException($"rapport watch did not answer on {vault}");
        }
        return stopper;
    }

    /// <summary>
    /// Stops the watcher as Ctrl+C or a service manager would (SIGTERM), so it removes its socket: killed, it left the
    /// socket file behind, and every reading command of the next run without a watcher tried it first (about 1 ms each).
    /// </summary>
    private sealed class Stopper(Process process) : IDisposable
    {
        public void Dispose()
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
            if (!process.WaitForExit(TimeSpan.FromSeconds(10))) process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }

    /// <summary>What a reading command's sync costs when a watcher runs: asking it on its socket, the first ask untimed.</summary>
    private static double InProcessAsk(string vault, int rounds)
    {
        WatchSocket.AskFresh(vault);
        var samples = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            var clock = Stopwatch.StartNew();
            if (!WatchSocket.AskFresh(vault)) return double.NaN; // a watcher of another build than this process's does not answer it
            samples.Add(clock.Elapsed.TotalMilliseconds);
        }
        return Processes.Median(samples);
    }

    /// <summary>
    /// Search through <c>rapport serve</c>'s JSON API: one server process (its index warm), then each
    /// query timed as one HTTP request, median of <paramref name="rounds"/>.
    /// </summary>
    private static (double Rare, double Common) WebSearch(string rapport, string vault, int rounds)
    {
        int port = LoopbackPort.Free();
        using var server = Process.Start(new ProcessStartInfo(rapport, ["serve", "--vault", vault, "--port", port.ToString(CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            for (int attempt = 0; ; attempt++)
            {
                try
                {
                    client.GetStringAsync("api/search?q=warmup").GetAwaiter().GetResult();
                    break;
                }
                catch (HttpRequestException) when (attempt < 600)
                {
                    Thread.Sleep(100);
                }
            }
            double Time(string query)
            {
                var samples = new List<double>();
                for (int round = -1; round < rounds; round++)
                {
                    var clock = Stopwatch.StartNew();
                    client.GetStringAsync($"api/search?q={query}&limit=20").GetAwaiter().GetResult();
                    if (round >= 0) samples.Add(clock.Elapsed.TotalMilliseconds);
                }
                return Processes.Median(samples);
            }
            return (Time("zeppelin"), Time("renewal"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit();
        }
    }

    public static string Vault(string root, int people, int years)
    {
        string path = Path.Combine(root, "bench", "out", $"vault-{people}x{years}");
        if (!File.Exists(Path.Combine(path, ".rapport", "config.yml")))
        {
            var clock = Stopwatch.StartNew();
            var (files, bytes) = VaultGenerator.Write(path, people, years);
            Console.Error.WriteLine($"generated {path}: {files} files, {bytes / 1024.0 / 1024.0:0.0} MB in {clock.Elapsed.TotalSeconds:0.0} s");
        }
        return path;
    }

    private static string Describe(string vault)
    {
        var files = Directory.EnumerateFiles(vault, "*.md", SearchOption.AllDirectories).ToList();
        return $"{files.Count:N0} files, {files.Sum(f => new FileInfo(f).Length) / 1024.0 / 1024.0:0.0} MB";
    }

    /// <summary>The apphost when it was built, else the framework-dependent dll run by <c>dotnet</c>.</summary>
    private static string Program(string apphost) => File.Exists(apphost) ? apphost : apphost + ".dll";

    /// <summary>Runs the cases in turn, round after round, so all see the same machine; the medians of each.</summary>
    private static List<Times> Measure(List<(string Name, string File, string[] Args)> cases, int rounds)
    {
        var samples = cases.Select(_ => new List<Processes.Result>()).ToList();
        for (int round = -1; round < rounds; round++)
        {
            for (int i = 0; i < cases.Count; i++)
            {
                var run = Call(cases[i].File, cases[i].Args);
                if (round >= 0 && !double.IsNaN(run.Milliseconds)) samples[i].Add(run);
            }
        }
        return samples.Select(runs => new Times(
            Processes.Median(runs.Select(r => r.Milliseconds).ToList()),
            Processes.Median(runs.Select(r => r.CpuMilliseconds).Where(c => !double.IsNaN(c)).ToList()),
            Processes.Median(runs.Select(r => r.Faults).Where(f => !double.IsNaN(f)).ToList()))).ToList();
    }

    private static Processes.Result Call(string file, string[] args, bool measureMemory = false) =>
        file.EndsWith(".dll", StringComparison.Ordinal)
            ? Processes.Run("dotnet", [file, .. args], measureMemory, ok: code => code is 0 or 1)
            : Processes.Run(file, args, measureMemory, ok: code => code is 0 or 1); // rg exits 1 when nothing matches

    private static string Ms(double ms) => double.IsNaN(ms) ? "not measured" : $"{ms:0.0} ms";
}
