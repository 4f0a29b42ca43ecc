using System.Diagnostics;
using System.Globalization;
using Rapport.Testing;

namespace Rapport.Bench;

/// <summary>
/// Issue 16, "Speed": <c>extract --json</c> and <c>process</c> as whole processes on 0.25, 1 and 4 MB
/// of mixed-style notes (<see cref="MixedNotesGenerator"/>). Prints the median seconds per MB, the
/// linearity ratio (seconds per MB at 4 MB over seconds per MB at 0.25 MB: about 1 when linear, 4
/// or more when quadratic) and whether 4 MB is processed in at most 5 s. Wall time is what a user
/// waits; CPU time (user + system, from /usr/bin/time) is what the work costs on a shared machine.
/// </summary>
public static class NotesScaleBenchmark
{
    private const int Megabyte = 1024 * 1024;
    private const double TargetSeconds = 5;
    private static readonly double[] Sizes = [0.25, 1, 4];

    public static int Run(int rounds)
    {
        string root = RepoPaths.Root;
        // The shipped build first: the Native AOT binary (scripts/test publishes it to artifacts/aot, or RAPPORT_BIN), else ReadyToRun, else JIT.
        string aot = Environment.GetEnvironmentVariable("RAPPORT_BIN") ?? Path.Combine(root, "artifacts", "aot", "rapport");
        string r2r = Path.Combine(root, "artifacts", "r2r", "rapport.dll");
        string jit = Path.Combine(root, "src", "Rapport.Cli", "bin", "Release", "net10.0", "rapport.dll");
        (string File, string[] Args, string Name) rapport =
            File.Exists(aot) ? (aot, [], "Native AOT build")
            : File.Exists(r2r) ? ("dotnet", [r2r], "ReadyToRun build")
            : ("dotnet", [jit], "JIT build");
        if (rapport.File == "dotnet" && !File.Exists(rapport.Args[0]))
        {
            Console.Error.WriteLine($"missing {rapport.Args[0]}: build src/Rapport.Cli in Release first (bench/notes does)");
            return 1;
        }
        string output = Path.Combine(root, "bench", "out", "notes");
        Directory.CreateDirectory(output);
        string template = Path.Combine(output, "vault");
        if (Directory.Exists(template)) Directory.Delete(template, recursive: true);
        Timed(rapport.File, [.. rapport.Args, "init", template]);
        Timed(rapport.File, [.. rapport.Args, "add", "Sarah Chen", "--vault", template, "--today", "2026-01-15"]);

        var rows = new List<(double Size, Sample Extract, Sample Process)>();
        foreach (double size in Sizes)
        {
            string notes = Path.Combine(output, $"notes-{size.ToString(CultureInfo.InvariantCulture)}mb.md");
            File.WriteAllText(notes, MixedNotesGenerator.Generate((int)(size * Megabyte)));
            double megabytes = new FileInfo(notes).Length / (double)Megabyte;
            var extract = new List<Sample>();
            var process = new List<Sample>();
            for (int round = 0; round < rounds; round++)
            {
                extract.Add(Timed(rapport.File, [.. rapport.Args, "extract", "--date", "2026-01-15", "--person", "Sarah Chen", "--json", "--file", notes]));
                string vault = Path.Combine(output, "scratch");
                Copy(template, vault);
                process.Add(Timed(rapport.File, [.. rapport.Args, "process", "Sarah Chen", "--file", notes, "--date", "2026-01-15", "--today", "2026-01-15", "--vault", vault]));
                Directory.Delete(vault, recursive: true);
            }
            rows.Add((megabytes, Sample.Median(extract), Sample.Median(process)));
            Console.Error.WriteLine($"{megabytes:0.00} MB: extract {rows[^1].Extract}, process {rows[^1].Process}");
        }

        Console.WriteLine($"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}; " +
            $"rapport {rapport.Name}; median of {rounds} runs; mixed-style notes from `MixedNotesGenerator`.");
        Console.WriteLine();
        Console.WriteLine("| notes | `extract --json` wall | per MB | CPU | `process` wall | per MB | CPU |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        foreach (var (size, extract, process) in rows)
            Console.WriteLine($"| {size:0.00} MB | {extract.Wall:0.00} s | {extract.Wall / size:0.00} s | {extract.Cpu:0.00} s | {process.Wall:0.00} s | {process.Wall / size:0.00} s | {process.Cpu:0.00} s |");
        var (smallSize, smallExtract, smallProcess) = rows[0];
        var (bigSize, bigExtract, bigProcess) = rows[^1];
        double Ratio(double big, double small) => big / bigSize / (small / smallSize);
        Console.WriteLine();
        Console.WriteLine($"Linearity (per-MB time at {bigSize:0.00} MB / per-MB time at {smallSize:0.00} MB; 1 is linear, a quadratic engine gives about {bigSize / smallSize:0}): " +
            $"extract {Ratio(bigExtract.Wall, smallExtract.Wall):0.00} wall, {Ratio(bigExtract.Cpu, smallExtract.Cpu):0.00} CPU; " +
            $"process {Ratio(bigProcess.Wall, smallProcess.Wall):0.00} wall, {Ratio(bigProcess.Cpu, smallProcess.Cpu):0.00} CPU.");
        Console.WriteLine($"Target, {bigSize:0.00} MB processed in at most {TargetSeconds:0} s: " +
            $"{(bigProcess.Wall <= TargetSeconds ? "met" : "not met")} in wall time ({bigProcess.Wall:0.00} s), " +
            $"{(bigProcess.Cpu <= TargetSeconds ? "met" : "not met")} in CPU time ({bigProcess.Cpu:0.00} s).");
        return 0;
    }

    /// <summary>One run: seconds waited and seconds of CPU.</summary>
    private sealed record Sample(double Wall, double Cpu)
    {
        public static Sample Median(List<Sample> samples) =>
            new(Processes.Median(samples.Select(s => s.Wall).ToList()), Processes.Median(samples.Select(s => s.Cpu).ToList()));

        public override string ToString() => $"{Wall:0.00} s wall, {Cpu:0.00} s CPU";
    }

    /// <summary>Runs a process under /usr/bin/time for its CPU time (NaN without it).</summary>
    private static Sample Timed(string file, string[] args)
    {
        bool timed = File.Exists("/usr/bin/time");
        string report = Path.Combine(Path.GetTempPath(), $"rapport-bench-{Environment.ProcessId}.time");
        var start = timed ? new ProcessStartInfo("/usr/bin/time", ["-o", report, "-f", "%U %S", file, .. args]) : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        double wall = clock.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{file} {string.Join(' ', args)}' exited with {process.ExitCode}: {stderr.Result}");
        double cpu = double.NaN;
        if (timed && File.Exists(report))
        {
            var parts = File.ReadAllText(report).Trim().Split('\n')[^1].Split(' ');
            cpu = double.Parse(parts[0], CultureInfo.InvariantCulture) + double.Parse(parts[1], CultureInfo.InvariantCulture);
            File.Delete(report);
        }
        _ = stdout.Result;
        return new Sample(wall, cpu);
    }

    private static void Copy(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}
