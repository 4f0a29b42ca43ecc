using System.Diagnostics;
using System.Globalization;

namespace Rapport.Bench;

/// <summary>Runs whole processes for the start-up and vault-scale benchmarks, and takes medians.</summary>
public static class Processes
{
    /// <summary>How long a run took, what it printed, and its peak memory when measured (NaN otherwise).</summary>
    public sealed record Result(double Milliseconds, string Output, double PeakMegabytes);

    /// <summary>
    /// Runs <paramref name="file"/> to the end, reading its output; with <paramref name="measureMemory"/>,
    /// under /usr/bin/time for its peak memory. A program that is not installed gives NaN; an exit code
    /// <paramref name="ok"/> refuses (by default any but 0) throws.
    /// </summary>
    public static Result Run(string file, string[] args, bool measureMemory = false, Func<int, bool>? ok = null)
    {
        bool timed = measureMemory && File.Exists("/usr/bin/time");
        var start = timed ? new ProcessStartInfo("/usr/bin/time", ["-f", "%M", file, .. args]) : new ProcessStartInfo(file, args);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var clock = Stopwatch.StartNew();
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return new Result(double.NaN, "", double.NaN); // not installed (rg)
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            double elapsed = clock.Elapsed.TotalMilliseconds;
            if (!(ok ?? (code => code == 0))(process.ExitCode))
                throw new InvalidOperationException($"'{file} {string.Join(' ', args)}' exited with {process.ExitCode}: {error.Result}");
            double peak = timed && double.TryParse(error.Result.Trim().Split('\n')[^1], CultureInfo.InvariantCulture, out double kb) ? kb / 1024 : double.NaN;
            return new Result(elapsed, output.Result, peak);
        }
    }

    /// <summary>The median, or NaN for no values.</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
