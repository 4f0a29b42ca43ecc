using System.Diagnostics;
using System.Globalization;
using Rapport.Cli;
using Rapport.Core.Vaults;

namespace Rapport.Bench;

/// <summary>
/// <c>-- reading VAULT [PERSON] [rounds]</c>: each reading command run inside this process (the CLI's own
/// code, output to a discarded writer as on a non-terminal), against the no-change sync that precedes it,
/// so the command's own part (its queries, the model and the rendering) is the difference. Medians of
/// wall and CPU time after one warm-up run of each.
/// </summary>
public static class ReadingBenchmark
{
    public static int Run(string vaultPath, string? person, int rounds)
    {
        string vault = Path.GetFullPath(vaultPath);
        person ??= Path.GetFileNameWithoutExtension(Directory.EnumerateFiles(Path.Combine(vault, "Career", "1-on-1s"), "*.md").Order(StringComparer.Ordinal).First());
        var cases = new (string Name, string[] Args)[]
        {
            ("list", ["list"]),
            ("list --json", ["list", "--json"]),
            ("status", ["status"]),
            ("status --json", ["status", "--json"]),
            ("actions --overdue", ["actions", "--overdue"]),
            ("actions --overdue --json", ["actions", "--overdue", "--json"]),
            ($"show {person}", ["show", person]),
            ($"prep {person}", ["prep", person]),
            ("search renewal", ["search", "renewal"]),
            ("search zeppelin", ["search", "zeppelin"]),
        };
        Console.WriteLine($"{vault}: median of {rounds} runs in one process, after a warm-up run of each");
        Console.WriteLine("| command | wall | CPU | less the sync (CPU) |");
        Console.WriteLine("| --- | --- | --- | --- |");
        var sync = Measure(rounds, () =>
        {
            using var index = Rapport.Index.VaultIndex.Open(Vault.Open(vault, PhysicalFileSystem.Instance));
            index.Sync();
        });
        Console.WriteLine($"| open and no-change sync | {sync.Wall:0.0} ms | {sync.Cpu:0.0} ms | |");
        var opened = Vault.Open(vault, PhysicalFileSystem.Instance);
        var folders = Measure(rounds, () => opened.RelationshipFolders());
        Console.WriteLine($"| `Vault.RelationshipFolders` (status, prep without a person) | {folders.Wall:0.0} ms | {folders.Cpu:0.0} ms | |");
        foreach (var (name, args) in cases)
        {
            var times = Measure(rounds, () => RapportCli.Run([.. args, "--vault", vault], Context(vault)));
            Console.WriteLine($"| `{name}` | {times.Wall:0.0} ms | {times.Cpu:0.0} ms | {times.Cpu - sync.Cpu:0.0} ms |");
        }
        return 0;
    }

    private static CommandContext Context(string vault) => new()
    {
        Output = new StreamWriter(Stream.Null),
        Error = TextWriter.Null,
        Input = TextReader.Null,
        Environment = _ => null,
        WorkingDirectory = vault,
        Time = TimeProvider.System,
        Files = PhysicalFileSystem.Instance,
        IsTerminal = false,
    };

    private static (double Wall, double Cpu) Measure(int rounds, Action run)
    {
        run();
        var self = Process.GetCurrentProcess();
        var walls = new List<double>();
        var cpus = new List<double>();
        for (int i = 0; i < rounds; i++)
        {
            self.Refresh();
            var cpu = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            run();
            walls.Add(clock.Elapsed.TotalMilliseconds);
            self.Refresh();
            cpus.Add((self.TotalProcessorTime - cpu).TotalMilliseconds);
        }
        return (Processes.Median(walls), Processes.Median(cpus));
    }
}
