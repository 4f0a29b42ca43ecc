using System.Diagnostics;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// Two rapport processes change the same document at the same moment, many times: every change
/// either lands or is reported as a conflict (exit 6), and none is silently lost.
/// </summary>
[Trait("Speed", "slow")]
public sealed class ConcurrencyTests : IDisposable
{
    private const int Rounds = 12;

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    [Fact]
    public async Task Should_land_or_report_every_change_when_two_processes_write_at_once()
    {
        string document = _vault.File("Career", "1-on-1s", "noah-patel.md");
        var landed = new List<string>();
        int conflicts = 0;
        for (int round = 0; round < Rounds; round++)
        {
            string point = $"Concurrent talking point {round}";
            string win = $"Concurrent win {round}";
            var notes = Path.Combine(_vault.Path, $"notes-{round}.md");
            await File.WriteAllTextAsync(notes, $"- Win: {win}\n", TestContext.Current.CancellationToken);
            var results = await Task.WhenAll(
                Rapport(["topic", "add", "noah", point]),
                Rapport(["process", "noah", "--date", $"2026-02-{round + 1:00}", "--file", notes]));

            foreach (var (code, error, change) in new[] { (results[0].Code, results[0].Error, point), (results[1].Code, results[1].Error, win) })
            {
                if (code == 0) landed.Add(change);
                else if (code == 6) conflicts++;
                else throw new InvalidOperationException($"round {round}: exit {code}: {error}");
            }
        }

        string text = await File.ReadAllTextAsync(document, TestContext.Current.CancellationToken);
        foreach (var change in landed) text.ShouldContain(change);
        landed.Count.ShouldBeGreaterThan(Rounds, "most changes land");
        (landed.Count + conflicts).ShouldBe(2 * Rounds);
    }

    private async Task<(int Code, string Error)> Rapport(string[] args)
    {
        string cli = Path.Combine(AppContext.BaseDirectory, "rapport.dll");
        var start = new ProcessStartInfo("dotnet", [cli, .. args, "--vault", _vault.Path])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        await process.StandardOutput.ReadToEndAsync();
        string error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }
}
