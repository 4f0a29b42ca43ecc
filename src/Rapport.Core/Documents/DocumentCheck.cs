using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Documents;

/// <summary>What <c>rapport check</c> found in one file.</summary>
public sealed record CheckResult(string Path, bool Readable, bool RoundTrip, IReadOnlyList<Problem> Problems, RunningDocument? Document)
{
    public bool Passed => Readable && RoundTrip && Problems.Count == 0;
}

/// <summary>
/// Reads a file the way every command does and proves that writing it back changes nothing.
/// A file that cannot be read is a result, never an exception.
/// </summary>
public static class DocumentCheck
{
    public static CheckResult Check(DocumentStore store, string fullPath, string shown)
    {
        byte[] bytes;
        RunningDocument document;
        try
        {
            bytes = store.ReadChecked(fullPath, shown);
            // A file Markdown cannot read (lists nested hundreds deep) is that file's problem; the check goes on to the next.
            document = RunningDocumentParser.Parse(TextCodec.Decode(bytes, shown), shown);
        }
        catch (RapportException ex)
        {
            return new CheckResult(shown, false, false, [new Problem(ex.Line ?? 0, ex.Message)], null);
        }

        bool roundTrip = TextCodec.Encode(document.Source).AsSpan().SequenceEqual(bytes)
            && TextCodec.Encode(document.Source.Apply([])).AsSpan().SequenceEqual(bytes);
        var problems = document.Problems.ToList();
        if (!roundTrip) problems.Add(new Problem(0, "writing the file back would change it"));
        return new CheckResult(shown, true, roundTrip, problems, document);
    }

    /// <summary>
    /// Whether a document is the note of one meeting (dated by a whole date in its file name or front matter
    /// <c>date:</c>) rather than a relationship's running document: many of them may name one person.
    /// </summary>
    public static bool IsMeetingNote(RunningDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FrontMatter is { } front && (front["date"] ?? front["meeting-date"]) is not null
            || DateText.Find(Path.GetFileNameWithoutExtension(document.Path)).Any(m => m.Year is not null);
    }

    /// <summary>Two running documents naming the same person in their front matter: the later one is a problem.</summary>
    public static IEnumerable<(CheckResult Result, Problem Problem)> DuplicatePeople(IEnumerable<CheckResult> results)
    {
        var seen = new Dictionary<string, CheckResult>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            var frontMatter = result.Document?.FrontMatter;
            if (frontMatter is null || frontMatter.IsTemplate || frontMatter.Find("person") is not { Value: { Length: > 0 } name } entry) continue;
            if (frontMatter["archive-of"] is not null) continue; // a quarter's archive, not a second document
            if (IsMeetingNote(result.Document!)) continue; // one meeting's note: a person has many
            // Two documents for one person only clash in one folder: one relationship is one file in it.
            string key = $"{Path.GetDirectoryName(result.Path)}/{Slug.From(name)}";
            if (key.EndsWith('/')) continue;
            if (seen.TryGetValue(key, out var first))
                yield return (result, new Problem(entry.Line + 1, $"duplicate person '{name}': {first.Path} is already theirs"));
            else
                seen[key] = result;
        }
    }
}
