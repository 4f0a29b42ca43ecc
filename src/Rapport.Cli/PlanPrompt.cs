using Rapport.Cli.Rendering;
using Rapport.Core;
using Rapport.Core.Notes;
using Rapport.Core.Notes.Planning;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Cli;

/// <summary>
/// A plan to review in a terminal: <c>process</c> shows what it will do and asks apply, edit or
/// cancel. Edit opens the plan as a Markdown checklist in the user's editor (a draft in
/// <c>.rapport/drafts/</c>, never a shared temporary folder); ticked lines are kept, the rest dropped.
/// The answer is read from the command's input, so tests drive it as a user would.
/// </summary>
public static class PlanPrompt
{
    private const string Question = "Apply these changes? [a]pply, [e]dit, [c]ancel: ";

    /// <summary>The plan to apply, as reviewed; null when the user cancels (or the input ends).</summary>
    /// <param name="replan">Makes the plan again keeping only what a review kept.</param>
    public static NotesPlan? Review(CommandContext context, Vault vault, NotesPlan plan, Func<PlanReview, NotesPlan> replan)
    {
        ProcessText.WritePlan(context.Console, plan);
        while (true)
        {
            context.Output.Write(Question);
            string? answer = context.Input.ReadLine();
            if (answer is null)
            {
                context.Output.WriteLine();
                return null;
            }
            switch (answer.Trim().ToLowerInvariant())
            {
                case "a" or "apply" or "y" or "yes":
                    return plan;
                case "c" or "cancel" or "n" or "no" or "q":
                    return null;
                case "e" or "edit":
                    return replan(Edit(context, vault, plan));
                default:
                    context.Output.WriteLine("Type a to apply, e to edit the plan, or c to cancel.");
                    break;
            }
        }
    }

    /// <summary>Writes the checklist to a draft, opens the editor on it and reads back what was kept.</summary>
    private static PlanReview Edit(CommandContext context, Vault vault, NotesPlan plan)
    {
        string editor = TextEditor.Command(context, "editing the plan needs an editor: set $VISUAL or $EDITOR (or answer a or c); nothing changed");
        var meeting = plan.Meeting;
        string path = vault.Resolve(Path.Combine(Vault.SettingsFolder, "drafts", $"plan-{Slug.From(meeting.Person)}-{IsoDate.Format(meeting.Date)}.md"));
        string shown = vault.Display(path);
        OutputFile.Write(context.Files, path, shown, TextCodec.Encode(new SourceText(PlanChecklist.Write(plan))), createFolder: true);
        TextEditor.Open(editor, path, $"nothing changed; the plan is in {shown}");
        var review = PlanChecklist.Read(plan, TextCodec.Decode(context.Files.ReadAllBytes(path), shown).Text, shown);
        context.Files.DeleteFile(path);
        return review;
    }
}
