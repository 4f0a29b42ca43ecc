using Rapport.Core;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Cli;

/// <summary>
/// Opens the user's editor on a draft inside the vault's <c>.rapport/drafts/</c> (private notes
/// never go to a shared temporary folder) and returns what was written.
/// </summary>
public static class NotesEditor
{
    private const string Hint = "<!-- Notes from your 1:1 with {0} on {1}. Save and close to process them; leave empty to cancel. -->";

    public static string Write(CommandContext context, Vault vault, string person, DateOnly date, out string? draft)
    {
        string editor = TextEditor.Command(context, "--edit needs an editor: set $VISUAL or $EDITOR (or pipe the notes in)");
        string hint = string.Format(System.Globalization.CultureInfo.InvariantCulture, Hint, person, IsoDate.Format(date));
        string path = vault.Resolve(Path.Combine(Vault.SettingsFolder, "drafts", $"{Slug.From(person)}-{IsoDate.Format(date)}.md"));
        if (!context.Files.FileExists(path))
            OutputFile.Write(context.Files, path, vault.Display(path), TextCodec.Encode(new SourceText(hint + "\n\n")), createFolder: true);

        TextEditor.Open(editor, path, $"your notes are kept in {vault.Display(path)}");

        string notes = TextCodec.Decode(context.Files.ReadAllBytes(path), vault.Display(path)).Text.Replace(hint, "", StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(notes))
        {
            context.Files.DeleteFile(path);
            throw new RapportException(ErrorCode.Usage, "no notes were written; nothing changed");
        }
        draft = path;
        return notes;
    }
}
