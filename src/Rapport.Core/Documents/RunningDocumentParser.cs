using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Rapport.Core.Cadence;
using Rapport.Core.Text;

namespace Rapport.Core.Documents;

/// <summary>
/// Reads a running document. Markdig supplies the block structure (so a task inside a code fence is
/// not a task, and nested bullets belong to their item); the interpretation is ours. Reading never
/// throws for content: what is wrong becomes a <see cref="Problem"/>.
/// </summary>
public static partial class RunningDocumentParser
{
    private static readonly MarkdownPipeline Pipeline = BlocksOnly(new MarkdownPipelineBuilder().UsePipeTables());

    /// <summary>
    /// Markdig's block structure with inline parsing only where it can change that structure. The
    /// reading takes every text from the source lines and never looks at Markdig's inlines (emphasis,
    /// links, code spans); the one construct Markdig finds while parsing inlines is a pipe table, and
    /// a table's paragraph has a '|' in it. So a heading, or a paragraph without a '|', is closed with
    /// its inline parsing switched off: the same blocks, without the inline objects no one reads.
    /// </summary>
    private static MarkdownPipeline BlocksOnly(MarkdownPipelineBuilder builder)
    {
        var pipeline = builder.Build();
        foreach (var parser in builder.BlockParsers) parser.Closed += SkipInlines;
        return pipeline;
    }

    private static void SkipInlines(Markdig.Parsers.BlockProcessor processor, Block block)
    {
        if (block is HeadingBlock || block is ParagraphBlock paragraph && !HasPipe(paragraph)) ((LeafBlock)block).ProcessInlines = false;
    }

    private static bool HasPipe(LeafBlock block)
    {
        var lines = block.Lines;
        for (int i = 0; i < lines.Count; i++)
            if (lines.Lines[i].Slice.AsSpan().Contains('|')) return true;
        return false;
    }

    /// <summary>
    /// Reads a document; <paramref name="today"/>, when known, tells past meetings from an upcoming one dated later, and
    /// <paramref name="dayFirst"/> (the vault's <c>dates:</c> setting) reads numeric dates the document gives no evidence for,
    /// and <paramref name="myNames"/> (the vault's <c>owner:</c>) are the names that mean me.
    /// </summary>
    public static RunningDocument Parse(SourceText source, string path, DateOnly? today = null, bool? dayFirst = null, IReadOnlyList<string>? myNames = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        var problems = new List<Problem>();
        var document = new RunningDocument(path, source) { Today = today, DayFirst = dayFirst, MyNames = myNames ?? [] };
        var frontMatter = FrontMatterReader.Read(source, problems);
        document.FrontMatter = frontMatter;

        Markdig.Syntax.MarkdownDocument markdown;
        try
        {
            markdown = Markdown.Parse(BlankFrontMatter(source, frontMatter), Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig's guard against pathological input: hundreds of nested lists or quotes.
            throw new RapportException(ErrorCode.InvalidFile, "lists or quotes are nested too deeply to read; flatten them", path, inner: ex);
        }
        var sections = ReadSections(source, markdown);
        document.Sections = sections;
        document.TitleSection = sections.FirstOrDefault(s => s.Level == 1 && !s.IsLabel);
        document.Unclosed = FindUnclosed(source, markdown);
        if (document.Unclosed is { } open)
            problems.Add(new Problem(open.Line + 1, $"{open.What} is never closed; Rapport adds nothing inside it and writes before this line"));

        ReadRelationship(document, frontMatter, problems);
        Classify(sections, document);
        var entries = new ListEntries(source);
        var sectionsByLine = new SectionsByLine(sections);
        AssignListItems(entries, markdown, sections);
        Interpret(document, sections, problems);
        ReadMeetings(document, markdown, sectionsByLine, problems);
        ReadTasks(document, markdown, entries, sectionsByLine, problems);

        document.Problems = problems.OrderBy(p => p.Line).ToList();
        return document;
    }

    private static string BlankFrontMatter(SourceText source, FrontMatter? frontMatter)
    {
        if (frontMatter is null) return source.Text;
        int end = source.LineEnd(frontMatter.EndLine);
        return string.Create(source.Length, (source.Text, end), static (span, state) =>
        {
            state.Text.AsSpan().CopyTo(span);
            for (int i = 0; i < state.end; i++)
                if (span[i] is not ('\r' or '\n')) span[i] = ' ';
        });
    }

    private static List<Section> ReadSections(SourceText source, MarkdownDocument markdown)
    {
        var sections = new List<Section>();
        var open = new Stack<Section>();
        bool headings = false, subHeadings = false;
        // "**Date:** 18/03/2025" lines, when there are several and no heading below the title: each dates a meeting.
        List<(int Line, string Title)>? dateLabels = null;
        foreach (var block in markdown)
        {
            if (block is HeadingBlock h)
            {
                headings = true;
                subHeadings |= h.Level > 1;
            }
            else if (!subHeadings && block is ParagraphBlock p && DateLabelLine(source.Line(p.Line)) is { } title)
            {
                (dateLabels ??= []).Add((p.Line, title));
            }
        }
        if (subHeadings || dateLabels is not { Count: > 1 }) dateLabels = null;
        foreach (var block in markdown)
        {
            Section section;
            if (block is HeadingBlock heading)
            {
                // A bold label heads only the text up to the next heading.
                while (open.Count > 0 && open.Peek().IsLabel) open.Pop().EndLine = heading.Line;
                var (first, last) = HeadingLines(source, heading);
                string title = heading.IsSetext ? string.Join(' ', Enumerable.Range(first, last - first).Select(l => source.Line(l).Trim())) : AtxTitle(source.Line(first));
                section = new Section(first, heading.Level, title, last + (heading.IsSetext ? 1 : 0));
            }
            else if (block is ParagraphBlock paragraph && BoldLabel().Match(source.Line(paragraph.Line)) is { Success: true } label)
            {
                // A bold line on its own ("**Next Meeting**", "**Action items:**") heads what follows it, one level below the heading it is under.
                section = Label(paragraph.Line, label.Groups["title"].Value.Trim());
            }
            else if (dateLabels is not null && block is ParagraphBlock labelled && dateLabels.Find(d => d.Line == labelled.Line) is { Title: { } dateTitle })
            {
                // A Google Docs or Confluence page of running notes: each meeting opens with its "Date:" line, which heads what
                // follows it as a bold date line would.
                section = Label(labelled.Line, dateTitle);
            }
            else if (block is ParagraphBlock plain && PlainActionLabel(source, plain) is { } actionTitle)
            {
                // "Next steps:" or "Action items:" on a line of its own, as emails and plain notes write it, heads the list after it
                // as "**Next steps:**" would.
                section = Label(plain.Line, actionTitle);
            }
            else if (!headings && block is ParagraphBlock dated && DatedLine(source.Line(dated.Line)) is { } line)
            {
                // Plain-text notes without headings date each meeting's paragraph ("2025-03-03: …", "3/3/2025 - …", "3/12/24"
                // alone): such a line heads what follows it as a bold label would.
                section = new Section(dated.Line, 2, line, dated.Line + 1) { IsLabel = true };
            }
            else
            {
                continue;
            }
            while (open.Count > 0 && open.Peek().Level >= section.Level) open.Pop().EndLine = section.HeadingLine;
            if (open.Count > 0)
            {
                section.Parent = open.Peek();
                section.Parent.Children.Add(section);
            }
            open.Push(section);
            sections.Add(section);
        }
        while (open.Count > 0) open.Pop().EndLine = source.LineCount;
        return sections;

        // A line that heads what follows it as a heading would, one level below the heading it stands under.
        Section Label(int line, string title)
        {
            var under = open.FirstOrDefault(s => !s.IsLabel);
            return new Section(line, Math.Min(6, (under?.Level ?? 1) + 1), title, line + 1) { IsLabel = true };
        }
    }

    /// <summary>
    /// The lines of a heading's text [first, last): one line for an ATX heading, without its marks;
    /// for a setext heading the text lines above the <c>===</c>/<c>---</c> underline (Markdig puts
    /// the block's line on the underline), so the section starts at its text and edits go before it.
    /// </summary>
    private static (int First, int Last) HeadingLines(SourceText source, HeadingBlock heading)
    {
        if (!heading.IsSetext) return (heading.Line, heading.Line + 1);
        int underline = heading.Line;
        while (underline < source.LineCount - 1 && !IsUnderline(source.Line(underline))) underline++;
        int first = Math.Max(0, Math.Min(source.LineOf(Math.Min(heading.Span.Start, Math.Max(0, source.Length - 1))), underline - 1));
        return (first, Math.Max(first + 1, underline));
    }

    /// <summary>
    /// A line that opens with a whole date (with its year; a weekday may come first, as meeting titles allow) and then a colon,
    /// a dash or nothing: the line, trimmed; else null. Only a line opening with a digit or a capital is looked at, and only
    /// its first <see cref="DatedLineOpening"/> characters are searched for the date, so a long paragraph costs no more.
    /// </summary>
    private static string? DatedLine(string line)
    {
        string text = line.Trim();
        if (text.Length < 6 || !(char.IsAsciiDigit(text[0]) || char.IsUpper(text[0])) || AfterOpeningDate(text) is not { } after) return null;
        var rest = text.AsSpan(after).TrimStart();
        return rest.IsEmpty || rest[0] is ':' or '-' or '\u2013' or '\u2014' ? text : null;
    }

    /// <summary>
    /// Where a whole date (with its year) that opens <paramref name="text"/> ends, looked for in its first
    /// <see cref="DatedLineOpening"/> characters; null when the text does not open with one.
    /// </summary>
    private static int? AfterOpeningDate(string text)
    {
        string opening = text.Length > DatedLineOpening ? text[..DatedLineOpening] : text;
        return DateText.Find(opening).FirstOrDefault() is { Year: not null } date && OpensWith(opening, date) ? date.Index + date.Length : null;
    }

    /// <summary>
    /// The title of a paragraph that is one plain line naming an action list and ending in a colon (<c>Next steps:</c>,
    /// <c>Action items:</c>, <c>Follow-ups:</c>: the action names of <see cref="SectionAliases"/>); null for any other.
    /// Only action lists: a plain "Agenda:" in an old meeting's notes is not the document's next-meeting section.
    /// </summary>
    private static string? PlainActionLabel(SourceText source, ParagraphBlock paragraph)
    {
        string line = source.Line(paragraph.Line).Trim();
        if (line.Length is < 5 or > 40 || line[^1] != ':' || source.LineOf(Math.Min(paragraph.Span.End, Math.Max(0, source.Length - 1))) != paragraph.Line) return null;
        string title = line[..^1].Trim();
        return SectionAliases.Classify(title) is SectionKind.ActionItems or SectionKind.MyActions or SectionKind.TheirActions ? title : null;
    }

    /// <summary>The labels of a line that dates a meeting: <c>**Date:** 18/03/2025</c>, <c>Meeting date: 2025-03-04</c>, <c>Datum: 4.3.2025</c>.</summary>
    public static IReadOnlySet<string> DateLabels { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "date", "meeting date", "date of meeting", "date of the meeting", "datum", "fecha",
    };

    /// <summary>
    /// The meeting title of a line that is a <see cref="DateLabels"/> label (bold or not) and a whole date, alone or followed
    /// by a separator and more (<c>Date: 2025-03-04 | Topics: …</c>); null for any other line.
    /// </summary>
    private static string? DateLabelLine(string line)
    {
        var text = line.AsSpan().Trim().TrimStart("*_");
        int colon = text.IndexOf(':');
        if (colon is < 4 or > 24 || !DateLabels.Contains(text[..colon].TrimEnd("*_ ").ToString())) return null;
        string rest = text[(colon + 1)..].TrimStart("*_ ").TrimEnd().ToString();
        if (AfterOpeningDate(rest) is not { } end) return null;
        var after = rest.AsSpan(end).TrimStart();
        return after.IsEmpty ? rest : after[0] is '|' or ',' or ';' or '-' or '\u2013' or '\u2014' ? rest : null;
    }

    /// <summary>How much of a paragraph's first line may hold its opening date: "Wednesday, September 30th, 2025" and more.</summary>
    private const int DatedLineOpening = 48;

    private static string AtxTitle(string line)
    {
        line = line.Trim().TrimStart('#').Trim();
        var closing = ClosingHashes().Match(line);
        return closing.Success ? line[..closing.Index].Trim() : line;
    }

    private static bool IsUnderline(string line)
    {
        var t = line.Trim();
        return t.Length > 0 && (t.All(c => c == '=') || t.All(c => c == '-'));
    }

    private static void ReadRelationship(RunningDocument document, FrontMatter? frontMatter, List<Problem> problems)
    {
        // Values are only judged in Rapport's own documents (those naming a person); other tools use these keys differently.
        bool check = frontMatter is { IsTemplate: false } && frontMatter["person"] is not null;
        ReadPerson(document, frontMatter is { IsTemplate: false } ? frontMatter : null, problems);
        document.Role = frontMatter?["role"];

        if (frontMatter?.Find("kind") is { Value: { Length: > 0 } kindText } kindEntry)
        {
            if (Vocabulary.TryParseKind(kindText, out var kind)) document.Kind = kind;
            else if (check) problems.Add(new Problem(kindEntry.Line + 1, $"unknown kind '{kindText}'; use {Vocabulary.KindWords}"));
        }
        var frequencyEntry = frontMatter?.Find("frequency") ?? frontMatter?.Find("cadence");
        if (frequencyEntry is { Value: { Length: > 0 } frequencyText })
        {
            if (Vocabulary.TryParseFrequency(frequencyText, out Frequency frequency)) document.Frequency = frequency;
            else if (check) problems.Add(new Problem(frequencyEntry.Line + 1, $"unknown frequency '{frequencyText}'; use {Vocabulary.FrequencyWords}"));
        }
        if (frontMatter?.Find("duration") is { Value: { Length: > 0 } durationText } durationEntry)
        {
            if (Vocabulary.TryParseMinutes(durationText, out int minutes)) document.Duration = minutes;
            else if (check) problems.Add(new Problem(durationEntry.Line + 1, $"duration '{durationText}' is not a number of minutes"));
        }
        if (frontMatter?.Find("started") is { Value: { Length: > 0 } startedText } startedEntry)
        {
            if (IsoDate.TryParse(startedText, out var started)) document.Started = started;
            else if (check && IsoDate.Shaped().IsMatch(startedText)) problems.Add(new Problem(startedEntry.Line + 1, $"invalid date '{startedText}'"));
        }
    }

    private static void Classify(List<Section> sections, RunningDocument document)
    {
        var theirNames = KnownNames(document);
        foreach (var section in sections)
        {
            if (section == document.TitleSection)
            {
                section.Kind = SectionKind.Title;
                continue;
            }
            var parentKind = section.Parent?.Kind ?? SectionKind.Other;
            section.Kind = parentKind switch
            {
                SectionKind.Threads => SectionKind.ThreadTopic,
                SectionKind.ActionItems => SectionKind.ActionItems == parentKind
                    ? SectionAliases.ClassifyActionList(section.Title, theirNames, document.MyNames)
                    : SectionKind.Other,
                SectionKind.Other or SectionKind.Title => SectionAliases.Classify(section.Title),
                _ => SectionKind.Other,
            };
        }
    }

    private static void AssignListItems(ListEntries entries, MarkdownDocument markdown, List<Section> sections)
    {
        if (sections.Count == 0) return;
        int index = 0;
        foreach (var block in markdown)
        {
            if (block is not ListBlock list) continue;
            while (index + 1 < sections.Count && sections[index + 1].HeadingLine <= list.Line) index++;
            if (sections[index].HeadingLine > list.Line) continue; // list before the first heading
            var section = sections[index];
            foreach (var child in list)
            {
                if (child is ListItemBlock item && entries.Of(item) is { } entry) section.Items.Add(entry);
            }
        }
    }

    /// <summary>
    /// The list items of one document, each read once: the sections' items and the tasks share one
    /// <see cref="ListEntry"/> per <see cref="ListItemBlock"/> (a <see cref="ListEntry"/> is immutable).
    /// An item whose first line is no list item line reads as null, also once.
    /// </summary>
    private sealed class ListEntries(SourceText source)
    {
        private readonly Dictionary<ListItemBlock, ListEntry?> _read = new(ReferenceEqualityComparer.Instance);

        public ListEntry? Of(ListItemBlock item)
        {
            if (!_read.TryGetValue(item, out var entry))
            {
                entry = ReadListEntry(source, item);
                _read.Add(item, entry);
            }
            return entry;
        }
    }

    // ItemLine's groups by number, looked up once: ReadListEntry runs for every list item, and reading a group by
    // name looks the name up each time.
    private static readonly int IndentGroup = ItemLine().GroupNumberFromName("indent");
    private static readonly int MarkerGroup = ItemLine().GroupNumberFromName("marker");
    private static readonly int TaskGroup = ItemLine().GroupNumberFromName("task");
    private static readonly int TextGroup = ItemLine().GroupNumberFromName("text");

    private static ListEntry? ReadListEntry(SourceText source, ListItemBlock item)
    {
        int line = item.Line;
        int last = source.LineOf(Math.Min(item.Span.End, Math.Max(0, source.Length - 1)));
        while (last > line && source.LineSpan(last).IsWhiteSpace()) last--;
        var m = ItemLine().Match(source.Line(line));
        if (!m.Success) return null;
        var taskGroup = m.Groups[TaskGroup];
        char? task = taskGroup.Success ? taskGroup.Value[0] : null;
        var details = new List<string>();
        for (int l = line + 1; l <= last; l++)
        {
            var detail = source.Line(l).Trim();
            if (detail.Length > 0) details.Add(detail);
        }
        return new ListEntry(line, last + 1, m.Groups[IndentGroup].Value, m.Groups[MarkerGroup].Value, task, m.Groups[TextGroup].Value.Trim(), details);
    }

    private static void Interpret(RunningDocument document, List<Section> sections, List<Problem> problems)
    {
        var threads = new List<OngoingThread>();
        var focus = new List<ListEntry>();
        var accomplishments = new List<DatedEntry>();
        var history = new List<DatedEntry>();
        var feedback = new List<DatedEntry>();
        var scores = new List<DatedEntry>();
        var moods = new List<DatedEntry>();
        foreach (var section in sections)
        {
            switch (section.Kind)
            {
                case SectionKind.FocusAreas:
                    focus.AddRange(section.Items);
                    break;
                case SectionKind.ThreadTopic:
                    threads.Add(new OngoingThread(section.Title, section, section.Items.Select(i => DatedEntryReader.Read(i, problems)).ToList()));
                    break;
                case SectionKind.Accomplishments:
                    accomplishments.AddRange(section.Items.Select(i => DatedEntryReader.Read(i, problems)));
                    break;
                case SectionKind.MeetingHistory:
                    history.AddRange(section.Items.Select(i => DatedEntryReader.Read(i, problems)));
                    break;
                case SectionKind.Feedback:
                    feedback.AddRange(section.Items.Where(i => !i.IsTask).Select(i => DatedEntryReader.Read(i, problems)));
                    break;
                case SectionKind.Scorecard:
                    scores.AddRange(section.Items.Select(i => DatedEntryReader.Read(i, problems)));
                    break;
                case SectionKind.Mood:
                    moods.AddRange(section.Items.Select(i => DatedEntryReader.Read(i, problems)));
                    break;
            }
        }
        document.Threads = threads;
        document.FocusAreas = focus;
        document.Accomplishments = accomplishments;
        document.MeetingHistory = history;
        document.Feedback = feedback;
        document.Scores = scores;
        document.Moods = moods;
    }

    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex ClosingHashes();

    [GeneratedRegex(@"^(?<indent>(?:[ \t]*>)*[ \t]*)(?<marker>[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[(?<task>[ xX/\-])\](?:[ \t]+|$))?(?<text>.*)$")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^(?:\*\*|__)(?<title>[^*_].*?)(?::(?:\*\*|__)|(?:\*\*|__):?)\s*$")]
    private static partial Regex BoldLabel();
}
