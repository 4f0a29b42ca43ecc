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
    private sealed record Request(Side To, string Text, string? Due, int Line);

    public static void Read(Conversation.Found conversation, MeetingContext meeting, Rules rules, NotesEngine.Builder result)
    {
        var pending = new List<Request>();
        foreach (var turn in conversation.Turns)
        {
            var sentences = Sentences(turn.Text);
            // A reply that accepts a request made to this speaker.
            var mine = pending.Where(p => p.To == turn.Side).ToList();
            if (mine.Count > 0)
            {
                int accepted = sentences.FindIndex(NoteWords.Accepts);
                if (accepted >= 0 && (accepted == 0 || !NoteWords.Declines(sentences[0])))
                {
                    string reply = sentences[accepted];
                    var request = mine[^1];
                    string? replyDue = DuePhrases.Find(reply, meeting) is not null ? reply : null;
                    var found = new Rules.Found(Owner(turn.Side), request.Text) { Due = replyDue ?? request.Due };
                    result.Actions.Add(NotesEngine.BuildAction(found, new Statement(request.Text, turn.Line, StatementOwner.None, null), meeting));
                    sentences.RemoveAt(accepted);
                }
            }
            pending.RemoveAll(p => p.To == turn.Side);

            // The first sentence from each position on that holds a due phrase, found once per turn so a long turn stays linear.
            var dueFrom = new int[sentences.Count + 1];
            dueFrom[sentences.Count] = -1;
            for (int k = sentences.Count - 1; k >= 0; k--)
                dueFrom[k] = DuePhrases.Find(sentences[k], meeting) is not null ? k : dueFrom[k + 1];
            for (int k = 0; k < sentences.Count; k++)
            {
                string sentence = sentences[k];
                var statement = new Statement(sentence, turn.Line, StatementOwner.None, null) { Speaker = turn.Side };
                var clauses = rules.SplitClauses(statement).ToList();
                string first = clauses[0].Text.Trim();
                if (RequestOf(first) is { } asked && turn.Side is Side.Me or Side.Them)
                {
                    // The request's due, else the first one said later in the turn.
                    string? due = DuePhrases.Find(asked, meeting) is not null ? asked : dueFrom[k + 1] is >= 0 and var later ? sentences[later] : null;
                    pending.Add(new Request(Other(turn.Side), asked, due, turn.Line));
                    if (clauses.Count == 1) continue;
                    string after = sentence[(sentence.IndexOf(clauses[1].Text, StringComparison.Ordinal))..];
                    statement = statement with { Text = after, Parent = asked };
                }
                NotesEngine.ClassifyClauses(statement, meeting, rules, result);
            }
        }
    }

    /// <summary>A turn's sentences: its lines, split at sentence ends whatever the next letter's case.</summary>
    private static List<string> Sentences(string text) =>
        text.Split('\n').SelectMany(l => SentenceEnd().Split(l)).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[a-z0-9%)""'][.!?])" + StatementReader.NotAfterTitle + @"\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceEnd();

    private static ActionOwner Owner(Side side) => side == Side.Them ? ActionOwner.Them : ActionOwner.Me;

    private static Side Other(Side side) => side == Side.Me ? Side.Them : Side.Me;

    /// <summary>The task a request asks for, or null.</summary>
    private static string? RequestOf(string text)
    {
        var m = RequestRegex().Match(text);
        if (m.Success) return m.Groups["rest"].Value.Trim().TrimEnd('?', '.', ' ');
        if (text.EndsWith('?') && Rules.IsImperative(text)) return text.TrimEnd('?', ' ');
        return null;
    }

    [GeneratedRegex(@"^(?:(?:and|also|so|oh|btw)[,]?\s+)*(?:(?:can|could|would|will)\s+you(?:\s+please)?|please|pls|you'll|you\s+will|you\s+(?:should|need\s+to)|did\s+you\s+get\s+a\s+chance\s+to|any\s+chance\s+you\s+(?:can|could))\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RequestRegex();

}
