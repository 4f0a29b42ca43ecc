using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;
using Rapport.Core.Text;

namespace Rapport.Cli;

/// <summary>
/// A command line the parser refused, said in one line as every other error is (docs/errors.md): what was wrong in the
/// user's words (an unknown option or command with the one it is a slip away from, the argument missing, the value a
/// number or a choice must be), never the parser's type names or a list over several lines, and where help is.
/// </summary>
public static partial class UsageError
{
    /// <summary>The one line for a parse that failed (without <c>error: </c>).</summary>
    public static string Describe(ParseResult result, IEnumerable<string> commandNames)
    {
        string path = string.Join(' ', CommandPath(result.CommandResult));
        string shown = path.Length == 0 ? "rapport" : $"rapport {path}";
        return $"{What(result, shown, commandNames)}; see '{shown} --help'";
    }

    private static string What(ParseResult result, string shown, IEnumerable<string> commandNames)
    {
        if (result.UnmatchedTokens.FirstOrDefault() is { } token)
        {
            var current = result.CommandResult.Command;
            if (token.StartsWith('-') && token.Length > 1)
                return $"unknown option '{token}' for '{shown}'{Suggest(token, OptionNames(result.CommandResult))}";
            if (current is RootCommand || current.Subcommands.Count > 0 && current.Arguments.Count == 0)
                return $"unknown command '{token}'{Suggest(token, current is RootCommand ? commandNames : current.Subcommands.Select(c => c.Name))}";
            return $"unexpected argument '{token}' for '{shown}': put quotes around a name or text with spaces";
        }
        var error = result.Errors[0];
        // A value that is not what the option or argument takes: said with its name and what it takes.
        (string Name, IReadOnlyList<Token> Tokens, Type Type)? given = error.SymbolResult switch
        {
            ArgumentResult { Parent: OptionResult owner } a => (owner.Option.Name, a.Tokens, a.Argument.ValueType),
            ArgumentResult a => (a.Argument.Name, a.Tokens, a.Argument.ValueType),
            OptionResult o => (o.Option.Name, o.Tokens, o.Option.ValueType),
            _ => null,
        };
        if (given is { Tokens.Count: > 0 } value)
        {
            string typed = value.Tokens[^1].Value;
            if (MustBeOneOf().Match(error.Message) is { Success: true } choices)
                return $"{value.Name} is {Or(Quoted().Matches(choices.Groups[1].Value).Select(m => m.Groups[1].Value))}, not '{typed}'";
            if (value.Type == typeof(int) || value.Type == typeof(int?))
                return $"{value.Name} takes a whole number, not '{typed}'";
            return $"'{typed}' is not a valid {value.Name}";
        }
        if (error.SymbolResult is OptionResult option)
            return option.IdentifierToken is null ? $"'{shown}' needs {option.Option.Name}" : $"{option.Option.Name} needs a value";
        var command = (error.SymbolResult as CommandResult) ?? (error.SymbolResult?.Parent as CommandResult) ?? result.CommandResult;
        if (command.Command.Subcommands.Count > 0 && command.Command.Arguments.Count == 0)
            return $"'{shown}' needs a command: {Or(command.Command.Subcommands.Select(c => c.Name))}";
        var absent = command.Command.Arguments
            .Where(a => a.Arity.MinimumNumberOfValues > 0 && command.GetResult(a) is not { Tokens.Count: > 0 }).Select(a => a.Name).ToList();
        if (absent.Count > 0) return $"'{shown}' needs {And(absent)}";
        return error.Message.TrimEnd('.');
    }

    /// <summary>"; did you mean --json?" when one name is a slip of the keyboard away (or the typed text starts it), else "".</summary>
    private static string Suggest(string typed, IEnumerable<string> names)
    {
        string bare = typed.TrimStart('-').ToLowerInvariant();
        var near = names.Distinct(StringComparer.Ordinal)
            .Where(n => n.TrimStart('-') is var candidate && candidate.Length > 0
                && (bare.Length >= 2 && candidate.StartsWith(bare, StringComparison.Ordinal) || EditDistance.Of(candidate, bare) <= (bare.Length >= 5 ? 2 : 1)))
            .Take(3).ToList();
        return near.Count == 0 ? "" : $"; did you mean {Or(near)}?";
    }

    private static IEnumerable<string> OptionNames(CommandResult command)
    {
        for (SymbolResult? r = command; r is CommandResult c; r = c.Parent)
            foreach (var option in c.Command.Options)
                if (r == command || option.Recursive) yield return option.Name;
    }

    private static IEnumerable<string> CommandPath(CommandResult? result)
    {
        var names = new List<string>();
        for (var r = result; r is not null; r = r.Parent as CommandResult)
            if (r.Command is not RootCommand && r.Parent is not null) names.Insert(0, r.Command.Name);
        return names;
    }

    private static string Or(IEnumerable<string> items) => Join(items.ToList(), "or");

    private static string And(IEnumerable<string> items) => Join(items.ToList(), "and");

    private static string Join(List<string> items, string last) =>
        items.Count <= 1 ? string.Concat(items) : $"{string.Join(", ", items[..^1])} {last} {items[^1]}";

    [GeneratedRegex(@"Must be one of:(.*)$", RegexOptions.Singleline)]
    private static partial Regex MustBeOneOf();

    [GeneratedRegex(@"'([^']*)'")]
    private static partial Regex Quoted();
}
