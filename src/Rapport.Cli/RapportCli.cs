using System.CommandLine;
using Rapport.Cli.Commands;
using Rapport.Core;

namespace Rapport.Cli;

/// <summary>Builds the command tree and runs it, turning <see cref="RapportException"/> into a one-line error and exit code.</summary>
public static class RapportCli
{
    public static int Run(string[] args, CommandContext context)
    {
        var global = new GlobalOptions();
        var root = new RootCommand("Rapport: a local-first companion for 1:1 meetings. Your notes stay plain Markdown files.");
        root.Options.Add(global.Vault);
        root.Options.Add(global.Today);
        foreach (var command in Commands(context, global)) root.Subcommands.Add(command);
        MarkOptionalArguments(root);

        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors) context.Error.WriteLine($"error: {error.Message}");
            context.Error.WriteLine($"see 'rapport {string.Join(' ', CommandPath(result))} --help'".Replace("  ", " "));
            return (int)ErrorCode.Usage;
        }
        try
        {
            global.ApplyToday(result, context);
        }
        catch (RapportException ex)
        {
            return Report(context, ex);
        }
        return result.Invoke(new InvocationConfiguration
        {
            Output = context.Output,
            Error = context.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    private static IEnumerable<Command> Commands(CommandContext context, GlobalOptions global) =>
    [
        InitCommand.Create(context, global),
        AddCommand.Create(context, global),
        ListCommand.Create(context, global),
        ShowCommand.Create(context, global),
        CheckCommand.Create(context, global),
        ExtractCommand.Create(context, global),
        ProcessCommand.Create(context, global),
        PrepCommand.Create(context, global),
        TopicCommand.Create(context, global),
        ActionsCommand.Create(context, global),
        ActionsCommand.Done(context, global),
        ActionsCommand.Action(context, global),
        TrackCommands.Win(context, global),
        TrackCommands.Feedback(context, global),
        TrackCommands.Goal(context, global),
        TrackCommands.Score(context, global),
        TrackCommands.Mood(context, global),
        StatusCommand.Create(context, global),
        ReviewCommand.Create(context, global),
        ArchiveCommand.Create(context, global),
        SearchCommand.Index(context, global),
        SearchCommand.Search(context, global),
        CalendarCommand.Create(context, global),
        ServeCommand.Create(context, global),
        WatchCommand.Create(context, global),
        ShareCommand.Create(context, global),
        LlmCommand.Create(context, global),
    ];

    /// <summary>
    /// Help lists arguments as <c>&lt;DIR&gt;</c> whether or not they are required; an argument that may be
    /// left out says so at the start of its description, as its usage line does with brackets.
    /// </summary>
    private static void MarkOptionalArguments(Command command)
    {
        foreach (var argument in command.Arguments)
            if (argument.Arity.MinimumNumberOfValues == 0 && argument.Description is { } text && !text.StartsWith(Optional, StringComparison.Ordinal))
                argument.Description = Optional + text;
        foreach (var sub in command.Subcommands) MarkOptionalArguments(sub);
    }

    private const string Optional = "(optional) ";

    private static IEnumerable<string> CommandPath(ParseResult result)
    {
        var names = new List<string>();
        for (var r = result.CommandResult; r is not null; r = r.Parent as System.CommandLine.Parsing.CommandResult)
            if (r.Command is not RootCommand) names.Insert(0, r.Command.Name);
        return names;
    }

    /// <summary>Wraps a command body so user errors print as <c>error: file:line: message</c> and return their exit code.</summary>
    public static Func<ParseResult, int> Guard(CommandContext context, Func<ParseResult, int> body) => result =>
    {
        try
        {
            return body(result);
        }
        catch (RapportException ex)
        {
            return Report(context, ex);
        }
        catch (Exception ex) when (IoFailure.IsIo(ex))
        {
            // A read or write no closer code named a file for: still one plain line and exit 7, never a stack trace.
            return Report(context, IoFailure.Unnamed(ex));
        }
    };

    private static int Report(CommandContext context, RapportException ex)
    {
        context.Error.WriteLine($"error: {ex.ToDisplayString()}");
        return (int)ex.Code;
    }
}
