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
            var sentences = StatementReader.SplitSentences(turn.Text).ToList();
            int start = 0;
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
                pending.RemoveAll(p => p.To == turn.Side);
            }
            else pending.RemoveAll(p => p.To == turn.Side);

            Side subject = Side.None;
            Rules.Found? previous = null;
            for (int k = start; k < sentences.Count; k++)
            {
                string sentence = sentences[k];
                var statement = new Statement(sentence, turn.Line, StatementOwner.None, null) { Speaker = turn.Side };
                foreach (var clause in rules.SplitClauses(statement))
                {
                    string text = clause.Text.Trim();
                    if (RequestOf(text) is { } asked && turn.Side is Side.Me or Side.Them)
                    {
                        string rest = string.Join(' ', sentences.Skip(k + 1));
                        string? due = DuePhrases.Find(asked, meeting) is not null ? asked : DuePhrases.Find(rest, meeting) is not null ? rest : null;
                        pending.Add(new Request(Other(turn.Side), PointBack(asked, previous), due, turn.Line));
                        continue;
                    }
                    var found = Speaking(clause, meeting, rules, result, ref subject, previous, turn.Side);
                    if (found is not null) previous = found;
                }
            }
        }
    }

    /// <summary>A clause read as notes, with "I" meaning the speaker.</summary>
    private static Rules.Found? Speaking(Statement clause, MeetingContext meeting, Rules rules, NotesEngine.Builder result, ref Side subject, Rules.Found? previous, Side speaker)
    {
        var probe = new NotesEngine.Builder();
        var found = NotesEngine.Classify(clause, meeting, rules, probe, ref subject, previous);
        foreach (var action in probe.Actions)
        {
            var owner = action.Owner;
            if (found is { FirstPerson: true })
            {
                if (speaker == Side.Other) continue; // a third party's own plans
                owner = Owner(speaker);
            }
            result.Actions.Add(action with { Owner = owner, Text = PointBack(action.Text, previous) });
        }
        result.Wins.AddRange(probe.Wins);
        result.Completions.AddRange(probe.Completions);
        result.Blockers.AddRange(probe.Blockers);
        result.Decisions.AddRange(probe.Decisions);
        result.Goals.AddRange(probe.Goals);
        result.Feedback.AddRange(probe.Feedback);
        result.Topics.AddRange(probe.Topics);
        result.Cancellations.AddRange(probe.Cancellations);
        result.NextMeeting.AddRange(probe.NextMeeting);
        if (probe.Mood is not null) result.Mood = probe.Mood;
        return found;
    }

    /// <summary>"approve it" after "you'll request the bigger instance" → "approve the bigger instance".</summary>
    private static string PointBack(string text, Rules.Found? previous)
    {
        if (previous?.Text is not { } before || !EndsInPronoun().IsMatch(text)) return text;
        string obj = ObjectOf().Replace(before.Trim(), "");
        return EndsInPronoun().Replace(text, " " + obj);
    }

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

    [GeneratedRegex(@"\s+(?:it|them|that|this)(?=\s*(?:$|[,.;]|\s+(?:by|before|on|tmrw|tomorrow|today|next|this|eod|cob)\b))", RegexOptions.IgnoreCase)]
    private static partial Regex EndsInPronoun();

    [GeneratedRegex(@"^\S+\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectOf();
}
