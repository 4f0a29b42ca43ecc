using System.Text.RegularExpressions;
using Markdig.Syntax;
using Rapport.Core.Text;

namespace Rapport.Core.Documents;

// The parts of reading that follow how people actually keep 1:1 notes: who the document is about,
// every meeting it records, every task wherever it is written, and blocks left open to the end.
public static partial class RunningDocumentParser
{
    /// <summary>Front matter keys that name the person, in order of preference.</summary>
    private static readonly string[] PersonKeys = ["person", "person-name", "person_name"];

    /// <summary>Keys other tools use for other things too: they name the person only when their value reads as a name.</summary>
    private static readonly string[] NameKeys = ["name", "title"];

    /// <summary>Folder names that hold one folder of meeting notes per person (<c>Career/1-on-1s/&lt;person&gt;/</c>).</summary>
    private static readonly HashSet<string> PeopleFolders = new(StringComparer.OrdinalIgnoreCase)
    {
        "1-on-1s", "1on1s", "1-1s", "one-on-ones", "1-on-1", "1on1", "one-on-one", "1:1s", "one-to-ones", "people",
    };

    private static void ReadPerson(RunningDocument document, FrontMatter? frontMatter, List<Problem> problems)
    {
        // The owner's own name in a title ("# Jordan / Lena Fischer 1:1s") leaves the other person's; no candidate is me.
        string Mine(string text) => NameRules.WithoutNames(text, document.MyNames);
        string? NotMe(string? name) => name is not null && document.MyNames.Count > 0 && NameRules.IsMe(name, document.MyNames, []) ? null : name;
        var titles = document.Sections.Where(s => s.Level == 1 && !s.IsLabel)
            .Select(s => (Section: s, Name: NotMe(NameOfHeading(Mine(s.Title), alone: true))))
            .Where(t => t.Name is not null)
            .ToList();
        foreach (var other in titles.Skip(1))
        {
            if (NameRules.Matches(other.Name!, [titles[0].Name!]) || NameRules.Matches(titles[0].Name!, [other.Name!])) continue;
            problems.Add(new Problem(other.Section.HeadingLine + 1,
                $"two titles name different people: '{titles[0].Name}' (line {titles[0].Section.HeadingLine + 1}) and '{other.Name}'; the first is the person"));
            break;
        }

        var properties = LogseqProperties(document);
        var aliases = (frontMatter?.Find("aliases") ?? frontMatter?.Find("alias"))?.Values
            ?? (properties.TryGetValue("alias", out var alias) ? alias.Split(',').Select(a => NameRules.StripLinks(a).Trim()).Where(a => a.Length > 0).ToList() : []);
        string? person = PersonKeys.Select(k => frontMatter?[k] ?? properties.GetValueOrDefault(k)).Select(v => v is null ? null : NameRules.StripLinks(v).Trim())
                .FirstOrDefault(v => v is { Length: > 0 })
            ?? NotMe(properties.TryGetValue("title", out var pageTitle) ? NameOfHeading(Mine(pageTitle), alone: true) : null)
            ?? NameKeys.Select(k => frontMatter?[k] is { } value ? NotMe(NameOfHeading(Mine(value), alone: true)) : null).FirstOrDefault(v => v is not null)
            ?? titles.Select(t => t.Name).FirstOrDefault(n => n is not null)
            ?? NotMe(OpeningLabelPerson(document, Mine))
            ?? document.Sections.Where(s => !s.IsLabel).Select(s => NotMe(NameRules.FromTitle(Mine(s.Title)))).FirstOrDefault(n => n is not null)
            ?? NotMe(BlockPerson(document))
            ?? aliases.FirstOrDefault(a => NameRules.LooksLikeName(a) && NotMe(a) is not null)
            ?? Attendee(document)
            ?? NotMe(NameRules.FromProse(OpeningParagraph(document)))
            ?? NotMe(NameRules.FromOwnTitle(Mine(System.IO.Path.GetFileNameWithoutExtension(document.Path).Replace('_', ' '))))
            ?? NotMe(FolderPerson(document.Path));
        // A title's first name ("# Sam / Jordan 1:1") is the attendee's whole name when the attendees line gives it ("Sam Rivera").
        if (person is not null && !person.Contains(' ', StringComparison.Ordinal) && Attendee(document) is { } attendee
            && attendee.Split(' ')[0].Equals(person, StringComparison.OrdinalIgnoreCase) && attendee.Contains(' ', StringComparison.Ordinal))
            person = attendee;
        document.Person = person;
        document.Aliases = aliases.Concat(titles.Select(t => t.Name!))
            .Where(a => person is null || !a.Equals(person, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>
    /// A document with no H1 whose first line is a bold line (<c>**1:1 with Wei Zhang**</c>, <c>**Jamal Wright 1:1**</c>) has
    /// that line for its title, as documents written in Google Docs without heading styles and exported do; a bold line
    /// that is only a name is no title (it may be a label like <c>**Context**</c>).
    /// </summary>
    private static string? OpeningLabelPerson(RunningDocument document, Func<string, string> mine)
    {
        if (document.Sections.Any(s => s.Level == 1 && !s.IsLabel) || document.Sections.FirstOrDefault() is not { IsLabel: true } label) return null;
        var source = document.Source;
        for (int line = document.FrontMatter is { } fm ? fm.EndLine + 1 : 0; line < label.HeadingLine; line++)
            if (!source.LineSpan(line).IsWhiteSpace()) return null;
        return NameRules.FromOwnTitle(mine(label.Title));
    }

    /// <summary>
    /// The document's first paragraph of prose, after its front matter and any headings above it (at most its first five
    /// lines, joined): where people say in words whom their notes are with ("Log of the PhD meetings with Jiayuan Huang.").
    /// Null when the first thing after the headings is no paragraph (a list, a table, a quote, HTML, code).
    /// </summary>
    private static string? OpeningParagraph(RunningDocument document)
    {
        var source = document.Source;
        int line = document.FrontMatter is { } fm ? fm.EndLine + 1 : 0;
        for (; line < source.LineCount; line++)
        {
            var text = source.LineSpan(line).Trim();
            if (text.IsEmpty || text[0] == '#') continue;
            if (line + 1 < source.LineCount && IsUnderline(source.Line(line + 1)) && !IsUnderline(source.Line(line)))
            {
                line++;
                continue;
            }
            break;
        }
        if (line >= source.LineCount) return null;
        string opening = source.Line(line).TrimStart();
        if (opening[0] is '|' or '<' or '>' or '-' or '*' or '+' or '`' or '~' or '!' or '[' || NumberedItem().IsMatch(opening)) return null;
        var lines = new List<string>();
        for (; line < source.LineCount && lines.Count < 5 && !source.LineSpan(line).IsWhiteSpace(); line++) lines.Add(source.Line(line).Trim());
        return string.Join(' ', lines);
    }

    /// <summary>
    /// On a page of blocks with no headings (Logseq), a top-level block that says "Meeting with X" / "1:1 with X"
    /// names the person as such a heading would: <c>- Meeting with [[J. McPeak]] about the project</c>.
    /// </summary>
    private static string? BlockPerson(RunningDocument document)
    {
        if (document.Sections.Any(s => !s.IsLabel)) return null;
        var source = document.Source;
        for (int line = 0; line < source.LineCount; line++)
        {
            string text = source.Line(line);
            if (text.Length > 2 && text[0] is '-' or '*' && text[1] == ' ' && NameRules.FromTitle(text[2..].Trim()) is { } name) return name;
        }
        return null;
    }

    /// <summary>Logseq page properties: the <c>key:: value</c> lines that open the page (its first block).</summary>
    private static Dictionary<string, string> LogseqProperties(RunningDocument document)
    {
        var properties = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var source = document.Source;
        for (int line = document.FrontMatter is { } fm ? fm.EndLine + 1 : 0; line < source.LineCount; line++)
        {
            var m = PageProperty().Match(source.Line(line));
            if (!m.Success) break;
            properties.TryAdd(m.Groups["key"].Value, m.Groups["value"].Value.Trim());
        }
        return properties;
    }

    /// <summary>A heading's person: "1:1 with Sam Lee", or (for a title) the heading being a name itself.</summary>
    private static string? NameOfHeading(string heading, bool alone)
    {
        heading = WithoutLeadingMarks(heading);
        if ((alone ? NameRules.FromOwnTitle(heading) : NameRules.FromTitle(heading)) is { } name) return name;
        string text = NameRules.StripLinks(heading).Trim();
        return alone && NameRules.LooksLikeName(text) ? text : null;
    }

    /// <summary>A heading without the emoji and punctuation people open titles with (<c># 🧑‍💻 Tomás García</c>).</summary>
    private static string WithoutLeadingMarks(string heading)
    {
        int start = 0;
        while (start < heading.Length && !char.IsLetterOrDigit(heading[start]) && heading[start] != '[') start++;
        return heading[start..];
    }

    /// <summary>
    /// The one attendee besides me, from an <c>Attendees:</c> line or the list under an <c>**Attendees**</c>
    /// label near the top: "me, Ines" is Ines, and so is "Jordan Lee, Ines" when the vault's owner is Jordan Lee;
    /// two or more others name no single person. An emailed recap's <c>To:</c> header naming one person
    /// (<c>To: Priya Shah &lt;priya@example.com&gt;</c>) names them as such a line would.
    /// </summary>
    private static string? Attendee(RunningDocument document)
    {
        var source = document.Source;
        int from = document.FrontMatter is { } fm ? fm.EndLine + 1 : 0;
        for (int line = from; line < Math.Min(source.LineCount, from + 40); line++)
        {
            var m = AttendeesLine().Match(source.Line(line));
            bool header = !m.Success && (m = ToHeader().Match(source.Line(line))).Success;
            if (!m.Success) continue;
            // A property table's row ("| **Attendees** | Wei Zhang, me |"), never a table's header naming a column.
            if (source.Line(line).TrimStart().StartsWith('|') && line + 1 < source.LineCount && TableDelimiter().IsMatch(source.Line(line + 1))) continue;
            var names = new List<string>();
            string list = m.Groups["list"].Value.Trim().TrimEnd('|');
            if (list.Trim().Length > 0) names.AddRange(list.Split([',', ';', '&']));
            else
            {
                int next = line + 1;
                while (next < source.LineCount && source.LineSpan(next).IsWhiteSpace()) next++;
                for (; next < source.LineCount && ListLine().Match(source.Line(next)) is { Success: true } item; next++) names.Add(item.Groups["text"].Value);
            }
            var others = names.Select(n => Parenthetical().Replace(EmailAddress().Replace(NameRules.StripLinks(n), ""), "").Trim().Trim('*', '_').Trim().TrimStart('@'))
                .Where(n => n.Length > 0 && !NameRules.IsMe(n, document.MyNames, []))
                .ToList();
            if (others.Count == 1 && NameRules.LooksLikeName(others[0])) return others[0];
            // A "To:" line that names no one person ("To: the team") leaves an attendees line below it to say.
            if (!header) return null;
        }
        return null;
    }

    /// <summary>The person a folder of meeting notes is for: <c>…/1-on-1s/jai-menon/2026-01-20.md</c> is Jai Menon.</summary>
    private static string? FolderPerson(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length < 3 || !PeopleFolders.Contains(parts[^3]) ? null : NameRules.FromSlug(parts[^2]);
    }

    /// <summary>The names an owner mark or a heading may use for the other person.</summary>
    internal static List<string> KnownNames(RunningDocument document)
    {
        var names = new List<string>();
        if (document.Person is { } person)
        {
            names.Add(person);
            if (document.FirstName is { } first) names.Add(first);
        }
        names.AddRange(document.Aliases);
        return names;
    }

    /// <summary>The first code fence, HTML comment or <c>&lt;pre&gt;</c> that runs to the end of the file unclosed.</summary>
    private static UnclosedBlock? FindUnclosed(SourceText source, MarkdownDocument markdown)
    {
        UnclosedBlock? first = null;
        foreach (var block in markdown.Descendants())
        {
            UnclosedBlock? found = block switch
            {
                FencedCodeBlock fence when !IsClosed(source, fence) => new UnclosedBlock(fence.Line, "code fence"),
                HtmlBlock { Type: HtmlBlockType.Comment } html when !BlockText(source, html).Contains("-->", StringComparison.Ordinal)
                    => new UnclosedBlock(html.Line, "HTML comment"),
                HtmlBlock { Type: HtmlBlockType.ScriptPreOrStyle } html when !ClosingRawTag().IsMatch(BlockText(source, html))
                    => new UnclosedBlock(html.Line, $"<{RawTag().Match(BlockText(source, html)).Groups[1].Value.ToLowerInvariant()}> block"),
                _ => null,
            };
            if (found is not null && (first is null || found.Line < first.Line)) first = found;
        }
        return first;
    }

    private static string BlockText(SourceText source, Block block) =>
        source.Text[Math.Min(block.Span.Start, source.Length)..Math.Min(block.Span.End + 1, source.Length)];

    private static bool IsClosed(SourceText source, FencedCodeBlock fence)
    {
        int last = source.LineOf(Math.Min(fence.Span.End, Math.Max(0, source.Length - 1)));
        if (last <= fence.Line) return false;
        var closing = source.Line(last).Trim();
        return closing.Length >= fence.OpeningFencedCharCount && closing.All(c => c == fence.FencedChar);
    }

    private static void ReadMeetings(RunningDocument document, MarkdownDocument markdown, SectionsByLine sectionsByLine, List<Problem> problems)
    {
        var source = document.Source;
        var candidates = new List<(Section Section, DateMention? Mention)>();
        foreach (var section in document.Sections)
        {
            if (section.Kind is not (SectionKind.Other or SectionKind.Title)) continue;
            if (section.Parent?.SelfAndAncestors().Any(s => s.Kind is SectionKind.Threads or SectionKind.ThreadTopic) == true) continue;
            string title = NameRules.StripLinks(section.Title);
            if (Upcoming().IsMatch(title)) continue;
            bool meetingWord = MeetingWord().IsMatch(title);
            var mention = DateText.Find(title).FirstOrDefault(m => m.Year is not null || m.Form == DateForm.MonthName || OnlyDate(title, m));
            // A week written as a range gives its year once, at its end: "## Mar 11 – Mar 15, 2024", "## Dec 30 – Jan 3, 2025".
            if (mention is { Year: null, Form: DateForm.MonthName } opening
                && DateText.Find(title).FirstOrDefault(m => m.Index > opening.Index && m is { Year: not null, Form: DateForm.MonthName }) is { Year: { } closingYear } closing)
                mention = opening with { Year = opening.First > closing.First ? closingYear - 1 : closingYear };
            if (mention is not null && (OpensWith(title, mention) || meetingWord)) candidates.Add((section, mention));
            else if (meetingWord && NumberedMeeting().IsMatch(title)) candidates.Add((section, null));
        }

        var fileDate = FileDate(document);
        // Whether 01/12/21 is the 1st of December: the headings' own unambiguous dates decide, else any dated text in the document.
        var headingMentions = candidates.Select(c => c.Mention).OfType<DateMention>().ToList();
        // The numeric dates with a year written anywhere in the text (the only whole dates that say an order), read once for both questions below.
        IReadOnlyList<DateMention>? wholeDates = null;
        IReadOnlyList<DateMention> WholeDates() => wholeDates ??= DateText.WholeNumeric(source.Text);
        bool dayFirst = headingMentions.Any(m => m.DayFirst is not null) || headingMentions.Count == 0
            ? DateText.DayFirst(headingMentions, document.DayFirst)
            : DateText.DayFirst(headingMentions.Concat(WholeDates().Where(m => m.DayFirst is not null)), document.DayFirst);
        // Tasks' due dates read as the meetings do; with no evidence in the headings, the whole dates' and due dates' own.
        document.ReadsDayFirst = headingMentions.Any(m => m.DayFirst is not null) ? dayFirst
            : DateText.DayFirst(WholeDates().Concat(DueText.NumericDates(source.Text)), document.DayFirst);

        // A heading without a year sits between its dated neighbours, in the order the log runs (newest first when its first
        // year-dated heading is later than its last); with none, the file's own year, else the dates written around it.
        var written = candidates.Select(c => c.Mention is { Year: not null } m ? m.Resolve(dayFirst, null) : null).ToArray();
        var yeared = written.OfType<DateOnly>().ToList();
        bool? newestFirst = yeared.Count >= 2 && yeared[0] != yeared[^1] ? yeared[0] > yeared[^1] : null;
        var dates = new DateOnly?[candidates.Count];
        List<(int Line, DateOnly Date)>? around = null;
        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Mention is not { } mention) continue;
            if (mention.Year is not null)
            {
                dates[i] = written[i];
                continue;
            }
            var before = dates.Take(i).LastOrDefault(d => d is not null);
            var after = written.Skip(i + 1).FirstOrDefault(d => d is not null);
            if (before is not null || after is not null) dates[i] = Between(mention, dayFirst, before, after, newestFirst);
            else if ((fileDate ?? DateField(source, document.FrontMatter, document.DayFirst) ?? Created(document.FrontMatter))?.Year is { } year) dates[i] = mention.Resolve(dayFirst, year);
            else if (Nearest(around ??= DatesAround(document, candidates.Select(c => c.Section), dayFirst), candidates[i].Section.HeadingLine) is { } near
                && Near(mention, dayFirst, near) is { } placed && (document.Today is not { } readOn || placed <= readOn))
                dates[i] = placed;
            else if (document.Today is { } today) dates[i] = ClosestPast(document, mention, dayFirst, today);
        }

        var meetings = new List<Meeting>();
        meetings.AddRange(document.MeetingHistory.Select(e => new Meeting(e.Date, e.Text, e.Source.Line, null, e)));
        meetings.AddRange(candidates.Select((c, i) => new Meeting(dates[i], c.Section.Title, c.Section.HeadingLine, c.Section, null)));
        meetings.AddRange(JournalBlocks(document));
        meetings.AddRange(TableRows(document, markdown, sectionsByLine, fileDate));

        bool singleNote = candidates.Count == 1 && candidates[0].Section == document.TitleSection
            && document.Sections.Count(s => s.Level == 1 && !s.IsLabel) == 1;
        if (candidates.Count > 0 && !singleNote) ReadLog(document, candidates.Select((c, i) => (c.Section, dates[i])).ToList(), problems);
        if (candidates.Exists(c => c.Section.IsLabel)) SpanLabelMeetings(document, candidates.Select(c => c.Section).ToHashSet());

        if (singleNote && meetings.Count == 1 && meetings[0].Date is null && (DateField(source, document.FrontMatter, document.DayFirst) ?? fileDate) is { } noteDate)
            meetings[0] = meetings[0] with { Date = noteDate };
        if (singleNote && meetings.Count == 1) document.NoteDate = meetings[0].Date;
        if (meetings.Count == 0 && document.FindSection(SectionKind.MeetingHistory) is null)
        {
            // A note of one meeting: dated by a "Date:" line, its front matter or its file name.
            var date = DateField(source, document.FrontMatter, document.DayFirst) ?? fileDate;
            if (date is not null)
            {
                meetings.Add(new Meeting(date, document.TitleSection?.Title ?? System.IO.Path.GetFileNameWithoutExtension(document.Path), document.TitleSection?.HeadingLine ?? 0, document.TitleSection, null));
                document.NoteDate = date;
            }
        }
        document.Meetings = meetings.OrderBy(m => m.Line).ToList();
        if (document.Today is { } day)
            document.Upcoming = meetings.Where(m => m.Section is not null && m.Date > day).OrderBy(m => m.Date).FirstOrDefault()?.Section;
    }

    /// <summary>
    /// A meeting dated by a bold line (<c>**March 3, 2025**</c>) or a dated paragraph holds what follows it up to the next
    /// meeting or a heading at its level or above, as a meeting heading holds its sub-sections: the <c>**Action items**</c>
    /// label or <c>### Next steps</c> under it are that meeting's, whatever level the log of meetings is read at.
    /// </summary>
    private static void SpanLabelMeetings(RunningDocument document, HashSet<Section> meetings)
    {
        Section? current = null;
        int level = 0;
        foreach (var section in document.Sections)
        {
            if (meetings.Contains(section))
            {
                current = section.IsLabel ? section : null;
                if (current is null) continue;
                section.Meeting = section;
                // Its level is that of a heading under the section it stands in, not under the previous meeting's last
                // sub-heading ("### Action items" then "**March 10, 2025**" is the next meeting, beside the one before).
                var under = section.Parent;
                while (under is not null && (under.IsLabel || under.Meeting is not null)) under = under.Parent;
                level = under is null ? section.Level : under.Level + 1;
            }
            else if (current is not null && !section.IsLabel && section.Level <= level)
            {
                current = null;
            }
            else if (current is not null && section.Kind is SectionKind.Other or SectionKind.ActionItems or SectionKind.MyActions or SectionKind.TheirActions)
            {
                // Where its notes and tasks are; a next-meeting agenda, goals or feedback label stays the document's own.
                section.Meeting = current;
            }
        }
    }

    /// <summary>A heading without a year after a dated one: the year that puts it within half a year of it (<c>## Jan 6</c> after <c>## Dec 30, 2025</c> is 2026).</summary>
    private static DateOnly? Near(DateMention mention, bool dayFirst, DateOnly before) =>
        new[] { before.Year - 1, before.Year, before.Year + 1 }.Select(y => mention.Resolve(dayFirst, y)).OfType<DateOnly>()
            .OrderBy(d => Math.Abs(d.DayNumber - before.DayNumber)).Cast<DateOnly?>().FirstOrDefault();

    /// <summary>
    /// A heading without a year between the meetings before and after it: of the years around theirs, the day that keeps the
    /// log's order (when it is known) and lies nearest the meeting before it (else after it). <c>## Dec 20</c> under
    /// <c>## Jan 5, 2025</c> in a newest-first log is 20 December 2024; after <c>## Dec 30, 2025</c>, <c>## Jan 6</c> is 2026.
    /// </summary>
    private static DateOnly? Between(DateMention mention, bool dayFirst, DateOnly? before, DateOnly? after, bool? newestFirst)
    {
        var neighbour = (before ?? after)!.Value;
        var days = new[] { before, after }.OfType<DateOnly>().SelectMany(d => new[] { d.Year - 1, d.Year, d.Year + 1 }).Distinct()
            .Select(y => mention.Resolve(dayFirst, y)).OfType<DateOnly>().ToList();
        var inOrder = newestFirst is not { } descending ? days : days.Where(d =>
            (before is not { } b || (descending ? d <= b : d >= b)) && (after is not { } a || (descending ? d >= a : d <= a))).ToList();
        return (inOrder.Count > 0 ? inOrder : days).OrderBy(d => Math.Abs(d.DayNumber - neighbour.DayNumber)).Cast<DateOnly?>().FirstOrDefault();
    }

    /// <summary>Front matter <c>created:</c>, as note apps stamp a new note: the year a log without any was begun in.</summary>
    private static DateOnly? Created(FrontMatter? frontMatter) =>
        frontMatter is { IsTemplate: false } && (frontMatter["created"] ?? frontMatter["date-created"] ?? frontMatter["created_at"]) is { } value
        && DateText.Find(value) is [{ Year: not null } written, ..] ? written.Resolve(false, null) : null;

    /// <summary>The dates written whole (with a year) in the document's text outside its front matter and meeting headings, by line.</summary>
    private static List<(int Line, DateOnly Date)> DatesAround(RunningDocument document, IEnumerable<Section> meetings, bool dayFirst)
    {
        var headings = meetings.Select(s => s.HeadingLine).ToHashSet();
        var found = new List<(int, DateOnly)>();
        var source = document.Source;
        for (int line = document.FrontMatter is { } fm ? fm.EndLine + 1 : 0; line < source.LineCount; line++)
        {
            if (headings.Contains(line)) continue;
            // A date in a link's address is the page's ("…/2014/05/29/questions"), not one the writer wrote.
            foreach (var mention in DateText.Find(Address().Replace(source.Line(line), m => new string(' ', m.Length)), allowNoYear: false))
                if (mention.Year is not null && mention.Resolve(dayFirst, null) is { } date) found.Add((line, date));
        }
        return found;
    }

    private static DateOnly? Nearest(List<(int Line, DateOnly Date)> dates, int line) =>
        dates.Count == 0 ? null : dates.MinBy(d => Math.Abs(d.Line - line)).Date;

    /// <summary>
    /// A date written without a year and with none around it: the latest such day not after today (<c>## Dec 9</c> read in
    /// January is last December). The day read holds until the same day a year later (or, for a 29 February, the 28th: read again a day early); a day
    /// that is none this year (29 February) holds for today only.
    /// </summary>
    private static DateOnly? ClosestPast(RunningDocument document, DateMention mention, bool dayFirst, DateOnly today)
    {
        var date = mention.Resolve(dayFirst, today.Year) is { } thisYear && thisYear > today ? mention.Resolve(dayFirst, today.Year - 1) : mention.Resolve(dayFirst, today.Year);
        document.ReadFromToday(date is { } day ? new DayRange(day, day.AddYears(1)) : new DayRange(today, today.AddDays(1)));
        return date;
    }

    /// <summary>Reads the meeting headings at the level most of them share as a log, and checks their order.</summary>
    private static void ReadLog(RunningDocument document, List<(Section Section, DateOnly? Date)> candidates, List<Problem> problems)
    {
        int level = candidates.GroupBy(c => c.Section.Level).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        var log = candidates.Where(c => c.Section.Level == level).ToList();
        var dated = log.Where(c => c.Date is not null).ToList();
        bool newestFirst = dated.Count >= 2 && dated[0].Date > dated[^1].Date;
        document.Log = new MeetingLog(log.Select(c => c.Section).ToList(), newestFirst);
        foreach (var (meeting, _) in log)
            foreach (var section in document.Sections.Where(s => s.HeadingLine >= meeting.HeadingLine && s.HeadingLine < meeting.EndLine))
                section.Meeting = meeting;

        for (int i = 1; i < dated.Count; i++)
        {
            var (before, after) = (dated[i - 1], dated[i]);
            if (newestFirst ? after.Date <= before.Date : after.Date >= before.Date) continue;
            problems.Add(new Problem(after.Section.HeadingLine + 1,
                $"meeting '{after.Section.Title}' is out of date order: the log runs {(newestFirst ? "newest" : "oldest")} first, and it follows '{before.Section.Title}'"));
            break;
        }
        var newest = newestFirst ? log[0] : log[^1];
        if (newest.Date is null && dated.Count > 0)
            problems.Add(new Problem(newest.Section.HeadingLine + 1,
                $"the latest meeting '{newest.Section.Title}' has no date; last met is taken from '{(newestFirst ? dated[0] : dated[^1]).Section.Title}'"));
    }

    /// <summary>
    /// Meeting logs kept as tables (<see cref="MeetingTable"/>): each dated row is a meeting. A date without a year
    /// takes the year of the row before it that writes one (else after it, else the file's date), else the closest
    /// such day not after today.
    /// </summary>
    private static IEnumerable<Meeting> TableRows(RunningDocument document, MarkdownDocument markdown, SectionsByLine sectionsByLine, DateOnly? fileDate)
    {
        foreach (var table in markdown.OfType<Markdig.Extensions.Tables.Table>())
        {
            if (sectionsByLine.At(table.Line)?.SelfAndAncestors().Any(s => s.Kind is SectionKind.Goals or SectionKind.Feedback or SectionKind.NextMeeting) == true) continue;
            var rows = MeetingTable.Rows(document, table).ToList();
            if (rows.Count == 0) continue;
            bool dayFirst = DateText.DayFirst(rows.Select(r => r.Date), document.DayFirst);
            for (int i = 0; i < rows.Count; i++)
            {
                var mention = rows[i].Date;
                int? year = mention.Year ?? rows.Take(i).Select(r => r.Date.Year).LastOrDefault(y => y is not null)
                    ?? rows.Skip(i + 1).Select(r => r.Date.Year).FirstOrDefault(y => y is not null) ?? fileDate?.Year;
                var date = year is not null ? mention.Resolve(dayFirst, year) : document.Today is { } today ? ClosestPast(document, mention, dayFirst, today) : null;
                if (date is not null) yield return new Meeting(date, rows[i].About, rows[i].Line, null, null);
            }
        }
    }

    /// <summary>
    /// Logseq pages: a block that opens with a journal link (<c>- [[Jan 20th, 2026]]</c>) is a meeting that day; the
    /// outermost such blocks are the meetings, so a page that keeps them under a parent block (<c>- 1:1 with [[Olu]]</c>
    /// over <c>\t- [[2026-01-20]]</c>) is read as one that keeps them at the top.
    /// </summary>
    private static IEnumerable<Meeting> JournalBlocks(RunningDocument document)
    {
        if (document.Sections.Count > 0 && document.Sections.Any(s => !s.IsLabel)) return [];
        var source = document.Source;
        var found = new List<(int Depth, Meeting Meeting)>();
        for (int line = 0; line < source.LineCount; line++)
        {
            var m = JournalBlock().Match(source.Line(line));
            if (!m.Success) continue;
            var mentions = DateText.Find(m.Groups["date"].Value);
            if (mentions.Count == 1 && mentions[0].Resolve(false, null) is { } date)
                found.Add((Depth(m.Groups["indent"].Value), new Meeting(date, m.Groups["date"].Value, line, null, null)));
        }
        if (found.Count == 0) return [];
        int outermost = found.Min(f => f.Depth);
        return found.Where(f => f.Depth == outermost).Select(f => f.Meeting).ToList();

        static int Depth(string indent) => indent.Sum(c => c == '\t' ? 2 : 1) / 2;
    }

    /// <summary>A date written as the document's own: <c>**Date:** 31 Oct 2025</c> or <c>## Time: 3/28/20 4 pm</c> near the top, or front matter <c>date:</c>.</summary>
    private static DateOnly? DateField(SourceText source, FrontMatter? frontMatter, bool? dayFirst)
    {
        int from = frontMatter is null ? 0 : frontMatter.EndLine + 1;
        for (int line = from; line < Math.Min(source.LineCount, from + 30); line++)
        {
            var m = DateLine().Match(source.Line(line));
            if (m.Success && DateText.Single(m.Groups["value"].Value, null, dayFirst) is { } date) return date;
        }
        if (frontMatter is { IsTemplate: false } && (frontMatter["date"] ?? frontMatter["meeting-date"]) is { } value) return DateText.Single(value, null, dayFirst);
        return null;
    }

    /// <summary>
    /// The date in the file's name, when it holds a whole one (<c>2026-01-20 Jai.md</c>, <c>31_oct_2025.md</c>), or opens
    /// with one without a year (<c>3-31-Sarah.md</c>: the closest such day not after today). <c>1-1</c> is a 1:1, not a date.
    /// </summary>
    private static DateOnly? FileDate(RunningDocument document)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(document.Path);
        var mentions = DateText.Find(name).Where(m => m.Year is not null).ToList();
        if (mentions.Count == 1) return mentions[0].Resolve(DateText.DayFirst(mentions, document.DayFirst), null);
        if (mentions.Count == 0 && document.Today is { } today && DateText.Find(name).FirstOrDefault() is { Index: 0 } opening
            && !OneOnOne().IsMatch(name[..opening.Length]))
        {
            return ClosestPast(document, opening, DateText.DayFirst([opening], document.DayFirst), today);
        }
        return null;
    }

    /// <summary>The title opens with the date, allowing a weekday, "Week of" and punctuation before it.</summary>
    private static bool OpensWith(string title, DateMention mention) =>
        Weekdays().Replace(WeekOf().Replace(title[..mention.Index], ""), "").All(c => !char.IsLetterOrDigit(c));

    /// <summary>A yearless numeric date counts only when it is all the title says besides meeting words and a weekday ("Meeting 22.05", "Tuesday 3/4").</summary>
    private static bool OnlyDate(string title, DateMention mention)
    {
        string rest = title.Remove(mention.Index, mention.Length);
        return Weekdays().Replace(MeetingWord().Replace(rest, ""), "").All(c => !char.IsLetterOrDigit(c));
    }

    private static void ReadTasks(RunningDocument document, MarkdownDocument markdown, ListEntries entries, SectionsByLine sectionsByLine, List<Problem> problems)
    {
        var source = document.Source;
        var known = KnownNames(document);
        var meetingDates = document.Meetings.Where(m => m.Section is not null && m.Date is not null)
            .GroupBy(m => m.Section!).ToDictionary(g => g.Key, g => g.First().Date);
        // A meeting log kept as a table: each row's tasks belong to that row's meeting.
        var rowMeetings = document.Meetings.Where(m => m.Section is null && m.Entry is null && m.Date is not null)
            .GroupBy(m => m.Line).ToDictionary(g => g.Key, g => g.First().Date);
        var actions = new List<ActionItem>();
        foreach (var block in markdown)
        {
            if (block is ListBlock list) Walk(list, null, 0);
            else if (block is Markdig.Extensions.Tables.Table table) ReadTable(table);
            else if (block is QuoteBlock quote) Quoted(quote);
            else if (block is ParagraphBlock paragraph) Prefixed(paragraph);
        }
        document.Actions = ActionItemReader.ClosedLater(actions.OrderBy(a => a.Source.Line).ToList());

        TaskContext Context(DateOnly? meeting) =>
            new(document.MyNames, meeting, document.ReadsDayFirst) { YearFrom = document.LastMet, Cadence = document.Frequency };

        void ReadTable(Markdig.Extensions.Tables.Table table)
        {
            var section = sectionsByLine.At(table.Line);
            if (section?.SelfAndAncestors().Any(s => s.Kind is SectionKind.Goals or SectionKind.Feedback or SectionKind.NextMeeting) == true) return;
            foreach (var row in TaskTable.Read(document, table, known, problems))
            {
                actions.Add(row with
                {
                    Owner = row.Assignee is null && SectionOwner(section, known, document.MyNames) is { } side ? side : row.Owner,
                    Section = section,
                    Meeting = rowMeetings.TryGetValue(row.Source.Line, out var held) ? held
                        : section?.Meeting is { } meeting && meetingDates.TryGetValue(meeting, out var date) ? date : document.NoteDate,
                });
            }
        }

        // A line of text that opens with an action prefix ("Action: Sam to send the rubric", "TODO: book the room"), as
        // notes written without lists and emailed recaps write a task, is one: a line of its own, with no box.
        void Prefixed(ParagraphBlock paragraph)
        {
            for (int line = paragraph.Line; line < paragraph.Line + Math.Max(1, paragraph.Lines.Count); line++)
            {
                string text = source.Line(line);
                if (!ActionItemReader.HasActionPrefix(text)) continue;
                var section = sectionsByLine.At(line);
                if (section?.SelfAndAncestors().Any(s => s.Kind is SectionKind.Goals or SectionKind.Feedback or SectionKind.NextMeeting) == true) continue;
                string trimmed = text.TrimStart();
                var entry = new ListEntry(line, line + 1, text[..(text.Length - trimmed.Length)], "", null, trimmed.TrimEnd(), []);
                var held = section?.Meeting is { } under && meetingDates.TryGetValue(under, out var on) ? on : document.NoteDate;
                var read = ActionItemReader.Read(entry, SectionOwner(section, known, document.MyNames) ?? ActionOwner.Me, known, [], problems, Context(held));
                if (read.Text.Length > 0) actions.Add(read with { Section = section, Meeting = held });
            }
        }

        // A blockquote or an Obsidian callout (> [!todo] Action items) holds tasks as any list does; only boxed or
        // Logseq-marked ones, since a quoted plain bullet is a quotation, never a planned step.
        void Quoted(QuoteBlock quote)
        {
            foreach (var inner in quote)
            {
                if (inner is ListBlock list) Walk(list, null, 0, quoted: true);
                else if (inner is QuoteBlock nested) Quoted(nested);
            }
        }

        void Walk(ListBlock list, ActionItem? parent, int depth, bool quoted = false)
        {
            foreach (var child in list)
                if (child is ListItemBlock item) Visit(item, parent, depth, quoted);
        }

        void Visit(ListItemBlock item, ActionItem? parent, int depth, bool quoted)
        {
            ActionItem? task = null;
            var section = sectionsByLine.At(item.Line);
            if (entries.Of(item) is { } entry && (ActionItemReader.IsTask(entry) || !quoted && (depth == 0 && IsPlannedStep(entry, section) || ActionItemReader.HasActionPrefix(entry.Text)) && !GroupsTasks(entries, item)))
            {
                if (section?.SelfAndAncestors().Any(s => s.Kind is SectionKind.Goals or SectionKind.Feedback or SectionKind.NextMeeting) != true)
                {
                    var owner = parent?.Owner ?? SectionOwner(section, known, document.MyNames) ?? ActionOwner.Me;
                    int ownEnd = item.OfType<ListBlock>().Select(b => b.Line).DefaultIfEmpty(entry.EndLine).Min();
                    var ownLines = Enumerable.Range(entry.Line + 1, Math.Max(0, ownEnd - entry.Line - 1)).Select(source.Line).ToList();
                    var held = section?.Meeting is { } under && meetingDates.TryGetValue(under, out var on) ? on : document.NoteDate;
                    var read = ActionItemReader.Read(entry, owner, known, ownLines, problems, Context(held));
                    if (read.Text.Length > 0)
                    {
                        task = read with
                        {
                            Parent = parent,
                            Section = section,
                            Meeting = held,
                        };
                        actions.Add(task);
                    }
                }
            }
            foreach (var nested in item.OfType<ListBlock>()) Walk(nested, task ?? parent, depth + 1, quoted);
        }
    }

    /// <summary>
    /// A plain or numbered item directly under an action heading (<c>## Action Items</c>, <c>### Next steps</c>,
    /// <c>**To do:**</c>, a side's list) is an open task though it has no box: people list their next
    /// steps so. Under any other heading a plain bullet is a note, never a task; so is a label ending in a
    /// colon, and a placeholder (<c>None</c>, <c>N/A</c>, <c>TBD</c>).
    /// </summary>
    private static bool IsPlannedStep(ListEntry entry, Section? section) =>
        section?.Kind is SectionKind.ActionItems or SectionKind.MyActions or SectionKind.TheirActions
        && entry.Text.Trim() is { Length: > 0 } text
        && !text.EndsWith(':')
        && !Placeholder().IsMatch(text)
        && !IsoDate.Shaped().IsMatch(text.Split(' ', 2)[0]);

    /// <summary>
    /// Whether a plain item holds task items under it (<c>- Research</c> over <c>- [ ] Design the experiment</c>):
    /// it names a group of tasks, and is no task itself.
    /// </summary>
    private static bool GroupsTasks(ListEntries entries, ListItemBlock item) =>
        item.OfType<ListBlock>().SelectMany(b => b.OfType<ListItemBlock>()).Any(child => entries.Of(child) is { } c && ActionItemReader.IsTask(c));

    /// <summary>
    /// The innermost section (heading or bold label) holding a line: the last section, in document order, whose
    /// lines [<see cref="Section.HeadingLine"/>, <see cref="Section.EndLine"/>) hold it. Sections come in the order
    /// of their heading lines, so the ones starting at or before the line are found by a binary search, and the
    /// search for one still open at the line walks back from the last of them (usually that one, or its parent a
    /// step or two back) instead of from the end of the document for each list item. Should the heading lines
    /// ever be out of order, it walks back from the end, as a plain search would.
    /// </summary>
    private sealed class SectionsByLine
    {
        private readonly List<Section> _sections;
        private readonly bool _inOrder = true;

        public SectionsByLine(List<Section> sections)
        {
            _sections = sections;
            for (int i = 1; i < sections.Count; i++)
                if (sections[i].HeadingLine < sections[i - 1].HeadingLine) _inOrder = false;
        }

        public Section? At(int line)
        {
            for (int i = (_inOrder ? StartingBy(line) : _sections.Count) - 1; i >= 0; i--)
            {
                var section = _sections[i];
                if (section.HeadingLine <= line && line < section.EndLine) return section;
            }
            return null;
        }

        /// <summary>How many sections start at or before <paramref name="line"/>: they are the first ones.</summary>
        private int StartingBy(int line)
        {
            int low = 0, high = _sections.Count;
            while (low < high)
            {
                int middle = low + (high - low) / 2;
                if (_sections[middle].HeadingLine <= line) low = middle + 1;
                else high = middle;
            }
            return low;
        }
    }

    /// <summary>Whose tasks a heading holds: my/their action lists, a heading naming the person, "Me"; null when it does not say.</summary>
    private static ActionOwner? SectionOwner(Section? section, List<string> known, IReadOnlyList<string> mine)
    {
        if (section is null) return null;
        foreach (var s in section.SelfAndAncestors())
        {
            if (s.Kind == SectionKind.Title) continue;
            var kind = s.Kind is SectionKind.MyActions or SectionKind.TheirActions ? s.Kind : SectionAliases.ClassifyActionList(NameRules.StripLinks(s.Title), known, mine);
            if (kind == SectionKind.MyActions) return ActionOwner.Me;
            if (kind == SectionKind.TheirActions) return ActionOwner.Them;
        }
        return null;
    }

    // Also in the languages whose months DateText reads: Besprechung, Treffen, reunión, réunion, vergadering, gesprek, reunião.
    [GeneratedRegex(@"\b(?:meetings?|1:1s?|1-1|1-on-1|1on1|one[- ]on[- ]one|sync|check[- ]?in|catch[- ]?up|minutes|session|call|chat|standup|supervision|besprechung|treffen|gespräch|reuni[oó]n|réunion|vergadering|gesprek|reuni[aã]o|encontro|entretien)(?![\p{L}\d_])", RegexOptions.IgnoreCase)]
    private static partial Regex MeetingWord();

    [GeneratedRegex(@"\b(?:meeting|1:1|1-1|1-on-1|session|sync|check[- ]?in|call)\s*#?\d{1,3}\b|\b\d{1,3}(?:st|nd|rd|th)\s+(?:meeting|1:1|session|sync|call)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedMeeting();

    [GeneratedRegex(@"^\W*(?:next|upcoming|future|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Upcoming();

    [GeneratedRegex(@"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex Weekdays();

    // A weekly 1:1 dated by its week: "### Week of March 3", "## W/C 03/03/2025", "## Week commencing 3 March".
    [GeneratedRegex(@"\b(?:week|wk)\s+(?:of|commencing|starting|beginning)\b|\bw/c\b", RegexOptions.IgnoreCase)]
    private static partial Regex WeekOf();

    // Also a row of a property table, as exports write a page's properties: "| **Date** | 3/3/2025 |".
    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|[-*+]\s+|\|\s*)?(?:\*\*|__)?(?:date|meeting date|when|time|held on)(?:\*\*|__)?\s*[:|]\s*(?:\*\*|__)?\s*(?<value>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"^\s*(?:[-*+]\s+|\|\s*)?(?:\*\*|__)?(?:attendees|participants|attendance)(?:\*\*|__)?\s*[:|]?\s*(?:\*\*|__)?\s*:?\s*(?<list>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex AttendeesLine();

    [GeneratedRegex(@"^\s*[-*+]\s+(?<text>.+)$")]
    private static partial Regex ListLine();

    // An emailed recap's "To:" header, addressed to the one other person ("To: Priya Shah <priya@example.com>").
    [GeneratedRegex(@"^\s*(?:\*\*|__)?To(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*(?<list>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex ToHeader();

    // The address after a name in an email header: "Priya Shah <priya@example.com>".
    [GeneratedRegex(@"<[^<>@\s]+@[^<>\s]+>")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"^\d{1,9}[.)](?:\s|$)")]
    private static partial Regex NumberedItem();

    [GeneratedRegex(@"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")]
    private static partial Regex TableDelimiter();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:-\s+)?(?<key>[A-Za-z][\w-]*)::\s*(?<value>.*)$")]
    private static partial Regex PageProperty();

    // The link may be a heading block, as Logseq writes one: "- ## [[Mar 3rd, 2025]]".
    [GeneratedRegex(@"^(?<indent>[\t ]*)[-*]\s+(?:#{1,6}\s+)?\[\[(?<date>[^\]]+)\]\]")]
    private static partial Regex JournalBlock();

    [GeneratedRegex(@"\]\([^)\s]*\)|<?\b(?:https?|file)://[^\s)>]*>?", RegexOptions.IgnoreCase)]
    private static partial Regex Address();

    [GeneratedRegex(@"^1[-_./]1$")]
    private static partial Regex OneOnOne();

    [GeneratedRegex(@"^\W*(?:none|n/?a|tbd|nothing|-+|\.+|\?+)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"</(?:pre|script|style|textarea)\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingRawTag();

    [GeneratedRegex(@"<(pre|script|style|textarea)", RegexOptions.IgnoreCase)]
    private static partial Regex RawTag();
}
