using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Rapport.Testing;

/// <summary>
/// A built <c>rapport</c> to test as a process instead of the code in-process: <c>RAPPORT_EXE</c>
/// names it (scripts/test points it at the Native AOT binary), so the transcripts and the web tests
/// hold both builds to the same output.
/// </summary>
public static class RapportExe
{
    public const string Variable = "RAPPORT_EXE";

    public static string? Path => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? System.IO.Path.GetFullPath(path) : null;

    /// <summary>
    /// How to start it: output and input redirected (not a terminal), the clock pinned to
    /// <paramref name="today"/> at noon UTC through <c>RAPPORT_TODAY</c> (as <see cref="FixedTime"/>),
    /// and no variable but PATH and <paramref name="environment"/>.
    /// </summary>
    public static ProcessStartInfo StartInfo(string executable, string workingDirectory, DateOnly today, IReadOnlyDictionary<string, string> environment, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH");
        start.Environment["TZ"] = "UTC";
        start.Environment["RAPPORT_TODAY"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return start;
    }
}

/// <summary><c>rapport serve</c> running as a process on a free loopback port, until disposed.</summary>
public sealed class ServedRapport : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private ServedRapport(Process process, string url)
    {
        _process = process;
        Url = url;
    }

    /// <summary>The address it listens on, without a trailing slash.</summary>
    public string Url { get; }

    public static async Task<ServedRapport> Start(string executable, string vault, DateOnly today, params string[] options)
    {
        int port = LoopbackPort.Free();
        var start = RapportExe.StartInfo(executable, vault, today, new Dictionary<string, string>(), ["serve", "--vault", vault, "--port", port.ToString(CultureInfo.InvariantCulture), .. options]);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        var served = new ServedRapport(process, $"http://127.0.0.1:{port}");
        process.OutputDataReceived += (_, e) => { lock (served._log) served._log.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (served._log) served._log.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.StandardInput.Close();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"{executable} serve exited with {process.ExitCode}: {served.Log}");
            try
            {
                using var response = await client.GetAsync(new Uri(served.Url + "/login"));
                return served;
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>What it printed, for a failure message.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
