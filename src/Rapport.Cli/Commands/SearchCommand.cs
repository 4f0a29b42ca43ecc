using System.CommandLine;
using System.Diagnostics;
using System.Text;
using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using Rapport.Index;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport index</c> brings the SQLite index in step; <c>rapport search</c> queries it.</summary>
public static class SearchCommand
{
    public static Command Index(CommandContext context, GlobalOptions global)
    {
        var force = new Option<bool>("--force") { Description = "Re-read every file, not only those that changed" };
        var command = new Command("index", "Bring the search index (.rapport/index.db) in step with the files") { force };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            using var index = IndexAccess.Open(context, vault);
            var clock = Stopwatch.StartNew();
            if (!result.GetValue(force) && IndexAccess.KeptCurrent(index, vault, relationshipsOnly: false))
            {
                int files = index.FileCount();
                context.Output.WriteLine($"{new SyncResult(0, 0, 0, files)} · {files} files in {clock.Elapsed.TotalMilliseconds:0} ms (kept current by a running watcher)");
                return 0;
            }
            var progress = new Progress();
            var sync = Task.Run(() => index.Sync(result.GetValue(force), progress));
            // A progress bar only when it takes long enough to want one, and only on a terminal.
            if (!sync.Wait(TimeSpan.FromSeconds(1)) && context.IsTerminal)
            {
                context.Console.Progress().Start(display =>
                {
                    var task = display.AddTask("indexing");
                    while (!sync.Wait(100)) (task.MaxValue, task.Value) = (Math.Max(1, progress.Total), progress.Done);
                    task.Value = task.MaxValue;
                });
            }
            var done = sync.GetAwaiter().GetResult();
            context.Output.WriteLine($"{done} · {done.Files} files in {clock.Elapsed.TotalMilliseconds:0} ms{(index.InMemory ? " (in memory)" : "")}");
            return 0;
        }));
        return command;
    }

    public static Command Search(CommandContext context, GlobalOptions global)
    {
        var text = new Argument<string>("QUERY") { Description = "Words as you would type them (follow-up, 1:1, INFRA-2231); \"a phrase\", prefix*, OR, NOT when used" };
        var raw = new Option<bool>("--raw") { Description = "Take the query as SQLite FTS5 syntax, exactly as written" };
        var person = new Option<string?>("--person") { Description = "Only this relationship", HelpName = "NAME" };
        var since = new Option<string?>("--since") { Description = "Only entries dated on or after", HelpName = "DATE" };
        var until = new Option<string?>("--until") { Description = "Only entries dated on or before", HelpName = "DATE" };
        var scope = new Option<string>("--in") { Description = "actions, threads, notes or history (default: everything)", DefaultValueFactory = _ => "all", HelpName = "WHERE" };
        scope.AcceptOnlyFromAmong("all", "actions", "threads", "notes", "history");
        var limit = new Option<int>("--limit") { Description = "At most this many results", DefaultValueFactory = _ => 20, HelpName = "N" };
        var json = new Option<bool>("--json") { Description = "Print JSON" };
        var command = new Command("search", "Search every document, archive and note, best matches first") { text, person, since, until, scope, limit, raw, json };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            DateOnly? from = result.GetValue(since) is { } s ? global.ReadDate(result, context, s, "--since") : null;
            DateOnly? to = result.GetValue(until) is { } u ? global.ReadDate(result, context, u, "--until", DateArgument.Edge.End) : null;
            // A span that ends before it starts is a slip in one of the two, not a search that finds nothing.
            if (from is { } first && to is { } last && last < first)
                throw new RapportException(ErrorCode.Usage, $"--until {IsoDate.Format(last)} is before --since {IsoDate.Format(first)}");
            if (result.GetValue(limit) is < 1 or > 1000) throw new RapportException(ErrorCode.Usage, "--limit is 1 to 1000");
            var vault = global.OpenVault(result, context);
            using var index = IndexAccess.OpenSynced(context, vault);
            string? slug = result.GetValue(person) is { } name ? vault.People.Resolve(name, index).Slug : null;
            var hits = index.Search(new SearchQuery(result.GetValue(text)!, slug, from, to,
                Enum.Parse<SearchScope>(result.GetValue(scope)!, ignoreCase: true), result.GetValue(limit), result.GetValue(raw)));

            if (result.GetValue(json))
            {
                JsonOutput.Write(context.Output, hits.Select(h => new SearchHitJson(
                    h.Person, h.Slug, h.Date, h.Kind, h.Topic, h.Path, h.Line, h.SnippetWith("**", "**"), Math.Round(h.Rank, 4))).ToList());
                return 0;
            }
            if (hits.Count == 0)
            {
                context.Console.WriteLine("No matches.");
                return 0;
            }
            foreach (var h in hits)
            {
                string where = $"{h.Path}:{h.Line}";
                context.Console.MarkupLine($"[bold]{Markup.Escape(h.Heading)}[/]  [dim]{Markup.Escape(where)}[/]");
                // Matched words in bold yellow (plain text where colours are off).
                context.Console.MarkupLine($"  {h.SnippetWith("[bold yellow]", "[/]", Markup.Escape)}");
            }
            context.Console.MarkupLine($"[dim]{hits.Count} result{(hits.Count == 1 ? "" : "s")}[/]");
            return 0;
        }));
        return command;
    }

    /// <summary>Progress of a sync, read by the progress bar.</summary>
    private sealed class Progress : IProgress<(int Done, int Total)>
    {
        public int Done { get; private set; }

        public int Total { get; private set; }

        public void Report((int Done, int Total) value)
        {
            (Done, Total) = value;
        }
    }
}
