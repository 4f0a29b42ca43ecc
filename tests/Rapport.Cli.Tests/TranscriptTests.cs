using System.Text;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// Transcript tests in the manner of zk's <c>.tesh</c> files. Each file under <c>Transcripts/</c> runs
/// against a fresh copy of a vault:
/// <code>
/// @vault example            (example | empty | none | fixture NAME)
/// @today 2026-01-20
/// $ rapport list            a command, run from the vault root
/// &lt; stdin line            standard input for it
/// @terminal                 standard input is a terminal (not run against RAPPORT_EXE: a process
///                           whose output is captured cannot also have a terminal for its input)
/// expected stdout line
/// ! expected stderr line
/// ? 4                       expected exit code (default 0)
/// </code>
/// Trailing spaces and trailing blank lines are ignored; <c>{vault}</c> stands for the vault's path
/// and <c>{fixtures}</c> for tests/Fixtures. With <c>RAPPORT_EXE</c> set, each command runs that
/// executable (the Native AOT build in scripts/test) instead of the CLI in-process.
/// </summary>
public sealed class TranscriptTests
{
    public static TheoryData<string> Transcripts()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "tests", "Rapport.Cli.Tests", "Transcripts"), "*.t").Order())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Transcripts))]
    public void Should_match_the_transcript(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Rapport.Cli.Tests", "Transcripts", name));
        string vaultKind = "example";
        var today = new DateOnly(2026, 1, 20);
        int i = 0;
        for (; i < lines.Length && (lines[i].StartsWith('@') || lines[i].StartsWith('#') || lines[i].Length == 0); i++)
        {
            if (lines[i].StartsWith("@vault ", StringComparison.Ordinal)) vaultKind = lines[i][7..].Trim();
            if (lines[i].StartsWith("@today ", StringComparison.Ordinal)) today = DateOnly.Parse(lines[i][7..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }

        using var vault = vaultKind switch
        {
            "example" => TempDirectory.CopyFrom(RepoPaths.ExampleVault),
            "empty" or "none" => new TempDirectory(),
            _ when vaultKind.StartsWith("fixture ", StringComparison.Ordinal) => TempDirectory.CopyFrom(RepoPaths.Fixture(vaultKind[8..].Trim())),
            _ => throw new InvalidOperationException($"unknown @vault {vaultKind}"),
        };
        if (vaultKind == "empty") Directory.CreateDirectory(vault.File(".rapport"));

        var failures = new StringBuilder();
        var recorded = new StringBuilder(string.Join('\n', lines.Take(i)).TrimEnd('\n') + "\n");
        while (i < lines.Length)
        {
            if (!lines[i].StartsWith("$ rapport", StringComparison.Ordinal))
                throw new InvalidOperationException($"{name}:{i + 1}: expected '$ rapport …', found '{lines[i]}'");
            string commandLine = lines[i++][2..].Replace("{vault}", vault.Path, StringComparison.Ordinal).Replace("{fixtures}", RepoPaths.Fixtures, StringComparison.Ordinal);
            var input = new StringBuilder();
            var stdout = new List<string>();
            var stderr = new List<string>();
            int expectedCode = 0;
            bool hasInput = false, terminal = false;
            for (; i < lines.Length && !lines[i].StartsWith("$ rapport", StringComparison.Ordinal); i++)
            {
                string line = lines[i].Replace("{vault}", vault.Path, StringComparison.Ordinal);
                if (line == "@terminal") terminal = true;
                else if (line.StartsWith("< ", StringComparison.Ordinal) || line == "<") { input.Append(line.Length > 2 ? line[2..] : "").Append('\n'); hasInput = true; }
                else if (line.StartsWith("! ", StringComparison.Ordinal) || line == "!") stderr.Add(line.Length > 2 ? line[2..] : "");
                else if (line.StartsWith("? ", StringComparison.Ordinal)) expectedCode = int.Parse(line[2..], System.Globalization.CultureInfo.InvariantCulture);
                else stdout.Add(line);
            }

            var args = SplitArgs(commandLine).Skip(1).ToArray();
            if (terminal && RapportExe.Path is not null) continue;
            var result = RapportExe.Path is { } exe
                ? CliRunner.RunProcess(exe, vault.Path, today, hasInput ? input.ToString() : null, new Dictionary<string, string>(), args)
                : CliRunner.Run(vault.Path, today, hasInput ? input.ToString() : null, args);
            result = result with
            {
                Output = result.Output.Replace(RepoPaths.Fixtures, "{fixtures}", StringComparison.Ordinal),
                Error = result.Error.Replace(RepoPaths.Fixtures, "{fixtures}", StringComparison.Ordinal),
            };
            Record(recorded, commandLine.Replace(vault.Path, "{vault}", StringComparison.Ordinal).Replace(RepoPaths.Fixtures, "{fixtures}", StringComparison.Ordinal), terminal, input.ToString(), result, vault.Path);
            Compare(failures, commandLine, "stdout", stdout, result.Output);
            Compare(failures, commandLine, "stderr", stderr, result.Error);
            if (result.ExitCode != expectedCode) failures.AppendLine($"$ {commandLine}\n  exit code {result.ExitCode}, expected {expectedCode}\n  stderr: {result.Error}");
        }
        if (Environment.GetEnvironmentVariable("RAPPORT_TRANSCRIPT_UPDATE") == "1")
        {
            File.WriteAllText(Path.Combine(RepoPaths.Root, "tests", "Rapport.Cli.Tests", "Transcripts", name), recorded.ToString().TrimEnd('\n') + "\n");
            return;
        }
        failures.ToString().ShouldBeEmpty();
    }

    /// <summary>Update mode: writes what the commands actually printed back into the transcript, for review in the diff.</summary>
    private static void Record(StringBuilder recorded, string commandLine, bool terminal, string input, CliRunner.Result result, string vaultPath)
    {
        recorded.Append('\n').Append(commandLine.StartsWith("rapport", StringComparison.Ordinal) ? "$ " : "").Append(commandLine).Append('\n');
        if (terminal) recorded.Append("@terminal\n");
        foreach (var line in input.Split('\n').SkipLast(1)) recorded.Append(line.Length > 0 ? "< " + line : "<").Append('\n');
        string Clean(string text) => Normalise(text.Replace(vaultPath, "{vault}", StringComparison.Ordinal));
        if (Clean(result.Output) is { Length: > 0 } output) recorded.Append(output).Append('\n');
        if (Clean(result.Error) is { Length: > 0 } error)
            foreach (var line in error.Split('\n')) recorded.Append(line.Length > 0 ? "! " + line : "!").Append('\n');
        if (result.ExitCode != 0) recorded.Append("? ").Append(result.ExitCode).Append('\n');
    }

    private static void Compare(StringBuilder failures, string command, string stream, List<string> expected, string actual)
    {
        string want = Normalise(string.Join('\n', expected));
        string got = Normalise(actual);
        if (want != got) failures.AppendLine($"$ {command}\n--- expected {stream}\n{want}\n--- actual {stream}\n{got}\n");
    }

    private static string Normalise(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd())).Trim('\n');

    /// <summary>Splits like a POSIX shell for the cases transcripts use: spaces, double and single quotes.</summary>
    public static IEnumerable<string> SplitArgs(string line)
    {
        var current = new StringBuilder();
        bool inArg = false;
        char quote = '\0';
        foreach (char c in line)
        {
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                else current.Append(c);
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                inArg = true;
            }
            else if (c == ' ')
            {
                if (inArg) yield return current.ToString();
                current.Clear();
                inArg = false;
            }
            else
            {
                current.Append(c);
                inArg = true;
            }
        }
        if (inArg) yield return current.ToString();
    }
}
