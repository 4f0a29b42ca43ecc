using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport review PERSON|me --period P</c>: the performance-review packet, written to <c>Career/reviews/</c>.</summary>
public static class ReviewCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var who = new Argument<string>("PERSON") { Description = "A relationship, or 'me' for my own packet across all of them" };
        var period = new Option<string?>("--period") { Description = "2025-Q4, 2025-H2 or 2025", HelpName = "PERIOD" };
        var from = new Option<string?>("--from") { Description = "Start date, with --to", HelpName = "DATE" };
        var to = new Option<string?>("--to") { Description = "End date, with --from", HelpName = "DATE" };
        var output = new Option<string?>("--out") { Description = "Where to write it, relative to the current folder (default: Career/reviews/<who>-<period>.md in the vault); '-' prints it", HelpName = "FILE" };
        var llm = LlmAccess.Option("adds a drafted summary; the packet's lines are sent");
        var command = new Command("review", "Compile a performance-review packet from the 1:1s, every line with its source") { who, period, from, to, output, llm };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var span = Span(result.GetValue(period), result.GetValue(from), result.GetValue(to), (text, what, edge) => global.ReadDate(result, context, text, what, edge));
            var vault = global.OpenVault(result, context);
            string name = result.GetValue(who)!;
            bool me = name.Trim().Equals("me", StringComparison.OrdinalIgnoreCase);
            var relationship = me ? null : vault.People.Resolve(name);
            var packet = me ? ReviewPacket.ForMe(vault, vault.People.All, span) : ReviewPacket.For(vault, relationship!, span);
            if (result.GetValue(llm))
            {
                var assistant = LlmAccess.Assistant(context, vault);
                if (assistant.SummarizeAsync(packet, context.Today).GetAwaiter().GetResult() is { } summary) packet.Summary = (summary, assistant.Model.Name);
            }
            string markdown = packet.ToMarkdown(context.Today);

            string? chosen = result.GetValue(output);
            if (chosen == "-")
            {
                context.Output.Write(markdown);
                return 0;
            }
            string full = chosen is not null
                ? context.ResolvePath(chosen)
                : vault.Resolve(Path.Combine(ReviewsFolder(vault), $"{(me ? "me" : relationship!.Slug)}-{FileName(span)}.md"));
            string shown = chosen ?? vault.Display(full);
            OutputFile.Write(context.Files, full, shown, TextCodec.Encode(new SourceText(markdown)), createFolder: chosen is null, vault);
            context.Output.WriteLine($"wrote {shown}: {packet.Highlights.Count} highlights, {packet.Goals.Count} goal notes, " +
                $"{packet.FeedbackReceived.Count + packet.FeedbackGiven.Count} feedback, {packet.Completed.Count} completed actions, {packet.Meetings.Count} 1:1s");
            return 0;
        }));
        return command;
    }

    private static string ReviewsFolder(Core.Vaults.Vault vault) =>
        Path.Combine(Path.GetDirectoryName(vault.Config.RelationshipsFolder) ?? "", "reviews");

    private static string FileName(Period period) => period.Name.Replace("..", "-to-", StringComparison.Ordinal);

    private static Period Span(string? period, string? from, string? to, Func<string, string, DateArgument.Edge, DateOnly> read)
    {
        if (period is not null)
        {
            if (from is not null || to is not null) throw new RapportException(ErrorCode.Usage, "use --period or --from/--to, not both");
            return Period.Parse(period);
        }
        if (from is null || to is null) throw new RapportException(ErrorCode.Usage, "say which period: --period 2025-Q4 (or 2025-H2, 2025), or --from and --to");
        return Period.Between(read(from, "--from", DateArgument.Edge.Start), read(to, "--to", DateArgument.Edge.End));
    }
}
