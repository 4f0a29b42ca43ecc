using System.Text.RegularExpressions;
using Rapport.Core.Documents;

namespace Rapport.Core.Notes;

/// <summary>
/// Reads a conversation's turns (contract, "Inside a conversation"): first person is the speaker,
/// "you" the other side; a request ("can you…?", "could you…", "please…", "you'll…") becomes the
/// addressee's action when they accept it in their next turn ("will do", "on it", "sure", 👍), with
/// the reply's due or else the request's; an unanswered or declined request is not an action.
/// </summary>
internal static partial class ConversationRules
{
    /// <summary>
    /// A request waiting for its answer; <see cref="TextDue"/> is the due phrase found in its text (null when none),
    /// <see cref="Waited"/> counts the addressee's turns that only asked back.
    /// </summary>
    private sealed record Request(Side To, string Text, DueDate? TextDue, string? Due, int Line, int Waited = 0);

    /// <summary>How many of the addressee's turns may ask back before the acceptance: it comes in their next turn or the one after.</summary>
    private const int AskBackTurns = 1;

    public static void Read(Conversation.Found conversation, MeetingContext meeting, Rules rules, NotesEngine.Builder result)
    {
        var pending = new List<Request>();
        foreach (var turn in conversation.Turns)
        {
            var sentences = Sentences(turn.Text);
            // Each sentence's due phrase, found once: the acceptance and the requests below both read them.
            var dues = sentences.ConvertAll(sentence => DuePhrases.Find(sentence, meeting));
            // The asker answering a question back with only a due ("by Friday ideally") gives the request that due.
            if (sentences.Count == 1 && Rules.IsDueOnly(sentences[0].TrimEnd('.', '!', '?', ' ')))
                pending = [.. pending.Select(p => p.To != turn.Side ? p with { Due = sentences[0] } : p)];
            // A reply that accepts a request made to this speaker.
            var mine = pending.Where(p => p.To == turn.Side).ToList();
            if (mine.Count > 0)
            {
                int accepted = sentences.FindIndex(NoteWords.Accepts);
                if (accepted >= 0 && (accepted == 0 || !NoteWords.Declines(sentences[0])))
                {
                    Accept(mine[^1], turn, sentences, dues, accepted, meeting, result);
                    pending.RemoveAll(p => p.To == turn.Side);
                }
                // A declined or ignored request is settled; a question back ("when do you need it?") keeps it open for one more turn.
                else
                {
                    bool asksBack = sentences.LastOrDefault("").EndsWith('?');
                    pending = [.. pending.Where(p => p.To != turn.Side || asksBack && p.Waited < AskBackTurns).Select(p => p.To == turn.Side ? p with { Waited = p.Waited + 1 } : p)];
                }
            }

            // The first sentence from each position on that holds a due phrase, found once per turn so a long turn stays linear.
            var dueFrom = new int[sentences.Count + 1];
            dueFrom[sentences.Count] = -1;
            for (int k = sentences.Count - 1; k >= 0; k--)
                dueFrom[k] = dues[k] is not null ? k : dueFrom[k + 1];
            for (int k = 0; k < sentences.Count; k++)
            {
                string sentence = sentences[k];
                // The sentence before in the same turn is the context a pronoun points to ("Mostly the billing tables. I'll finish those").
                var statement = new Statement(sentence, turn.Line, StatementOwner.None, null) { Speaker = turn.Side, Parent = k > 0 && Rules.NamesSomething(sentences[k - 1]) ? sentences[k - 1] : null };
                var clauses = rules.SplitClauses(statement).ToList();
                string first = clauses[0].Text.Trim();
                if (RequestOf(first) is { } asked && turn.Side is Side.Me or Side.Them)
                {
                    // The request's due, else the first one said later in the turn.
                    var askedDue = DuePhrases.Find(asked, meeting);
                    string? due = askedDue is not null ? asked : dueFrom[k + 1] is >= 0 and var later ? sentences[later] : null;
                    pending.Add(new Request(Other(turn.Side), asked, askedDue, due, turn.Line));
                    if (clauses.Count == 1) continue;
                    string after = sentence[(sentence.IndexOf(clauses[1].Text, StringComparison.Ordinal))..];
                    statement = statement with { Text = after, Parent = asked };
                }
                NotesEngine.ClassifyClauses(statement, meeting, rules, result);
            }
        }
    }

    /// <summary>
    /// The addressee accepts a request (contract, "Inside a conversation"): the action is the request's
    /// task, owned by the one who accepts, due when the reply says, else when the request said. The
    /// accepting sentence and the sentences after it that only point back ("Sure. I'll fill it in by
    /// Monday.") are the acceptance, not actions of their own; the last due phrase among them wins.
    /// </summary>
    private static void Accept(Request request, Turn turn, List<string> sentences, List<DueDate?> dues, int accepted, MeetingContext meeting, NotesEngine.Builder result)
    {
        int end = accepted + 1;
        while (end < sentences.Count && NoteWords.PointsBack(sentences[end])) end++;
        string? replyDue = null;
        for (int k = accepted; k < end; k++)
            if (dues[k] is { Date: not null }) replyDue = sentences[k];
        // The reply's due overrides the one written in the request, so the request's own phrase leaves its words.
        string text = replyDue is not null && request.TextDue is { } asked ? request.Text.Remove(asked.Index, asked.Length) : request.Text;
        // A request that only points back at what the addressee already took on ("can you have that by Friday?" after
        // "I'll write up the noisy alerts") asks for a due, not a second task: that action gets the due.
        if (Rules.OnlyPointsBack(text) && result.Actions.FindLastIndex(a => a is ExtractedAction own && own.Owner == Owner(turn.Side)) is var last and >= 0)
        {
            var earlier = (ExtractedAction)result.Actions[last];
            if (DuePhrases.Find(replyDue ?? request.Due ?? "", meeting) is { Date: { } date }) result.Actions[last] = earlier with { Due = date };
        }
        else
        {
            var found = new Rules.Found(Owner(turn.Side), text) { Due = replyDue ?? request.Due };
            result.Actions.Add(NotesEngine.BuildAction(found, new Statement(text, turn.Line, StatementOwner.None, null), meeting));
        }
        sentences.RemoveRange(accepted, end - accepted);
        dues.RemoveRange(accepted, end - accepted);
    }

    /// <summary>A turn's sentences: its lines, split at sentence ends whatever the next letter's case.</summary>
    private static List<string> Sentences(string text) =>
        text.Split('\n').SelectMany(l => SentenceEnd().Split(l)).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    // contract: none (machinery): splits a turn into sentences
    [GeneratedRegex(@"(?<=[a-z0-9%)""'][.!?])" + StatementReader.NotAfterTitle + @"\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceEnd();

    private static ActionOwner Owner(Side side) => side == Side.Them ? ActionOwner.Them : ActionOwner.Me;

    private static Side Other(Side side) => side == Side.Me ? Side.Them : Side.Me;

    /// <summary>The task a request asks for, or null.</summary>
    private static string? RequestOf(string text)
    {
        var m = RequestRegex().Match(text);
        if (m.Success) return m.Groups["rest"].Value.Trim().TrimEnd('?', '.', ' ');
        // "also need the headcount plan from you": what the speaker needs from the other side is asked of them.
        if (NeedFromYou().Match(text) is { Success: true } need) return (need.Groups["rest"].Value + need.Groups["due"].Value).Trim();
        if (text.EndsWith('?') && Rules.IsImperative(text)) return text.TrimEnd('?', ' ');
        return null;
    }

    // A short lead may come first: a greeting or a topic ("hey, any chance you could…", "quick one - can you…", "re the deck: could you…").
    // contract: "Conversations: chat pastes and transcripts": a request ("can you…?", "please…", "you'll…")
    [GeneratedRegex(@"^(?:[^?]{0,60}?(?:\s[-–—]\s|[,:;!]\s+))?(?:(?:and|also|so|oh|btw)[,]?\s+)*(?:(?:can|could|would|will)\s+you(?:\s+(?:please|also))?|please|pls|you'll|you\s+will|you\s+(?:should|need\s+to)|did\s+you\s+get\s+a\s+chance\s+to|any\s+chance\s+you\s+(?:can|could))\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestRegex();

    /// <summary>contract: "Inside a conversation": "you" is the other speaker, so "I need X from you" asks them for X (a request that waits for its acceptance).</summary>
    // contract: "Conversations: chat pastes and transcripts": "you" is the other speaker ("I need X from you")
    [GeneratedRegex(@"^(?:(?:and|also|so|oh|btw)[,]?\s+)*(?:i\s+)?(?:also\s+|still\s+)?(?:need|want|could\s+use)\s+(?<rest>(?!to\b).+?)\s+from\s+you\b(?<due>.*?)[.?!]*$", RegexOptions.IgnoreCase)]
    private static partial Regex NeedFromYou();

}
