using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Notes.Planning;

/// <summary>
/// Topics, decisions, blockers and completions with no action to tick go to the best-matching thread
/// (a shared title word counts 3, a word said in the thread before 2, a word of the title's theme 1;
/// at least 2 to match), or start a new thread named after the entry. An entry the document or its
/// archive holds for this date is not added again.
/// </summary>
internal sealed partial class ThreadsStep : IPlanStep
{
    private const int TopicTitleWords = 6;

    public string Name => "threads";

    public void Run(PlanContext plan)
    {
        var e = plan.Extraction;
        var threads = plan.Document.Threads.Select(t => new ThreadTarget(t.Topic, t, null, plan)).ToList();
        var known = plan.Document.Threads.SelectMany(t => t.Entries).Concat(plan.Archived.ThreadEntries)
            .Where(x => x.Date == plan.Date).Select(x => Wording.Key(x.Text)).ToHashSet(StringComparer.Ordinal);
        var items = e.Topics.Select(t => (t.Line, t.Text))
            .Concat(e.Decisions.Select(d => (d.Line, Text: DecisionWords().IsMatch(d.Text) ? d.Text : "Decided: " + d.Text)))
            .Concat(e.Blockers.Select(b => (b.Line, b.Text)))
            .Concat(plan.UnmatchedCompletions.Select(c => (c.Line, c.Text)))
            .OrderBy(i => i.Line);
        foreach (var (_, raw) in items)
        {
            string text = Wording.Capitalise(PlanContext.OneLine(raw));
            string key = Wording.Key(text);
            if (known.Contains(key)) continue;
            if (plan.Changes.Any(c => c.Kind == ChangeKind.ThreadEntry && Wording.Key(c.Text) == key)) continue;
            var stems = Wording.Stems(text, plan.Names);
            var target = threads
                .Select(t => (Thread: t, Score: t.Score(stems), Said: t.SaidBefore(stems)))
                .Where(t => t.Score >= 2)
                .OrderByDescending(t => t.Score)
                .ThenByDescending(t => t.Said)
                .ThenByDescending(t => t.Thread.LastDate)
                .Select(t => t.Thread)
                .FirstOrDefault();
            string title = target?.Title ?? NewThreadTitle(text);
            // A sentence names no thread: it joins the general one, the document's own when it has one.
            if (target is null && title == NoteWords.GeneralThread
                && threads.FirstOrDefault(t => t.Title.Equals(title, StringComparison.OrdinalIgnoreCase)) is { } general)
                (target, title) = (general, general.Title);
            if (!plan.Propose(new PlannedChange(ChangeKind.ThreadEntry, text, Where: title) { StartsThread = target is null })) continue;
            if (target is null)
            {
                target = NewThread(plan, title);
                threads.Add(target);
            }
            target.Add(text, stems);
        }
    }

    /// <summary>
    /// The title of the thread an entry that matches none starts: its own words when it reads as a heading (a noun
    /// phrase), else the general thread (<see cref="NoteWords.GeneralThread"/>): a sentence is prose, not a heading.
    /// </summary>
    internal static string NewThreadTitle(string text)
    {
        string entry = StatusLead().Replace(text, "");
        // A headline ("Training budget approved") is its noun phrase's news: the noun phrase names the thread.
        if (NoteWords.HeadlineSubject(entry) is { } subject) return Title(subject);
        return NoteWords.IsProse(entry) ? NoteWords.GeneralThread : Title(text);
    }

    /// <summary>A new thread's title: the entry's first words, without a status lead or trailing filler.</summary>
    private static string Title(string text)
    {
        var words = StatusLead().Replace(text, "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(TopicTitleWords).ToList();
        while (words.Count > 1 && TrailingFiller().IsMatch(words[^1])) words.RemoveAt(words.Count - 1);
        return Wording.Capitalise(string.Join(' ', words).TrimEnd('.', ',', ';', ':', '-', '!', '?'));
    }

    private static ThreadTarget NewThread(PlanContext plan, string title)
    {
        var section = plan.Document.FindSection(SectionKind.Threads) is { } threads
            ? plan.Editor.CreateChild(threads, title)
            : plan.Created(SectionKind.Threads).AddChild(title);
        return new ThreadTarget(title, null, section, plan);
    }

    // contract: "Not actions": decisions and arrangements ("we agreed to…", "decided")
    [GeneratedRegex(@"\b(?:decid|agree|decision|settled|going with)", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionWords();

    // contract: none (machinery): strips status lead words ("decided:", "blocked on") from a thread title
    [GeneratedRegex(@"^(?:decided|decision|blocked|waiting|stuck|held up)\s*(?::|on|by|for)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLead();

    // contract: none (machinery): trims filler words at the end of a thread title
    [GeneratedRegex(@"^(?:the|a|an|and|or|for|of|to|on|in|by|with|at|from|about|-|–|—)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFiller();

    /// <summary>A thread an entry can go to: one in the document, or one this plan creates.</summary>
    private sealed class ThreadTarget
    {
        private readonly OngoingThread? _thread;
        private readonly NewSection? _created;
        private readonly PlanContext _plan;
        private readonly HashSet<string> _title;
        private readonly HashSet<string> _theme;
        private readonly HashSet<string> _said;

        public ThreadTarget(string title, OngoingThread? thread, NewSection? created, PlanContext plan)
        {
            Title = title;
            _thread = thread;
            _created = created;
            _plan = plan;
            _title = Wording.Stems(title, plan.Names);
            // A topic this plan names after a statement has no theme: only a thread the user titled does.
            _theme = thread is null ? [] : Themes.Expand(_title);
            _said = thread?.Entries.Take(20).SelectMany(e => Wording.Stems(e.Text + " " + string.Join(' ', e.Details), plan.Names)).ToHashSet() ?? [];
        }

        public string Title { get; }

        public DateOnly? LastDate => _thread?.LastDate ?? _plan.Date;

        public int Score(HashSet<string> stems) =>
            stems.Sum(s => _title.Contains(s) ? 3 : _said.Contains(s) ? 2 : _theme.Contains(s) ? 1 : 0);

        public int SaidBefore(HashSet<string> stems) => stems.Count(_said.Contains);

        public void Add(string text, HashSet<string> stems)
        {
            string line = $"- {IsoDate.Format(_plan.Date)}: {text}";
            if (_thread is not null) _plan.Editor.InsertDated(_thread.Section, _thread.Entries, _plan.Date, line);
            else _created!.Lines.Add(line);
            _said.UnionWith(stems);
        }
    }
}
