using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Documents;

/// <summary>
/// A folder of meeting notes for one person (<c>Career/1-on-1s/jai-menon/2026-01-20.md</c>, one file per
/// meeting) read as one relationship: the person from a file's <c>person:</c> or the folder's name,
/// every file's meeting (dated by its file name or front matter <c>date:</c>), and every file's tasks.
/// A file that cannot be read is reported with its line; the rest are still read.
/// </summary>
public sealed record MeetingFolder(
    string Path,
    string? Person,
    IReadOnlyList<RunningDocument> Notes,
    IReadOnlyList<(string File, Problem Problem)> Problems)
{
    /// <summary>Every meeting of every note, oldest first (undated last).</summary>
    public IReadOnlyList<(RunningDocument Note, Meeting Meeting)> Meetings =>
        Notes.SelectMany(n => n.Meetings.Select(m => (n, m))).OrderBy(p => p.m.Date ?? DateOnly.MaxValue).ToList();

    public DateOnly? LastMet => Notes.Select(n => n.LastMet).Max();

    /// <summary>The tasks of every note, oldest note first, in each note's order.</summary>
    public IReadOnlyList<(RunningDocument Note, ActionItem Action)> Actions =>
        Notes.OrderBy(n => n.LastMet ?? DateOnly.MaxValue).SelectMany(n => n.Actions.Select(a => (n, a))).ToList();

    public IEnumerable<(RunningDocument Note, ActionItem Action)> OpenActions(ActionOwner owner) =>
        Actions.Where(p => p.Action.Owner == owner && !p.Action.Done);

    /// <summary>Reads every Markdown file directly in <paramref name="folder"/> through <paramref name="store"/>.</summary>
    public static MeetingFolder Read(IFileSystem files, DocumentStore store, string folder, Func<string, string>? display = null)
    {
        display ??= p => p;
        var notes = new List<RunningDocument>();
        var problems = new List<(string, Problem)>();
        foreach (var file in files.EnumerateFiles(folder, "*.md", recursive: false).Order(StringComparer.Ordinal))
        {
            string shown = display(file);
            try
            {
                var note = RunningDocumentParser.Parse(TextCodec.Decode(store.ReadChecked(file, shown), shown), shown);
                notes.Add(note);
                problems.AddRange(note.Problems.Select(p => (shown, p)));
            }
            catch (RapportException ex)
            {
                problems.Add((shown, new Problem(ex.Line ?? 0, ex.Message)));
            }
        }
        string? person = notes.Select(n => n.FrontMatter?["person"]).FirstOrDefault(p => p is not null)
            ?? notes.Select(n => n.Person).FirstOrDefault(p => p is not null)
            ?? NameRules.FromSlug(System.IO.Path.GetFileName(folder.TrimEnd('/', '\\')));
        return new MeetingFolder(display(folder), person, notes, problems);
    }
}
