using System.CommandLine;
using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport process PERSON</c>: applies a meeting's notes to that person's running document.</summary>
public static class ProcessCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "File slug, full name, or an unambiguous first name or prefix" };
        var file = new Option<string?>("--file") { Description = "Read the notes from a file instead of standard input", HelpName = "FILE" };
        var edit = new Option<bool>("--edit") { Description = "Write the notes in $VISUAL or $EDITOR" };
        var date = new DateOption("The meeting date (default: today)", global);
        var llm = LlmAccess.Option("the notes are sent, never Private Notes");
        var dryRun = new Option<bool>("--dry-run") { Description = "Print a diff of every file that would change, and change nothing" };
        var yes = new Option<bool>("--yes", "-y") { Description = "Apply without asking (in a terminal, process shows the plan and asks: apply, edit or cancel)" };
        var command = new Command("process", "Apply meeting notes or a transcript (.vtt, .srt, Otter .txt) to a running document: actions, completions, goals, wins, threads, history")
        {
            person, file, edit, dryRun, yes, llm,
        };
        date.AddTo(command);
        command.SetAction(RapportCli.Guard(context, result =>
        {
            if (result.GetValue(edit) && result.GetValue(file) is not null)
                throw new RapportException(ErrorCode.Usage, "use either --edit or --file, not both");
            var meetingDate = date.Read(result, context);
            var vault = global.OpenVault(result, context);
            var loaded = vault.People.Resolve(result.GetValue(person)!);

            string? draft = null;
            string notes = result.GetValue(edit)
                ? NotesEditor.Write(context, vault, loaded.Document.Person ?? loaded.Slug, meetingDate, out draft)
                : NotesInput.Read(context, result.GetValue(file));
            try
            {
                string name = loaded.Document.Person ?? loaded.Slug;
                string? given = result.GetValue(file);
                var transcript = Transcript.Of(given, notes, given ?? "standard input", name, vault.Config.Owner);
                var processor = new NotesProcessor(vault);
                var assistant = result.GetValue(llm) ? LlmAccess.Assistant(context, vault) : null;
                // A folder of meeting notes gets the meeting's own note: the one of that date, else a new file.
                var target = loaded.Folder is null ? loaded : MeetingFolder.NoteFor(vault, loaded, meetingDate);
                var plan = processor.Plan(target, notes, meetingDate, LlmAccess.Extractor(assistant), transcript: transcript);
                foreach (var warning in plan.Warnings) context.Error.WriteLine($"warning: {warning}");
                if (result.GetValue(dryRun))
                {
                    foreach (var changed in plan.Files)
                        context.Output.Write(UnifiedDiff.Format(changed.DisplayPath, changed.Before, changed.After));
                    if (plan.IsEmpty) context.Error.WriteLine(ProcessText.Nothing(plan));
                    return 0;
                }
                // In a terminal the plan is shown first; piped runs, --yes and an empty plan apply as they are.
                if (context.IsInteractive && !result.GetValue(yes) && !plan.IsEmpty)
                {
                    var extraction = plan.Extraction;
                    var reviewed = PlanPrompt.Review(context, vault, plan,
                        review => processor.Plan(loaded, notes, meetingDate, (_, _) => extraction, review, transcript));
                    if (reviewed is null)
                    {
                        context.Output.WriteLine("Cancelled: nothing was written.");
                        if (draft is not null) context.Output.WriteLine($"Your notes are kept in {vault.Display(draft)}.");
                        return 0;
                    }
                    plan = reviewed;
                }
                processor.Apply(plan);
                ProcessText.Write(context.Console, plan);
            }
            catch (RapportException) when (draft is not null)
            {
                context.Error.WriteLine($"note: your notes are kept in {vault.Display(draft)}");
                draft = null;
                throw;
            }
            if (draft is not null) context.Files.DeleteFile(draft);
            return 0;
        }));
        return command;
    }
}
