using System.CommandLine;
using Rapport.Cli.Commands;
using Rapport.Core;

namespace Rapport.Cli;

/// <summary>Builds the command tree and runs it, turning <see cref="RapportException"/> into a one-line error and exit code.</summary>
public static class RapportCli
{
    public static int Run(string[] args, CommandContext context)
    {
        // "rapport help" and "rapport help show" are what people try before --help.
        if (args is ["help", .. var rest]) args = [.. rest, "--help"];
        var (result, global) = ParseOne(args, context) ?? ParseAll(args, context);
        if (result.Errors.Count > 0)
        {
            context.Error.WriteLine($"error: {UsageError.Describe(result, Commands.Select(c => c.Name))}");
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

    private const string Description = "Rapport: a local-first companion for 1:1 meetings. Your notes stay plain Markdown files.";

    /// <summary>The whole tree: the root (with help, version and directives) and every command.</summary>
    private static (ParseResult, GlobalOptions) ParseAll(string[] args, CommandContext context)
    {
        var global = new GlobalOptions();
        var root = new RootCommand(Description);
        root.Options.Add(global.Vault);
        root.Options.Add(global.Today);
        foreach (var (_, create) in Commands) root.Subcommands.Add(create(context, global));
        MarkOptionalArguments(root);
        return (root.Parse(args, Parsing), global);
    }

    /// <summary>
    /// Start-up in proportion to the command (docs/performance.md, "Only the command that runs"): when an
    /// argument names a command and none asks for help, the version or a directive, only
    /// that command is built, under a plain root with the global options. Building the root's help option
    /// looks up System.CommandLine's resources by reflection, and building all 26 commands costs as much
    /// again. Null, and the whole tree is parsed, when any argument could need more, or when this tree does
    /// not parse without errors: then the whole tree gives the same result, or the same errors, as always.
    /// </summary>
    private static (ParseResult, GlobalOptions)? ParseOne(string[] args, CommandContext context)
    {
        foreach (string arg in args)
            if (NeedsWholeTree(arg)) return null;
        foreach (string arg in args)
        {
            foreach (var (name, create) in Commands)
            {
                if (!string.Equals(arg, name, StringComparison.Ordinal)) continue;
                var global = new GlobalOptions();
                var root = new Command(RootCommand.ExecutableName, Description) { global.Vault, global.Today };
                root.Subcommands.Add(create(context, global));
                MarkOptionalArguments(root);
                var result = root.Parse(args, Parsing);
                return result.Errors.Count == 0 ? (result, global) : null;
            }
        }
        return null;
    }

    /// <summary>Help (the root's recursive option), <c>--version</c> or a <c>[directive]</c>: only the whole tree knows them.</summary>
    private static bool NeedsWholeTree(string arg) =>
        arg is "-h" or "--help" or "-?" or "/h" or "/?" or "--version" || arg.StartsWith('[');

    /// <summary>
    /// No response files: an argument starting with <c>@</c> is an argument, as people write names and owners in 1:1 notes
    /// (<c>rapport search @sam</c>, <c>rapport show @noah</c>), not the name of a file of more arguments.
    /// </summary>
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };

    /// <summary>Every top-level command by name, built only when asked for (a test checks each name is its command's).</summary>
    internal static readonly (string Name, Func<CommandContext, GlobalOptions, Command> Create)[] Commands =
    [
        ("init", InitCommand.Create),
        ("add", AddCommand.Create),
        ("list", ListCommand.Create),
        ("show", ShowCommand.Create),
        ("check", CheckCommand.Create),
        ("extract", ExtractCommand.Create),
        ("process", ProcessCommand.Create),
        ("prep", PrepCommand.Create),
        ("topic", TopicCommand.Create),
        ("actions", ActionsCommand.Create),
        ("done", ActionsCommand.Done),
        ("action", ActionsCommand.Action),
        ("win", TrackCommands.Win),
        ("feedback", TrackCommands.Feedback),
        ("goal", TrackCommands.Goal),
        ("score", TrackCommands.Score),
        ("mood", TrackCommands.Mood),
        ("status", StatusCommand.Create),
        ("review", ReviewCommand.Create),
        ("archive", ArchiveCommand.Create),
        ("index", SearchCommand.Index),
        ("search", SearchCommand.Search),
        ("calendar", CalendarCommand.Create),
        ("serve", ServeCommand.Create),
        ("watch", WatchCommand.Create),
        ("share", ShareCommand.Create),
        ("llm", LlmCommand.Create),
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
