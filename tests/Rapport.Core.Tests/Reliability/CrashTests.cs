using System.Diagnostics;
using System.Text.RegularExpressions;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Reliability;

/// <summary>
/// Kills a process that is rewriting a document, at random moments, hundreds of times: the file
/// must always hold one whole version, and the temporary files killed writes leave are cleaned up.
/// </summary>
[Trait("Speed", "slow")]
public sealed partial class CrashTests : IDisposable
{
    public const int Kills = 500;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Should_leave_the_old_or_the_new_document_whenever_the_writer_is_killed()
    {
        string path = _dir.Write("crash-test.md", CrashDocument.Version(0));
        string writer = Path.Combine(AppContext.BaseDirectory, "Rapport.CrashWriter.dll");
        var random = new Random(20261121);

        for (int kill = 0; kill < Kills; kill++)
        {
            using var process = Process.Start(new ProcessStartInfo("dotnet", [writer, path]) { RedirectStandardOutput = true })!;
            (await process.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken)).ShouldBe("ready", $"kill {kill}: the writer did not start");
            await Task.Delay(random.Next(0, 60), TestContext.Current.CancellationToken);
            process.Kill(); // SIGKILL: no finally blocks, no flush
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            string text = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
            var end = EndMarker().Match(text);
            end.Success.ShouldBeTrue($"kill {kill}: the document is cut short");
            long version = long.Parse(end.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            text.ShouldBe(CrashDocument.Version(version), $"kill {kill}: version {version} is not whole");
        }

        int orphans = PhysicalFileSystem.RemoveOrphans(_dir.Path, "crash-test.md", TimeSpan.Zero);
        Directory.GetFiles(_dir.Path).ShouldBe([path], $"{orphans} orphaned temporary files were removed, and nothing else may remain");
    }

    [GeneratedRegex(@"<!-- end of version (\d+) -->\n$")]
    private static partial Regex EndMarker();
}
