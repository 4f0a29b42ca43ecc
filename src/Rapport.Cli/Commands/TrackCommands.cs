using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;
using Rapport.Core.Vaults;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary>
/// The small recording commands: <c>win</c>, <c>feedback</c>, <c>goal</c>, <c>score</c> and
/// <c>mood</c>. Each edits one file through Core and says what it wrote.
/// </summary>
public static class TrackCommands
{
    public static Command Win(CommandContext context, GlobalOptions global)
    {
        var text = new Argument<string>("TEXT") { Description = "The accomplishment, with its figures" };
        var person = new Option<string?>("--person") { Description = "Whose 1:1 to share it in (default: my manager's and skip-level's)", HelpName = "NAME" };
        var date = new DateOption("When it happened (default: today)", global);
        var command = new Command("win", "Log an accomplishment to share; prep shows it at the next 1:1") { text, person };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            string win = result.GetValue(text)!;
            if (string.IsNullOrWhiteSpace(win)) throw new RapportException(ErrorCode.Usage, "the win is empty");
            var day = date.Read(result, context);
            var vault = global.OpenVault(result, context);
            string? who = result.GetValue(person) is { } name ? Person(vault.People.Resolve(name)) : null;
            bool added = WinsLog.Add(vault, win, day, who);
            string path = vault.Display(WinsLog.PathIn(vault));
            context.Output.WriteLine(added ? $"logged in {path}: {IsoDate.Format(day)}: {win}" : $"already in {path}");
            return 0;
        }));
        return command;
    }

    public static Command Feedback(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Who the feedback is for" };
        var kind = new Argument<string>("KIND") { Description = "high-five or watch-out" };
        kind.AcceptOnlyFromAmong(FeedbackQueue.HighFive, FeedbackQueue.WatchOut);
        var text = new Argument<string>("TEXT") { Description = "What you observed" };
        var skill = new Option<string?>("--skill") { Description = "The skill or way of working it is about", HelpName = "SKILL" };
        var path = new Option<string?>("--path") { Description = "For a Watch out: the path for adjustment", HelpName = "HOW" };
        var delivered = new Option<bool>("--delivered") { Description = "It was given already: record it, dated" };
        var date = new DateOption("With --delivered: when (default: today)", global);
        var command = new Command("feedback", "Queue High five / Watch out feedback for the next 1:1, or record it as given")
        {
            person, kind, text, skill, path, delivered,
        };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            string k = result.GetValue(kind)!;
            FeedbackQueue.Validate(k, result.GetValue(text)!, result.GetValue(path));
            var day = date.Read(result, context);
            return Edit(context, global, result, person, editor =>
            {
                FeedbackQueue.Add(editor, k, result.GetValue(text)!, result.GetValue(skill), result.GetValue(path), result.GetValue(delivered) ? day : null);
                return result.GetValue(delivered) ? "recorded as given" : "queued for the next 1:1";
            });
        }));
        return command;
    }

    /// <summary><c>rapport goal PERSON add|progress|done|list …</c>: the person comes first, as people say it.</summary>
    public static Command Goal(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose goals" };
        var verb = new Argument<string>("ACTION") { Description = "add TEXT, progress N NOTE, done N, or list" };
        verb.AcceptOnlyFromAmong("add", "progress", "done", "list");
        var rest = new Argument<string[]>("ARGS") { Description = "The goal's text; or its number, then the note", Arity = ArgumentArity.ZeroOrMore };
        var horizon = new Option<string?>("--horizon") { Description = "For add: short, medium or long", HelpName = "H" };
        var due = new Option<string?>("--due") { Description = "For add: the target date", HelpName = "DATE" };
        var date = new DateOption("For progress and done: the day (default: today)", global);
        var command = new Command("goal", "Goals in the document's ## Goals: add \"text\" --horizon H [--due D], progress N \"note\", done N, list")
        {
            person, verb, rest, horizon, due,
        };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            string[] args = result.GetValue(rest) ?? [];
            var day = date.Read(result, context);
            int Number(int count)
            {
                if (args.Length != count || !int.TryParse(args[0], out int n))
                    throw new RapportException(ErrorCode.Usage, $"say which goal by its number{(count > 1 ? ", then the note" : "")}: 'rapport goal PERSON list' numbers them");
                return n;
            }
            switch (result.GetValue(verb))
            {
                case "add":
                    if (args.Length != 1) throw new RapportException(ErrorCode.Usage, "give the goal as one quoted text");
                    if (result.GetValue(horizon) is not { } h) throw new RapportException(ErrorCode.Usage, "say its horizon: --horizon short, medium or long");
                    DateOnly? by = result.GetValue(due) is { } d ? global.ReadDate(result, context, d, "--due", lean: DateArgument.Lean.Ahead) : null;
                    return Edit(context, global, result, person, editor =>
                    {
                        Goals.Add(editor, h, args[0], by);
                        return "goal added";
                    });
                case "progress":
                    int which = Number(2);
                    return Edit(context, global, result, person, editor =>
                    {
                        var goal = Goals.Find(editor.Document, which);
                        Goals.AddProgress(editor, goal, args[1], day);
                        return $"progress noted on goal {goal.Number}";
                    });
                case "done":
                    int finished = Number(1);
                    return Edit(context, global, result, person, editor =>
                    {
                        var goal = Goals.Find(editor.Document, finished);
                        Goals.MarkDone(editor, goal, day);
                        return $"goal {goal.Number} done";
                    });
                default:
                    var vault = global.OpenVault(result, context);
                    var goals = Goals.Of(vault.People.Resolve(result.GetValue(person)!).Document);
                    if (goals.Count == 0) context.Console.WriteLine("No goals yet.");
                    foreach (var g in goals)
                    {
                        string state = g.Done ? $"[green]done{(g.Completed is { } c ? " " + IsoDate.Format(c) : "")}[/]" : g.Due is { } gd ? $"[dim]by {IsoDate.Format(gd)}[/]" : "";
                        context.Console.MarkupLine($"  {g.Number}. {Markup.Escape(g.Horizon.Length > 0 ? $"{g.Horizon}: " : "")}{Markup.Escape(g.Text)} {state}");
                        if (g.Progress.LastOrDefault() is { } last)
                            context.Console.MarkupLine($"     [dim]last progress {IsoDate.Format(last.Date!.Value)}: {Markup.Escape(last.Text)}[/]");
                    }
                    return 0;
            }
        }));
        return command;
    }

    public static Command Score(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose scorecard" };
        var skill = new Argument<string>("SKILL") { Description = "The skill, for example \"system design\"" };
        var value = new Argument<int>("SCORE") { Description = "1 to 5" };
        var note = new Option<string?>("--note") { Description = "Why this score", HelpName = "TEXT" };
        var date = new DateOption("Default: today", global);
        var command = new Command("score", "Record a self-reflection score (1-5) for a skill") { person, skill, value, note };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            Scores.Check(result.GetValue(value));
            var day = date.Read(result, context);
            return Edit(context, global, result, person, editor =>
            {
                Scores.AddSkill(editor, result.GetValue(skill)!, result.GetValue(value), result.GetValue(note), day);
                return "score recorded";
            });
        }));
        return command;
    }

    public static Command Mood(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose 1:1" };
        var value = new Argument<int>("MOOD") { Description = "1 to 5" };
        var note = new Option<string?>("--note") { Description = "A word on it", HelpName = "TEXT" };
        var date = new DateOption("The meeting date (default: today)", global);
        var command = new Command("mood", "Record the mood (1-5) of a 1:1") { person, value, note };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            Scores.Check(result.GetValue(value));
            var day = date.Read(result, context);
            return Edit(context, global, result, person, editor =>
            {
                Scores.AddMood(editor, result.GetValue(value), result.GetValue(note), day);
                return "mood recorded";
            });
        }));
        return command;
    }

    /// <summary>
    /// Applies one edit to the person's document through <see cref="DocumentStore.Update"/>: on a
    /// concurrent change the edit is re-applied to what is on disk now. Prints what was done.
    /// </summary>
    private static int Edit(CommandContext context, GlobalOptions global, ParseResult result, Argument<string> person, Func<DocumentEditor, string> edit)
    {
        var vault = global.OpenVault(result, context);
        var relationship = vault.People.Resolve(result.GetValue(person)!);
        string what = "";
        bool changed = vault.Store.Update(relationship.FullPath, loaded =>
        {
            var editor = new DocumentEditor(loaded.Document);
            what = edit(editor);
            return editor.Apply();
        });
        context.Output.WriteLine(changed ? $"{what} · updated {vault.Display(relationship.FullPath)}" : $"nothing to change in {vault.Display(relationship.FullPath)}");
        return 0;
    }

    private static string Person(LoadedDocument relationship) => relationship.Document.Person ?? relationship.Slug;
}
