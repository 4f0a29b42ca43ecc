using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport check [PATH…]</c>: reads every Markdown file and proves the round trip is byte-identical.</summary>
public static class CheckCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to check (default: the vault)", Arity = ArgumentArity.ZeroOrMore };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("check", "Check Markdown files: report problems as file:line and verify nothing changes on a round trip") { paths, json };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var given = result.GetValue(paths) ?? [];
            var roots = given.Length > 0
                ? given.Select(context.ResolvePath).ToList()
                : [global.OpenVault(result, context).Root];
            var store = new DocumentStore(context.Files, Shown);
            var results = MarkdownFiles.Under(roots, context.Files).Select(f => DocumentCheck.Check(store, f, Shown(f))).ToList();
            var problems = results.ToDictionary(r => r, r => r.Problems.ToList());
            foreach (var (r, problem) in DocumentCheck.DuplicatePeople(results)) problems[r].Add(problem);

            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Output, new CheckJson(results.Select(r =>
                    new CheckFileJson(r.Path, r.Readable, r.RoundTrip, problems[r].Select(p => new ProblemJson(p.Line, p.Message)).ToList())).ToList()));
            }
            else
            {
                foreach (var r in results)
                    foreach (var p in problems[r]) context.Output.WriteLine(Location.Format(r.Path, p.Line == 0 ? null : p.Line, p.Message));
                int readable = results.Count(r => r.Readable), unchanged = results.Count(r => r.RoundTrip), count = problems.Values.Sum(p => p.Count);
                context.Output.WriteLine(
                    $"checked {results.Count} file{(results.Count == 1 ? "" : "s")}: {readable} readable, {unchanged} unchanged by a round trip, {count} problem{(count == 1 ? "" : "s")}");
            }
            return problems.Values.Any(p => p.Count > 0) || results.Any(r => !r.RoundTrip) ? (int)ErrorCode.Failed : 0;
        }));
        return command;

        string Shown(string full)
        {
            string relative = Path.GetRelativePath(context.WorkingDirectory, full);
            return Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
        }
    }
}
