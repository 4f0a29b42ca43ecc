using Rapport.Testing;
using System.Diagnostics;

namespace Rapport.Bench;

/// <summary>
/// Times whole processes, as a user starts them: <c>rapport prep</c> on the example vault against
/// a hello-world .NET program, alternating runs so both see the same machine, and reports medians
/// and their ratio. Both must be built in Release first (<c>dotnet build -c Release</c>).
/// </summary>
public static class StartupBenchmark
{
    public static int Run(int rounds)
    {
        string root = RepoPaths.Root;
        string hello = Path.Combine(root, "bench", "Hello", "bin", "Release", "net10.0", "Hello.dll");
        string rapport = Path.Combine(root, "src", "Rapport.Cli", "bin", "Release", "net10.0", "rapport.dll");
        foreach (var dll in new[] { hello, rapport })
        {
            if (File.Exists(dll)) continue;
            Console.Error.WriteLine($"missing {dll}: run 'dotnet build -c Release' first");
            return 1;
        }
        string vault = Path.Combine(root, "examples", "vault");
        var commands = new List<(string Name, string[] Args)>
        {
            ("hello world", [hello]),
            ("rapport prep \"Sarah Chen\"", [rapport, "prep", "Sarah Chen", "--vault", vault]),
            ("rapport prep (next due)", [rapport, "prep", "--vault", vault]),
            ("rapport prep --format md", [rapport, "prep", "Sarah Chen", "--vault", vault, "--format", "md"]),
        };
        // The ReadyToRun build, when published (see docs/prep.md#speed): precompiled, as an installed tool can be.
        string readyToRun = Path.Combine(root, "artifacts", "r2r", "rapport.dll");
        if (File.Exists(readyToRun)) commands.Add(("rapport prep, ReadyToRun", [readyToRun, "prep", "Sarah Chen", "--vault", vault]));
        var times = commands.Select(_ => new List<double>()).ToList();
        for (int warm = 0; warm < 3; warm++)
            foreach (var command in commands) Time(command.Args);
        for (int round = 0; round < rounds; round++)
            for (int i = 0; i < commands.Count; i++) times[i].Add(Time(commands[i].Args));

        double baseline = Processes.Median(times[0]);
        Console.WriteLine($"{rounds} alternating runs each, median wall time of the whole process:");
        for (int i = 0; i < commands.Count; i++)
        {
            double median = Processes.Median(times[i]);
            Console.WriteLine($"  {commands[i].Name,-28} {median:0.0} ms  {median / baseline:0.00}x");
        }
        return 0;
    }

    private static double Time(string[] args) => Processes.Run("dotnet", args).Milliseconds;
}
