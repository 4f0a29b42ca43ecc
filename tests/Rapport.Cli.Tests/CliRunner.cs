using System.Diagnostics;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// Runs the CLI in-process with captured streams, a fixed clock and an empty environment; or, for
/// the transcripts when <c>RAPPORT_EXE</c> names a built <c>rapport</c> (<see cref="RapportExe"/>),
/// as that process, so both builds are held to the same output byte for byte.
/// </summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>Runs <paramref name="executable"/> as a process (see <see cref="RapportExe.StartInfo"/>); standard input empty when there is none.</summary>
    public static Result RunProcess(string executable, string workingDirectory, DateOnly today, string? input, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Process.Start(RapportExe.StartInfo(executable, workingDirectory, today, environment, args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input ?? "");
        process.StandardInput.Close();
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }

    public static Result Run(string workingDirectory, DateOnly today, string? input, params string[] args) =>
        Run(workingDirectory, today, input, new Dictionary<string, string>(), args);

    public static Result Run(string workingDirectory, DateOnly today, string? input, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(PhysicalFileSystem.Instance, workingDirectory, today, input, environment, args);

    /// <summary>
    /// Runs a command as if at a terminal: standard output and input are a terminal, and
    /// <paramref name="typed"/> is what the person types (answers to a prompt).
    /// </summary>
    public static Result RunInTerminal(string workingDirectory, DateOnly today, string typed, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(PhysicalFileSystem.Instance, workingDirectory, today, typed, environment, args, terminal: true);

    public static Result Run(IFileSystem files, string workingDirectory, DateOnly today, string? input, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        Run(files, workingDirectory, today, input, environment, args, terminal: false);

    private static Result Run(IFileSystem files, string workingDirectory, DateOnly today, string? input, IReadOnlyDictionary<string, string> environment, string[] args, bool terminal)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var context = new CommandContext
        {
            Output = output,
            Error = error,
            Input = new StringReader(input ?? ""),
            Environment = name => environment.GetValueOrDefault(name),
            WorkingDirectory = workingDirectory,
            Time = new FixedTime(today),
            Files = files,
            IsTerminal = terminal,
            IsInputRedirected = !terminal && input is not null,
        };
        int code = RapportCli.Run(args, context);
        return new Result(code, output.ToString(), error.ToString());
    }
}
