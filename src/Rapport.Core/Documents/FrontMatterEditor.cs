namespace Rapport.Core.Documents;

/// <summary>Sets one scalar key of a document's front matter as a line splice, creating the front matter if there is none.</summary>
public static class FrontMatterEditor
{
    public static void Set(DocumentEditor editor, string key, string value)
    {
        string line = $"{key}: {value}";
        var front = editor.Document.FrontMatter;
        if (front is null)
        {
            editor.InsertLines(0, ["---", line, "---", ""]);
            return;
        }
        if (front.Find(key) is { } entry) editor.ReplaceLine(entry.Line, line);
        else editor.InsertLines(front.EndLine, [line]);
    }
}
