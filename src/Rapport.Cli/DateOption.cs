using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Text;

namespace Rapport.Cli;

/// <summary>
/// A command's <c>--date</c> and the <c>--force</c> that goes with it: read as YYYY-MM-DD, defaulting
/// to today, and refused when more than 30 days ahead unless forced (<see cref="MeetingDate"/>), the
/// same way in every command.
/// </summary>
public sealed class DateOption
{
    public DateOption(string description)
    {
        Date = new Option<string?>("--date") { Description = description, HelpName = "YYYY-MM-DD" };
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
            ? MeetingDate.Check(DateArgument.Parse(text, "--date", context.Today), context.Today, result.GetValue(Force))
            : null;

    /// <summary>The date given, checked, else today.</summary>
    public DateOnly Read(ParseResult result, CommandContext context) => Given(result, context) ?? context.Today;
}
