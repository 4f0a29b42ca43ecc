using Rapport.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rapport.Core.Documents;

/// <summary>Finds and reads the front matter block; tolerant of templates, strict about real YAML errors.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter? Read(SourceText source, List<Problem> problems)
    {
        if (source.LineCount < 2 || source.LineSpan(0).TrimEnd() is not "---") return null;
        int end = -1;
        for (int i = 1; i < source.LineCount; i++)
        {
            var line = source.LineSpan(i).TrimEnd();
            if (line is "---" or "...")
            {
                end = i;
                break;
            }
        }
        // A leading rule with no closing fence is a thematic break, not front matter; followed by a key line
        // (person: Marco Rossi) it is front matter whose closing fence was lost: said, as the fields are not read.
        if (end < 0)
        {
            if (OpensWithKey(source)) problems.Add(new Problem(1, "front matter is not closed: no '---' line ends it, so its fields are not read"));
            return null;
        }

        int start = source.LineStart(1);
        string yaml = source.Text[start..source.LineStart(end)];
        bool isTemplate = LooksLikeTemplate(yaml);
        (int Line, string Message)? error = null;
        var entries = PlainKeyLines(source, end) ?? TryParseYaml(yaml, out error) ?? ReadKeyLines(source, end);
        if (error is not null && !isTemplate)
            problems.Add(new Problem(error.Value.Line + 1, $"malformed front matter: {error.Value.Message}"));
        return new FrontMatter(0, end, entries, isTemplate);
    }

    /// <summary>Whether the line after the opening <c>---</c> is a <c>key: value</c> line with a plain key.</summary>
    private static bool OpensWithKey(SourceText source)
    {
        var line = source.LineSpan(1);
        int colon = line.IndexOf(':');
        return colon > 0 && PlainYaml.IsKey(line[..colon]) && (colon + 1 == line.Length || line[colon + 1] == ' ');
    }

    private static bool LooksLikeTemplate(string yaml) =>
        yaml.Contains("{{", StringComparison.Ordinal) || yaml.Contains("<%", StringComparison.Ordinal);

    /// <summary>
    /// Front matter made only of plain <c>key: value</c> lines (and blank or comment lines, see
    /// <see cref="PlainYaml"/>): what YAML reads from them, read without building YAML's node tree (the
    /// shape Rapport writes; most documents have it). Null for anything else, or a repeated key, which
    /// the YAML reader reads.
    /// </summary>
    internal static List<FrontMatterEntry>? PlainKeyLines(SourceText source, int end)
    {
        var entries = new List<FrontMatterEntry>(end - 1);
        for (int i = 1; i < end; i++)
        {
            switch (PlainYaml.Read(source.LineSpan(i), out var key, out var value))
            {
                case PlainLine.NotPlain:
                    return null;
                case PlainLine.Entry:
                    foreach (var entry in entries)
                        if (key.SequenceEqual(entry.Key)) return null;
                    entries.Add(new FrontMatterEntry(key.ToString(), value.ToString(), i));
                    break;
            }
        }
        return entries;
    }

    internal static List<FrontMatterEntry>? TryParseYaml(string yaml, out (int Line, string Message)? error)
    {
        error = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            var entries = new List<FrontMatterEntry>();
            if (stream.Documents.Count == 0) return entries;
            if (stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return entries;
                error = (0, "expected 'key: value' lines");
                return null;
            }
            foreach (var (key, value) in map.Children)
            {
                // An unquoted wiki link (person: [[Sam Lee]]) is a list holding a list to YAML: it is read as written.
                string? text = value switch
                {
                    YamlScalarNode scalar => scalar.Value,
                    YamlSequenceNode { Children: [YamlSequenceNode { Children: [YamlScalarNode { Value: { Length: > 0 } link }] }] } => $"[[{link}]]",
                    _ => null,
                };
                var entry = new FrontMatterEntry(key.ToString(), text, (int)key.Start.Line);
                if (value is YamlSequenceNode sequence)
                    entry = entry with { Values = sequence.Children.OfType<YamlScalarNode>().Select(n => n.Value).OfType<string>().Where(v => v.Length > 0).ToList() };
                entries.Add(entry);
            }
            return entries;
        }
        catch (YamlException ex)
        {
            error = ((int)ex.Start.Line, YamlErrors.Describe(ex));
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner gives up on some malformed input (a line separator in a flow mapping) this way.
            error = (1, "the YAML could not be read");
            return null;
        }
    }

    /// <summary>Fallback for front matter that is not YAML: top-level <c>key: value</c> lines.</summary>
    private static List<FrontMatterEntry> ReadKeyLines(SourceText source, int end)
    {
        var entries = new List<FrontMatterEntry>();
        for (int i = 1; i < end; i++)
        {
            var line = source.Line(i);
            if (line.Length == 0 || char.IsWhiteSpace(line[0]) || line[0] is '#' or '-') continue;
            int colon = line.IndexOf(':');
            if (colon <= 0) continue;
            string value = line[(colon + 1)..].Trim();
            entries.Add(new FrontMatterEntry(line[..colon].Trim(), Unquote(value), i));
        }
        return entries;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
            ? value[1..^1]
            : value;
}
