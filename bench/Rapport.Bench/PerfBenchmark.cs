using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Rapport.Testing;

namespace Rapport.Bench;

/// <summary>
/// The vault-scale benchmark: generates (once) a 200 × 3-year and a 2,000 × 5-year vault, then
/// times whole processes, median of several runs in this one run: the reading commands, search for
/// a rare and a common word, a full and a no-change index, a hello-world floor and ripgrep over the
/// same files. Prints a Markdown report for docs/performance.md.
/// </summary>
public static partial class PerfBenchmark
{
    public static int Run(int rounds, bool large)
    {
        string root = RepoPaths.Root;
        string hello = Path.Combine(root, "bench", "Hello", "bin", "Release", "net10.0", "Hello.dll");
        string jit = Path.Combine(root, "src", "Rapport.Cli", "bin", "Release", "net10.0", "rapport.dll");
        string r2r = Path.Combine(root, "artifacts", "r2r", "rapport.dll");
        string rapport = File.Exists(r2r) ? r2r : jit;
        foreach (var dll in new[] { hello, rapport })
        {
            if (File.Exists(dll)) continue;
            Console.Error.WriteLine($"missing {dll}: run bench/perf, which builds it");
            return 1;
        }

        var report = new List<string>
        {
            $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}; " +
            $"rapport {(rapport == r2r ? "ReadyToRun build (artifacts/r2r)" : "JIT build")}; median of {rounds} runs.",
            "",
        };

        string small = Vault(root, 200, 3);
        Call("dotnet", [rapport, "index", "--force", "--vault", small]);
        string person = Directory.EnumerateFiles(Path.Combine(small, "Career", "1-on-1s"), "*.md").Order(StringComparer.Ordinal).First();
        var cases = new List<(string Name, string File, string[] Args)>
        {
            ("hello world (floor)", "dotnet", [hello]),
            ("rapport list", "dotnet", [rapport, "list", "--vault", small]),
            ("rapport status", "dotnet", [rapport, "status", "--vault", small]),
            ("rapport actions --overdue", "dotnet", [rapport, "actions", "--overdue", "--vault", small]),
            ("rapport prep PERSON", "dotnet", [rapport, "prep", Path.GetFileNameWithoutExtension(person), "--vault", small]),
            ("rapport search zeppelin (rare)", "dotnet", [rapport, "search", "zeppelin", "--vault", small]),
            ("rapport search renewal (common)", "dotnet", [rapport, "search", "renewal", "--vault", small]),
            ("rapport index (no change)", "dotnet", [rapport, "index", "--vault", small]),
            ("rg zeppelin", "rg", ["-c", "zeppelin", small]),
            ("rg renewal", "rg", ["-c", "renewal", small]),
        };
        var times = Measure(cases, rounds);
        double floor = times[0];
        report.Add($"### 200 relationships × 3 years ({Describe(small)})");
        report.Add("");
        report.Add("| process | median | vs hello world |");
        report.Add("| --- | --- | --- |");
        for (int i = 0; i < cases.Count; i++)
            report.Add($"| `{cases[i].Name}` | {Ms(times[i])} | {(double.IsNaN(times[i]) ? "–" : (times[i] / floor).ToString("0.00", CultureInfo.InvariantCulture) + "×")} |");
        var syncs = Enumerable.Range(0, rounds).Select(_ => InProcessMs(Call("dotnet", [rapport, "index", "--vault", small]).Output)).Order().ToList();
        report.Add("");
        report.Add($"No-change sync inside the process (walk, compare, commit; from `rapport index`): median {Ms(syncs[syncs.Count / 2])}.");
        var full = Call("dotnet", [rapport, "index", "--force", "--vault", small], measureMemory: true);
        report.Add($"`rapport index --force`: {Ms(full.Milliseconds)} whole process, {full.PeakMegabytes:0} MB peak memory.");
        report.AddRange(WebSearch(rapport, small, rounds, times[cases.FindIndex(c => c.Name == "rg zeppelin")], times[cases.FindIndex(c => c.Name == "rg renewal")]));

        if (large)
        {
            string big = Vault(root, 2000, 5);
            File.Delete(Path.Combine(big, ".rapport", "index.db"));
            var first = Call("dotnet", [rapport, "index", "--force", "--vault", big], measureMemory: true);
            var bigCases = new List<(string Name, string File, string[] Args)>
            {
                ("hello world (floor)", "dotnet", [hello]),
                ("rapport search zeppelin (rare)", "dotnet", [rapport, "search", "zeppelin", "--vault", big]),
                ("rapport search renewal (common)", "dotnet", [rapport, "search", "renewal", "--vault", big]),
                ("rg zeppelin", "rg", ["-c", "zeppelin", big]),
                ("rg renewal", "rg", ["-c", "renewal", big]),
            };
            var bigTimes = Measure(bigCases, rounds);
            report.Add("");
            report.Add($"### 2,000 relationships × 5 years ({Describe(big)})");
            report.Add("");
            report.Add($"`rapport index --force` from nothing: {Ms(first.Milliseconds)}, {first.PeakMegabytes:0} MB peak memory.");
            report.Add("");
            report.Add("| process | median |");
            report.Add("| --- | --- |");
            for (int i = 0; i < bigCases.Count; i++) report.Add($"| `{bigCases[i].Name}` | {Ms(bigTimes[i])} |");
            report.AddRange(WebSearch(rapport, big, rounds, bigTimes[3], bigTimes[4]));
        }
        foreach (var line in report) Console.WriteLine(line);
        return 0;
    }

    /// <summary>
    /// Search through <c>rapport serve</c>'s JSON API: one server process (its index warm), then each
    /// query timed as one HTTP request, median of <paramref name="rounds"/>; against ripgrep's whole process.
    /// </summary>
    private static List<string> WebSearch(string rapport, string vault, int rounds, double rgRare, double rgCommon)
    {
        int port = LoopbackPort.Free();
        using var server = Process.Start(new ProcessStartInfo("dotnet", [rapport, "serve", "--vault", vault, "--port", port.ToString(CultureInfo.InvariantCulture)])
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
                catch (HttpRequestException) when (attempt < 200)
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
            double rare = Time("zeppelin"), common = Time("renewal");
            string Ratio(double web, double rg) => double.IsNaN(rg) ? "–" : rg >= web ? $"{rg / web:0.0}× faster than rg" : $"{web / rg:0.0}× slower than rg";
            return
            [
                "",
                "Search from the web app (`rapport serve`, warm index synced before each query, one HTTP request, top 20):",
                "",
                "| query | median | vs `rg -c` (whole process) |",
                "| --- | --- | --- |",
                $"| `/api/search?q=zeppelin` (rare) | {Ms(rare)} | {Ratio(rare, rgRare)} |",
                $"| `/api/search?q=renewal` (common) | {Ms(common)} | {Ratio(common, rgCommon)} |",
            ];
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

    /// <summary>Runs the cases in turn, round after round, so all see the same machine; the median of each.</summary>
    private static List<double> Measure(List<(string Name, string File, string[] Args)> cases, int rounds)
    {
        var samples = cases.Select(_ => new List<double>()).ToList();
        for (int round = -1; round < rounds; round++)
        {
            for (int i = 0; i < cases.Count; i++)
            {
                var run = Call(cases[i].File, cases[i].Args);
                if (round >= 0 && !double.IsNaN(run.Milliseconds)) samples[i].Add(run.Milliseconds);
            }
        }
        return samples.Select(Processes.Median).ToList();
    }

    private static Processes.Result Call(string file, string[] args, bool measureMemory = false) =>
        Processes.Run(file, args, measureMemory, ok: code => code is 0 or 1); // rg exits 1 when nothing matches

    private static double InProcessMs(string output) =>
        Elapsed().Match(output) is { Success: true } m ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;

    private static string Ms(double ms) => double.IsNaN(ms) ? "not measured" : $"{ms:0.0} ms";


    [GeneratedRegex(@"in (\d+) ms")]
    private static partial Regex Elapsed();
}
