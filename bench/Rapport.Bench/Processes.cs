using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Rapport.Bench;

/// <summary>Runs whole processes for the start-up and vault-scale benchmarks, and takes medians.</summary>
public static class Processes
{
    /// <summary>
    /// How long a run took, what it printed, the CPU time (user + system) and page faults it cost, as
    /// <c>perf stat</c> counts them for the process (NaN where they could not be read), and its peak
    /// memory when measured (NaN otherwise). CPU time and faults barely move on a busy machine, where
    /// the wall time is mostly waiting for a core.
    /// </summary>
    public sealed record Result(double Milliseconds, string Output, double PeakMegabytes, double CpuMilliseconds = double.NaN, double Faults = double.NaN);

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
        var before = Children();
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
            var after = Children();
            if (!(ok ?? (code => code == 0))(process.ExitCode))
                throw new InvalidOperationException($"'{file} {string.Join(' ', args)}' exited with {process.ExitCode}: {error.Result}");
            double peak = timed && double.TryParse(error.Result.Trim().Split('\n')[^1], CultureInfo.InvariantCulture, out double kb) ? kb / 1024 : double.NaN;
            return new Result(elapsed, output.Result, peak, after.Cpu - before.Cpu, after.Faults - before.Faults);
        }
    }

    /// <summary>The median, or NaN for no values.</summary>
    public static double Median(IReadOnlyCollection<double> values)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>
    /// CPU milliseconds and page faults of every child process this one has waited for
    /// (<c>getrusage(RUSAGE_CHILDREN)</c>); the difference across one run is that run's, since the
    /// benchmarks run one process at a time. NaN where the call is not there.
    /// </summary>
    private static (double Cpu, double Faults) Children()
    {
        if (!OperatingSystem.IsLinux()) return (double.NaN, double.NaN);
        if (getrusage(RusageChildren, out var usage) != 0) return (double.NaN, double.NaN);
        double cpu = (usage.UserSeconds + usage.SystemSeconds) * 1000.0 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1000.0;
        return (cpu, usage.MinorFaults + usage.MajorFaults);
    }

    private const int RusageChildren = -1;

    /// <summary>Linux's <c>struct rusage</c> on 64-bit: two timevals, then fourteen longs.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Rusage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxResident, SharedText, UnsharedData, UnsharedStack, MinorFaults, MajorFaults;
        public long Swaps, BlockInputs, BlockOutputs, MessagesSent, MessagesReceived, Signals, VoluntarySwitches, InvoluntarySwitches;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int getrusage(int who, out Rusage usage);
}
