using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Tracking;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Notes;

/// <summary>
/// Applies one meeting's notes to a relationship's running document, as the seed's "process my 1:1
/// notes" does: new actions on each side, completed actions ticked, goals, wins, feedback, thread
/// entries and a meeting-history line linking the raw notes, which are kept next to the document.
/// Planning writes nothing; the same notes planned twice change nothing the second time.
/// </summary>
public sealed partial class NotesProcessor
{
    /// <summary>Where raw notes are kept, under the relationships folder.</summary>
    public const string NotesFolder = "notes";

    private const int HistoryTopics = 4;
    private const int HistoryWords = 6;
    private const int TopicTitleWords = 6;

    private readonly Vault _vault;

    public NotesProcessor(Vault vault) => _vault = vault;

    /// <summary>
    /// Works out every change the notes make, without writing anything. The notes are read by
    /// <paramref name="extract"/> when given (the rules with a language model's additions), else by
    /// the rules engine.
    /// </summary>
    public NotesPlan Plan(LoadedDocument loaded, string notes, DateOnly date, Func<string, MeetingContext, Extraction>? extract = null)
    {
        if (string.IsNullOrWhiteSpace(notes))
            throw new RapportException(ErrorCode.Usage, "the notes are empty; nothing to process");
        if (notes.Split('\n').All(line => EmptyBullet().IsMatch(line.Trim())))
            throw new RapportException(ErrorCode.Usage, "the notes hold only empty bullets; nothing to process");
        var document = loaded.Document;
        string person = document.Person ?? loaded.Slug;
        var meeting = new MeetingContext(date, person, Cadence.Schedule.Cadence(document, _vault.Config.Cadence, date));
        var labels = MeetingLabels.Read(notes);
        var extraction = (extract ?? NotesEngine.Extract)(labels.Rest, meeting);
        return new Planner(_vault, loaded, notes, meeting, extraction, labels).Build();
    }

    /// <summary>
    /// Writes a plan: the raw notes first (a new file), then the document and the backlog, each only
    /// if nobody changed it since it was read.
    /// </summary>
    public void Apply(NotesPlan plan)
    {
        foreach (var file in plan.Files.OrderBy(f => f.IsNew ? 0 : 1))
        {
            if (file.IsNew) _vault.Store.Create(file.FullPath, file.After.Text);
            else _vault.Store.Save(file.FullPath, file.Fingerprint, file.After);
        }
    }

    /// <summary>A line with no content: nothing, a bullet, a number or an empty task box.</summary>
    [GeneratedRegex(@"^(?:[-*+•]|\d{1,3}[.)])?\s*(?:\[[ xX]?\])?$")]
    private static partial Regex EmptyBullet();

    private sealed partial class Planner
    {
        private readonly Vault _vault;
        private readonly LoadedDocument _loaded;
        private readonly RunningDocument _document;
        private readonly string _notes;
        private readonly MeetingContext _meeting;
        private readonly Extraction _extraction;
        private readonly DocumentEditor _editor;
        private readonly List<PlannedChange> _changes = [];
        private readonly List<PlannedFile> _files = [];
        private readonly Dictionary<SectionKind, NewSection> _created = [];
        private readonly HashSet<string> _names;
        private readonly List<ThreadTarget> _threads;
        private readonly ActionSyntax _syntax;
        private readonly bool _writesPriority;
        private readonly List<ExtractedAction> _myNewActions = [];
        private readonly List<ActionItem> _myCompleted = [];
        private readonly MeetingLabels _labels;
        private readonly NextMeeting _next;

        public Planner(Vault vault, LoadedDocument loaded, string notes, MeetingContext meeting, Extraction extraction, MeetingLabels labels)
        {
            _labels = labels;
            _next = NextMeeting.Read(loaded.Document);
            _vault = vault;
            _loaded = loaded;
            _document = loaded.Document;
            _notes = notes;
            _meeting = meeting;
            _extraction = extraction;
            _editor = new DocumentEditor(_document) { MeetingDate = meeting.Date };
            _names = Wording.NameWords(meeting.Person);
            _threads = _document.Threads.Select(t => new ThreadTarget(t.Topic, t, null, this)).ToList();
            _syntax = ActionItemWriter.PreferredSyntax(_document.Actions);
            _writesPriority = _document.Actions.Any(a => a.Priority is not null && a.Source.Text.Contains('['));
        }

        private DateOnly Date => _meeting.Date;

        public NotesPlan Build()
        {
            var notesFile = PlanNotesFile();
            CompleteActions();
            AddActions();
            AddGoals();
            AddWins();
            AddFeedback();
            AddMood();
            AddThreadEntries();
            AddHistory(notesFile.Link);
            ClearNextMeeting();
            AddNextMeetingPoints();

            if (_editor.HasChanges)
            {
                var after = _editor.Apply();
                _files.Add(new PlannedFile(_loaded.FullPath, _document.Path, _document.Source, after, _loaded.Fingerprint));
            }
            if (notesFile.File is { } file) _files.Insert(0, file);
            PlanBacklog();
            return new NotesPlan(_meeting, _extraction, _changes, _files);
        }

        /// <summary>The raw notes go to notes/&lt;slug&gt;/&lt;date&gt;.md, or -2, -3… when another set of notes has that name.</summary>
        private (PlannedFile? File, string Link) PlanNotesFile()
        {
            string folder = Path.Combine(_vault.Config.RelationshipsFolder, NotesFolder, _loaded.Slug);
            string text = _notes.EndsWith('\n') || _notes.EndsWith('\r') ? _notes : _notes + "\n";
            for (int n = 1; ; n++)
            {
                string name = IsoDate.Format(Date) + (n == 1 ? "" : $"-{n}") + ".md";
                string full = _vault.Resolve(Path.Combine(folder, name));
                string link = Path.GetRelativePath(Path.GetDirectoryName(_loaded.FullPath)!, full).Replace('\\', '/');
                if (!_vault.Files.FileExists(full))
                {
                    _changes.Add(new PlannedChange(ChangeKind.NotesSaved, _vault.Display(full)));
                    return (new PlannedFile(full, _vault.Display(full), null, new SourceText(text), []), link);
                }
                var existing = TextCodec.Decode(_vault.Store.ReadChecked(full, _vault.Display(full)), _vault.Display(full));
                if (existing.Text == text) return (null, link);
            }
        }

        /// <summary>
        /// Ticks the open action a completion reports done (issue "Completions never lie"): its words
        /// are compared without parentheticals, and a match that is close to a second one, or only
        /// near, is reported as "possibly done" instead of ticked. Progress, intent, readiness, failure
        /// and negation never tick anything. Cancellations mark their action cancelled.
        /// </summary>
        private void CompleteActions()
        {
            var candidates = _document.Actions.Select(a => (Action: a, Stems: Wording.Stems(Parenthetical().Replace(a.Text, " "), _names))).ToList();
            var used = new HashSet<ActionItem>();
            foreach (var completion in _extraction.Completions)
            {
                if (Rules.IsProgress(completion.Text)) continue;
                var match = BestMatch(candidates, completion.Text);
                if (match.Action is null)
                {
                    _unmatchedCompletions.Add(completion);
                    continue;
                }
                if (match.Action.Done || !used.Add(match.Action)) continue;
                if (!match.Sure)
                {
                    _changes.Add(new PlannedChange(ChangeKind.PossiblyDone, match.Action.Text, match.Action.Owner, Where: $"the notes say \"{completion.Text}\""));
                    continue;
                }
                _editor.MarkDone(match.Action, Date);
                if (match.Action.Owner == ActionOwner.Me) _myCompleted.Add(match.Action);
                _changes.Add(new PlannedChange(ChangeKind.ActionDone, match.Action.Text, match.Action.Owner));
            }
            foreach (var cancelled in _extraction.Cancellations)
            {
                var match = BestMatch(candidates, cancelled.Text);
                if (match.Action is null || match.Action.Done || !match.Sure || !used.Add(match.Action)) continue;
                _editor.MarkCancelled(match.Action, Date);
                _changes.Add(new PlannedChange(ChangeKind.ActionCancelled, match.Action.Text, match.Action.Owner));
            }
        }

        /// <summary>
        /// The open action a report is about: Dice at least 0.6 and two shared words (all of a
        /// one-word report) is a match; it is sure unless a second action scores within 0.1 of it.
        /// A near match (0.4 or more, two shared words) is never sure.
        /// </summary>
        private (ActionItem? Action, bool Sure) BestMatch(List<(ActionItem Action, HashSet<string> Stems)> candidates, string report)
        {
            var stems = Wording.Stems(Parenthetical().Replace(report, " "), _names);
            var scored = candidates
                .Select(c => (c.Action, Score: Wording.Similarity(stems, c.Stems), Shared: stems.Count(c.Stems.Contains)))
                .Where(c => c.Shared >= Math.Min(2, stems.Count) && c.Score >= 0.4)
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Action.Done)
                .ToList();
            if (scored.Count == 0) return (null, false);
            var best = scored[0];
            bool close = scored.Skip(1).Any(c => !c.Action.Done && best.Score - c.Score < 0.1);
            return (best.Action, best.Score >= 0.6 && !close);
        }

        [GeneratedRegex(@"\([^)]*\)")]
        private static partial Regex Parenthetical();

        private readonly List<NoteItem> _unmatchedCompletions = [];

        private void AddActions()
        {
            foreach (var action in _extraction.Actions)
            {
                string text = Wording.Capitalise(OneLine(action.Text));
                string key = Wording.Key(text);
                var stems = Wording.Stems(text, _names);
                bool known = _document.Actions.Any(a => a.Owner == action.Owner
                    && (Wording.Key(a.Text) == key || Wording.Similarity(Wording.Stems(a.Text, _names), stems) >= 0.8)
                    && (!a.Done || a.Completed >= Date));
                if (known || _changes.Any(c => c.Kind == ChangeKind.ActionAdded && c.Owner == action.Owner && Wording.Key(c.Text) == key))
                    continue;
                string? priority = _writesPriority ? action.Priority : null;
                var section = action.Owner == ActionOwner.Me ? SectionKind.MyActions : SectionKind.TheirActions;
                var existing = _document.FindSection(section);
                if (existing is not null)
                {
                    string marker = existing.Items.Select(i => i.Marker).FirstOrDefault(m => m is "-" or "*" or "+") ?? "-";
                    var items = _document.Actions.Where(a => a.Source.Line >= existing.ContentStartLine && a.Source.Line < existing.OwnContentEndLine).ToList();
                    _editor.InsertAction(existing, items, ActionItemWriter.Open(text, action.Due, priority, _syntax, marker));
                }
                else
                {
                    NewActionList(action.Owner).Lines.Add(ActionItemWriter.Open(text, action.Due, priority, _syntax));
                }
                if (action.Owner == ActionOwner.Me) _myNewActions.Add(action with { Text = text });
                _changes.Add(new PlannedChange(ChangeKind.ActionAdded, text, action.Owner, action.Due, action.Priority));
            }
        }

        private NewSection NewActionList(ActionOwner owner)
        {
            var kind = owner == ActionOwner.Me ? SectionKind.MyActions : SectionKind.TheirActions;
            if (_created.TryGetValue(kind, out var list)) return list;
            string title = owner == ActionOwner.Me ? SectionAliases.Canonical(SectionKind.MyActions) : $"{FirstName}'s Actions";
            var parent = _document.FindSection(SectionKind.ActionItems);
            if (parent is not null)
            {
                var theirs = owner == ActionOwner.Me ? parent.Children.FirstOrDefault(c => c.Kind == SectionKind.TheirActions) : null;
                list = _editor.CreateChild(parent, title, theirs);
            }
            else
            {
                var created = Created(SectionKind.ActionItems);
                list = created.AddChild(title);
                // My list comes first however the lists were created.
                if (owner == ActionOwner.Me && created.Children.Count > 1) created.Children.Reverse();
            }
            return _created[kind] = list;
        }

        private string FirstName => _document.FirstName ?? _meeting.Person;

        private void AddGoals()
        {
            foreach (var goal in _extraction.Goals)
            {
                string text = Wording.Capitalise(OneLine(goal.Text));
                var stems = Wording.Stems(text, _names);
                if (_document.FocusAreas.Select(f => f.Text).Concat(Tracking.Goals.Of(_document).Select(g => g.Text))
                        .Any(known => Wording.Key(known) == Wording.Key(text) || Wording.Similarity(Wording.Stems(known, _names), stems) >= 0.8))
                    continue;
                if (_changes.Any(c => c.Kind == ChangeKind.GoalAdded && Wording.Key(c.Text) == Wording.Key(text))) continue;
                // Goals go to ## Goals, as open tasks 'rapport goal' can tick (created when missing).
                string line = ActionItemWriter.Open(text, null, null, _syntax);
                if (_document.FindSection(SectionKind.Goals) is { } goals) _editor.Append(goals, line);
                else Created(SectionKind.Goals).Lines.Add(line);
                _changes.Add(new PlannedChange(ChangeKind.GoalAdded, text));
            }
        }

        private void AddWins()
        {
            foreach (var win in _extraction.Wins)
                AddDated(SectionKind.Accomplishments, _document.Accomplishments, Wording.Capitalise(OneLine(win.Text)), ChangeKind.WinAdded);
        }

        /// <summary>
        /// Queued feedback the notes mention was delivered at this meeting; feedback said in the notes
        /// (and not queued before) is recorded as given.
        /// </summary>
        private void AddFeedback()
        {
            var delivered = FeedbackQueue.DeliverMentioned(_editor, NoteLines, _names, Date);
            foreach (var queued in delivered) _changes.Add(new PlannedChange(ChangeKind.FeedbackDelivered, queued.Text));
            foreach (var feedback in _extraction.Feedback)
            {
                var stems = Wording.Stems(feedback.Text, _names);
                if (delivered.Any(d => Wording.Covered([Wording.Stems(d.Text, _names)], stems))) continue;
                string label = feedback.Kind == FeedbackQueue.WatchOut ? "Watch out" : "High five";
                AddDated(SectionKind.Feedback, _document.Feedback, $"{label}: {OneLine(feedback.Text)}", ChangeKind.FeedbackAdded);
            }
        }

        /// <summary>The mood of the meeting (<c>mood 4/5</c>) joins the pulse in <c>## Mood</c>.</summary>
        private void AddMood()
        {
            if (_extraction.Mood is not { } mood || _document.Moods.Any(m => m.Date == Date)) return;
            Scores.AddMood(_editor, mood, null, Date);
            _changes.Add(new PlannedChange(ChangeKind.MoodAdded, $"{mood}/5"));
        }

        private List<HashSet<string>>? _noteLines;

        /// <summary>The content words of each line of the notes, for telling what they cover.</summary>
        private List<HashSet<string>> NoteLines => _noteLines ??=
            _notes.ReplaceLineEndings("\n").Split('\n').Select(l => Wording.Stems(l, _names)).Where(s => s.Count > 0).ToList();

        /// <summary>Adds <c>- date: text</c> to a dated list unless the same text is there for this date.</summary>
        private void AddDated(SectionKind kind, IReadOnlyList<DatedEntry> entries, string text, ChangeKind change)
        {
            string key = Wording.Key(text);
            if (entries.Any(e => e.Date == Date && Wording.Key(e.Text) == key)) return;
            if (_changes.Any(c => c.Kind == change && Wording.Key(c.Text) == key)) return;
            string line = $"- {IsoDate.Format(Date)}: {text}";
            if (_document.FindSection(kind) is { } section) _editor.InsertDated(section, entries, Date, line);
            else Created(kind).Lines.Add(line);
            _changes.Add(new PlannedChange(change, text));
        }

        /// <summary>Topics, decisions, blockers and completions with no action to tick go to the best-matching thread.</summary>
        private void AddThreadEntries()
        {
            var items = _extraction.Topics.Select(t => (t.Line, Text: t.Text))
                .Concat(_extraction.Decisions.Select(d => (d.Line, Text: DecisionWords().IsMatch(d.Text) ? d.Text : "Decided: " + d.Text)))
                .Concat(_extraction.Blockers.Select(b => (b.Line, b.Text)))
                .Concat(_unmatchedCompletions.Select(c => (c.Line, c.Text)))
                .OrderBy(i => i.Line);
            foreach (var (_, raw) in items)
            {
                string text = Wording.Capitalise(OneLine(raw));
                string key = Wording.Key(text);
                if (_document.Threads.Any(t => t.Entries.Any(e => e.Date == Date && Wording.Key(e.Text) == key))) continue;
                if (_changes.Any(c => c.Kind == ChangeKind.ThreadEntry && Wording.Key(c.Text) == key)) continue;
                var stems = Wording.Stems(text, _names);
                var target = _threads
                    .Select(t => (Thread: t, Score: t.Score(stems), Said: t.SaidBefore(stems)))
                    .Where(t => t.Score >= 2)
                    .OrderByDescending(t => t.Score)
                    .ThenByDescending(t => t.Said)
                    .ThenByDescending(t => t.Thread.LastDate)
                    .Select(t => t.Thread)
                    .FirstOrDefault() ?? NewThread(text);
                target.Add(text, stems);
                _changes.Add(new PlannedChange(ChangeKind.ThreadEntry, text, Where: target.Title));
            }
        }

        private ThreadTarget NewThread(string text)
        {
            var words = StatusLead().Replace(text, "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(TopicTitleWords).ToList();
            while (words.Count > 1 && TrailingFiller().IsMatch(words[^1])) words.RemoveAt(words.Count - 1);
            string title = Wording.Capitalise(string.Join(' ', words).TrimEnd('.', ',', ';', ':', '-', '!', '?'));
            NewSection section;
            if (_document.FindSection(SectionKind.Threads) is { } threads) section = _editor.CreateChild(threads, title);
            else section = Created(SectionKind.Threads).AddChild(title);
            var target = new ThreadTarget(title, null, section, this);
            _threads.Add(target);
            return target;
        }

        private void AddHistory(string link)
        {
            var history = _document.MeetingHistory;
            if (history.Any(e => e.Source.Text.Contains($"]({link})", StringComparison.Ordinal))) return;
            string summary = Summary();
            string text = $"{summary} ([notes]({link}))";
            if (history.Any(e => e.Date == Date && Wording.Key(e.Text) == Wording.Key(text))) return;
            var lines = new List<string> { $"- {IsoDate.Format(Date)}: {text}" };
            string? intention = _labels.Intention ?? _next.IntentionText;
            if (!string.IsNullOrWhiteSpace(intention)) lines.Add($"  - Intention: {MarkdownText.ListItem(intention)}");
            if (_labels.Outcome is { } outcome) lines.Add($"  - Outcome: {MarkdownText.ListItem(outcome)}");
            if (_document.FindSection(SectionKind.MeetingHistory) is { } section) _editor.InsertDated(section, history, Date, lines);
            else Created(SectionKind.MeetingHistory).Lines.AddRange(lines);
            _changes.Add(new PlannedChange(ChangeKind.HistoryAdded, summary));
            _historyAdded = true;
        }

        private bool _historyAdded;

        /// <summary>
        /// The meeting happened: its agenda block and intention leave <c>## Next Meeting</c>, and so do
        /// the talking points the notes cover; the others stay for next time.
        /// </summary>
        /// <summary>"next time: X" and "-> next 1:1: X" in the notes become talking points under ## Next Meeting.</summary>
        private void AddNextMeetingPoints()
        {
            var lines = new List<string>();
            foreach (var point in _extraction.NextMeeting)
            {
                string text = Wording.Capitalise(OneLine(point.Text));
                if (_next.Points.Any(p => Wording.Key(p.Text) == Wording.Key(text)) || lines.Any(l => l.Contains(text, StringComparison.Ordinal))) continue;
                lines.Add(NextMeeting.PointLine(text, "me", Date));
                _changes.Add(new PlannedChange(ChangeKind.PointAdded, text));
            }
            if (lines.Count == 0) return;
            if (_next.Section is { } section) foreach (var line in lines) _editor.Append(section, line);
            else _editor.Create(SectionKind.NextMeeting).Lines.AddRange(lines);
        }

        private void ClearNextMeeting()
        {
            if (!_historyAdded || _next.Section is null) return;
            if (_next.Block is { } block && (block.Date is null || block.Date <= Date))
                _editor.DeleteLines(block.StartLine, block.EndLine);
            if (_next.Intention is { } intention) _editor.DeleteLines(intention.Line, intention.EndLine);
            foreach (var point in _next.Points)
            {
                if (point.Added is { } added && added > Date) continue;
                if (!Wording.Covered(NoteLines, Wording.Stems(point.Text, _names))) continue;
                _editor.DeleteLines(point.Source.Line, point.Source.EndLine);
                _changes.Add(new PlannedChange(ChangeKind.PointCovered, point.Text));
            }
        }

        /// <summary>
        /// What the meeting covered, for the history line: the topics, goals, decisions and blockers in
        /// note order; when there were none, the news and actions.
        /// </summary>
        private string Summary()
        {
            var e = _extraction;
            var said = e.Topics.Concat(e.Goals).Concat(e.Decisions).Concat(e.Blockers).OrderBy(i => i.Line).Select(i => i.Text).ToList();
            if (said.Count == 0)
            {
                said = e.Wins.Concat(e.Completions).Concat(e.Feedback.Select(f => new NoteItem(f.Text, f.Line)))
                    .OrderBy(i => i.Line).Select(i => i.Text).Concat(e.Actions.Select(a => a.Text)).ToList();
            }
            var parts = said.Select(s => Shorten(OneLine(s)).TrimEnd('.', ',', ';', ':'))
                .Where(s => s.Length > 0)
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .Take(HistoryTopics)
                .ToList();
            return parts.Count == 0 ? "1:1" : Wording.Capitalise(string.Join(", ", parts));
        }

        private static string Shorten(string text)
        {
            var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words.Length <= HistoryWords ? text : string.Join(' ', words.Take(HistoryWords)) + "…";
        }

        /// <summary>My new actions are copied to BACKLOG.md, and my completed ones ticked there.</summary>
        private void PlanBacklog()
        {
            if (_myNewActions.Count == 0 && _myCompleted.Count == 0) return;
            if (BacklogFile.Open(_vault) is not { } backlog) return;
            // One edit after another on the text so far: BacklogFile owns the backlog's lines.
            var source = backlog.Source;
            var text = source;
            foreach (var done in _myCompleted)
            {
                var tick = BacklogFile.MarkDone(text, _meeting.Person, done.Text, Date);
                if (tick.Count == 0) continue;
                text = text.Apply(tick);
                _changes.Add(new PlannedChange(ChangeKind.BacklogDone, done.Text));
            }
            foreach (var action in _myNewActions)
            {
                var add = BacklogFile.Append(text, _meeting.Person, action.Text, action.Due, action.Priority);
                if (add.Count == 0) continue;
                text = text.Apply(add);
                _changes.Add(new PlannedChange(ChangeKind.BacklogAdded, action.Text, Due: action.Due, Priority: action.Priority));
            }
            if (ReferenceEquals(text, source)) return;
            _files.Add(new PlannedFile(backlog.FullPath, backlog.DisplayPath, source, text, backlog.Fingerprint));
        }

        private NewSection Created(SectionKind kind)
        {
            if (!_created.TryGetValue(kind, out var section)) _created[kind] = section = _editor.Create(kind);
            return section;
        }

        private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

        /// <summary>A thread an entry can go to: one in the document, or one this plan creates.</summary>
        private sealed class ThreadTarget
        {
            private readonly OngoingThread? _thread;
            private readonly NewSection? _created;
            private readonly Planner _planner;
            private readonly HashSet<string> _title;
            private readonly HashSet<string> _theme;
            private readonly HashSet<string> _said;

            public ThreadTarget(string title, OngoingThread? thread, NewSection? created, Planner planner)
            {
                Title = title;
                _thread = thread;
                _created = created;
                _planner = planner;
                _title = Wording.Stems(title, planner._names);
                // A topic this plan names after a statement has no theme: only a thread the user titled does.
                _theme = thread is null ? [] : Themes.Expand(_title);
                _said = thread?.Entries.Take(20).SelectMany(e => Wording.Stems(e.Text + " " + string.Join(' ', e.Details), planner._names)).ToHashSet() ?? [];
            }

            public string Title { get; }

            public DateOnly? LastDate => _thread?.LastDate ?? _planner.Date;

            /// <summary>A shared title word counts 3, a word said in the thread before 2, a word of the title's theme 1.</summary>
            public int Score(HashSet<string> stems) =>
                stems.Sum(s => _title.Contains(s) ? 3 : _said.Contains(s) ? 2 : _theme.Contains(s) ? 1 : 0);

            public int SaidBefore(HashSet<string> stems) => stems.Count(_said.Contains);

            public void Add(string text, HashSet<string> stems)
            {
                string line = $"- {IsoDate.Format(_planner.Date)}: {text}";
                if (_thread is not null) _planner._editor.InsertDated(_thread.Section, _thread.Entries, _planner.Date, line);
                else _created!.Lines.Add(line);
                _said.UnionWith(stems);
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\b(?:decid|agree|decision|settled|going with)", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionWords();

    [GeneratedRegex(@"^(?:decided|decision|blocked|waiting|stuck|held up)\s*(?::|on|by|for)?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex StatusLead();

    [GeneratedRegex(@"^(?:the|a|an|and|or|for|of|to|on|in|by|with|at|from|about|-|–|—)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFiller();

}
