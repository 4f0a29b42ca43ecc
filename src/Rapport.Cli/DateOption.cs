using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Text;

namespace Rapport.Cli;

/// <summary>
/// A command's <c>--date</c> and the <c>--force</c> that goes with it: read as docs/cli.md's dates as you type them, defaulting
/// to today, and refused when more than 30 days ahead unless forced (<see cref="MeetingDate"/>), the
/// same way in every command.
/// </summary>
public sealed class DateOption
{
    private readonly GlobalOptions _global;
    private readonly DateArgument.Lean _lean;

    /// <summary>A <c>--date</c> of what happened (<paramref name="lean"/> back), or of a meeting to come (ahead: <c>prep</c>).</summary>
    public DateOption(string description, GlobalOptions global, DateArgument.Lean lean = DateArgument.Lean.Back)
    {
        _global = global;
        _lean = lean;
        Date = new Option<string?>("--date") { Description = description, HelpName = "DATE" };
        Force = new Option<bool>("--force") { Description = $"Accept a --date more than {MeetingDate.MaxDaysAhead} days ahead" };
    }

    public Option<string?> Date { get; }

    public Option<bool> Force { get; }

    /// <summary>Adds both options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Date);
        command.Options.Add(Force);
    }

    /// <summary>The date given, checked; null when none was.</summary>
    public DateOnly? Given(ParseResult result, CommandContext context) =>
        result.GetValue(Date) is { } text
            ? MeetingDate.Check(_global.ReadDate(result, context, text, "--date", lean: _lean), context.Today, result.GetValue(Force))
            : null;

    /// <summary>The date given, checked, else today.</summary>
    public DateOnly Read(ParseResult result, CommandContext context) => Given(result, context) ?? context.Today;
}
