using Rapport.Core.Vaults;
using Spectre.Console;

namespace Rapport.Cli;

/// <summary>
/// Everything a command touches outside itself: streams, environment, clock, files. Tests build
/// one over string writers and an in-memory or temporary vault.
/// </summary>
public sealed class CommandContext
{
    public required TextWriter Output { get; init; }

    public required TextWriter Error { get; init; }

    public required TextReader Input { get; init; }

    public required Func<string, string?> Environment { get; init; }

    public required string WorkingDirectory { get; init; }

    /// <summary>The clock; <c>--today</c> or <c>RAPPORT_TODAY</c> pins it to one day (see <see cref="PinToday"/>).</summary>
    public required TimeProvider Time { get => _time; init => _time = value; }

    private TimeProvider _time = TimeProvider.System;

    /// <summary>Makes every command take <paramref name="day"/> as today, in the clock's own time zone.</summary>
    public void PinToday(DateOnly day) => _time = new Core.PinnedDay(day, _time.LocalTimeZone);

    public required IFileSystem Files { get; init; }

    /// <summary>Whether standard output is a terminal (colours, widths, progress bars).</summary>
    public bool IsTerminal { get; init; }

    public bool IsInputRedirected { get; init; } = true;

    /// <summary>A person at a terminal, on both ends: standard input and output are a terminal, so a command may ask (process's plan).</summary>
    public bool IsInteractive => IsTerminal && !IsInputRedirected;

    /// <summary>The terminal view of <see cref="Output"/>: colours off under NO_COLOR or when not a terminal.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole();

    private IAnsiConsole? _console;

    /// <summary>
    /// A path the user gave as an option or argument (<c>--out</c>, <c>--file</c>, an .ics file): relative to
    /// the current folder, as in every other command-line tool. Only links inside documents are vault-relative.
    /// </summary>
    public string ResolvePath(string path)
    {
        if (path.Contains('\0')) throw new Core.RapportException(Core.ErrorCode.UnsafePath, "path contains a NUL character");
        return Path.GetFullPath(path, WorkingDirectory);
    }

    public DateOnly Today => DateOnly.FromDateTime(Time.GetLocalNow().DateTime);

    public static CommandContext FromProcess() => new()
    {
        Output = StandardOutput(),
        Error = System.Console.Error,
        // Standard input is opened when a command first reads it: Console.In sets up the terminal (terminfo, signal handling) on first use.
        Input = new DeferredReader(() => System.Console.In),
        Environment = System.Environment.GetEnvironmentVariable,
        WorkingDirectory = Directory.GetCurrentDirectory(),
        Time = TimeProvider.System,
        Files = PhysicalFileSystem.Instance,
        IsTerminal = !System.Console.IsOutputRedirected,
        IsInputRedirected = System.Console.IsInputRedirected,
    };

    /// <summary>
    /// Standard output. On a terminal, <see cref="System.Console.Out"/> (Spectre.Console recognises it and reads the
    /// window's width). Redirected, the same stream and encoding with a 16 KB buffer instead of 256 bytes: still flushed
    /// at the end of every write, so output and errors interleave as before, but the 160 KB table of <c>rapport status</c>
    /// on 2,000 relationships leaves in ten <c>write</c> calls, not 900.
    /// </summary>
    private static TextWriter StandardOutput() =>
        System.Console.IsOutputRedirected
            ? TextWriter.Synchronized(new StreamWriter(System.Console.OpenStandardOutput(), System.Console.Out.Encoding, 16 * 1024) { AutoFlush = true })
            : System.Console.Out;

    private IAnsiConsole CreateConsole()
    {
        bool color = IsTerminal && string.IsNullOrEmpty(Environment("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(Output),
            Ansi = color ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        // Spectre.Console reads Unicode support from the encoding's display name, which this build's
        // UseSystemResourceKeys turns into a resource key: the code page says it (UTF-8, -16, -32).
        console.Profile.Capabilities.Unicode = Output.Encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001;
        // Not a terminal: COLUMNS when set (as shells export it), else 120.
        if (!IsTerminal) console.Profile.Width = int.TryParse(Environment("COLUMNS"), out int columns) && columns is >= 20 and <= 1000 ? columns : 120;
        return console;
    }
}

/// <summary>A reader that opens its source on first use, so a command that never reads standard input never sets it up.</summary>
internal sealed class DeferredReader(Func<TextReader> open) : TextReader
{
    private TextReader Source => _source ??= open();

    private TextReader? _source;

    public override int Peek() => Source.Peek();

    public override int Read() => Source.Read();

    public override int Read(char[] buffer, int index, int count) => Source.Read(buffer, index, count);

    public override int Read(Span<char> buffer) => Source.Read(buffer);

    public override string? ReadLine() => Source.ReadLine();

    public override string ReadToEnd() => Source.ReadToEnd();
}
