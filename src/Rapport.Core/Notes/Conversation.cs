using System.Text;
using System.Text.RegularExpressions;

namespace Rapport.Core.Notes;

/// <summary>One turn of a conversation: who spoke, on which side, what they said and where it starts.</summary>
public sealed record Turn(string Speaker, Side Side, string Text, int Line);

/// <summary>
/// Finds a conversation in the notes (contract, "Conversations: chat pastes and transcripts"): WebVTT,
/// SRT, Otter/Slack speaker headers (<c>Name  12:04</c>), bare speaker lines and chat lines
/// (<c>Name: message</c>) by at least two speakers. Timestamps, cue numbers and stage directions
/// (<c>[laughter]</c>) are not content.
/// </summary>
public static partial class Conversation
{
    /// <summary>The conversation's turns and the lines they used, or null when the notes hold none.</summary>
    public sealed record Found(IReadOnlyList<Turn> Turns, HashSet<int> Lines, IReadOnlyList<string> Speakers);

    /// <summary>The vault owner's names, when the vault names its owner.</summary>
    public static PersonNames? Owner(string? name) => string.IsNullOrWhiteSpace(name) ? null : new PersonNames(name);

    public static Found? Read(string[] lines, PersonNames person, PersonNames? me = null)
    {
        var raw = ReadVtt(lines) ?? ReadSrt(lines) ?? ReadHeaders(lines) ?? ReadChat(lines, person);
        if (raw is null) return null;
        var speakers = raw.Turns.Where(t => t.Name.Length > 0).Select(t => t.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (speakers.Count < 2) return null;
        var sides = Sides(speakers, person, me);
        var turns = raw.Turns.Select(t => new Turn(t.Name, sides.GetValueOrDefault(t.Name, Side.Other), Clean(t.Text.ToString()), t.Line + 1)).Where(t => t.Text.Length > 0).ToList();
        return new Found(turns, raw.Lines, speakers);
    }

    /// <summary>
    /// The speaker matching the person is them; <c>Me</c>, <c>You</c>, <c>yo</c>, the vault owner's
    /// name (config <c>owner:</c>) or, with exactly two speakers, the one who is not the person, is me;
    /// anyone else is a third party. The full name decides before a shared first name does.
    /// </summary>
    private static Dictionary<string, Side> Sides(List<string> speakers, PersonNames person, PersonNames? me)
    {
        var sides = new Dictionary<string, Side>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in speakers)
            sides[s] = MeWords.Contains(s.Trim()) || me is not null && me.IsName(s) && !person.IsName(s) ? Side.Me
                : person.IsName(s) || s.Split(' ').Any(person.IsName) ? Side.Them
                : me is not null && s.Split(' ').Any(me.IsName) ? Side.Me
                : Side.Other;
        if (speakers.Count == 2)
        {
            if (sides.Values.Count(v => v == Side.Them) == 1 && sides.Values.Any(v => v == Side.Other))
                foreach (var s in speakers.Where(s => sides[s] == Side.Other)) sides[s] = Side.Me;
            else if (sides.Values.Count(v => v == Side.Me) == 1 && sides.Values.Any(v => v == Side.Other))
                foreach (var s in speakers.Where(s => sides[s] == Side.Other)) sides[s] = Side.Them;
        }
        return sides;
    }

    private static readonly HashSet<string> MeWords = new(StringComparer.OrdinalIgnoreCase) { "me", "you", "yo", "myself", "ich" };

    /// <summary>A turn being read; its text grows line by line, so a long turn stays linear.</summary>
    private sealed record RawTurn(string Name, StringBuilder Text, int Line);

    private sealed record Raw(List<RawTurn> Turns, HashSet<int> Lines);

    private static string Clean(string text) =>
        Spaces().Replace(StageDirection().Replace(Fillers().Replace(text, " "), " "), " ").Trim();

    // contract: none (machinery): two or more spaces or a tab (Otter speaker/time separator)
    [GeneratedRegex(@"[ \t]{2,}|\t")]
    private static partial Regex Spaces();

    /// <summary>WebVTT: a <c>WEBVTT</c> header, cue timings, speech in <c>&lt;v Name&gt;…&lt;/v&gt;</c>.</summary>
    private static Raw? ReadVtt(string[] lines)
    {
        int first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || !lines[first].TrimStart('\uFEFF').Trim().StartsWith("WEBVTT", StringComparison.Ordinal)) return null;
        var turns = new List<RawTurn>();
        var used = new HashSet<int>();
        string? speaker = null;
        for (int i = first; i < lines.Length; i++)
        {
            used.Add(i);
            string line = lines[i].Trim();
            if (line.Length == 0 || i == first || Timing().IsMatch(line) || CueNumber().IsMatch(line) || line.StartsWith("NOTE", StringComparison.Ordinal)) continue;
            var voice = Voice().Match(line);
            string text = line;
            if (voice.Success)
            {
                speaker = voice.Groups["name"].Value.Trim();
                text = voice.Groups["text"].Value;
            }
            text = Tags().Replace(text, "");
            if (!voice.Success && ChatLine().Match(text) is { Success: true } chat && IsSpeakerName(chat.Groups["name"].Value))
            {
                speaker = chat.Groups["name"].Value.Trim();
                text = chat.Groups["text"].Value;
            }
            Append(turns, speaker ?? "", text, i);
        }
        return new Raw(turns, used);
    }

    /// <summary>SRT: numbered blocks, <c>00:00:01,000 --> …</c> timings and <c>Name: text</c> (a cue without a name continues).</summary>
    private static Raw? ReadSrt(string[] lines)
    {
        int timings = lines.Count(l => Timing().IsMatch(l.Trim()));
        if (timings < 2) return null;
        var turns = new List<RawTurn>();
        var used = new HashSet<int>();
        string? speaker = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            used.Add(i);
            if (line.Length == 0 || Timing().IsMatch(line) || CueNumber().IsMatch(line)) continue;
            string text = Tags().Replace(line, "");
            if (ChatLine().Match(text) is { Success: true } chat && IsSpeakerName(chat.Groups["name"].Value))
            {
                speaker = chat.Groups["name"].Value.Trim();
                text = chat.Groups["text"].Value;
            }
            Append(turns, speaker ?? "", text, i);
        }
        return new Raw(turns, used);
    }

    /// <summary>
    /// Otter, Slack or Teams pastes: a speaker line (<c>Priya Raman  9:02 AM</c>, <c>Nico  0:04</c>,
    /// <c>[10:42] Priya</c>, or a bare name that recurs) followed by what they said.
    /// </summary>
    private static Raw? ReadHeaders(string[] lines)
    {
        var headers = new Dictionary<int, string>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (SpeakerHeader().Match(line) is { Success: true } h && IsSpeakerName(h.Groups["name"].Value)) headers[i] = h.Groups["name"].Value.Trim();
            else if (TeamsHeader().Match(line) is { Success: true } t && IsSpeakerName(t.Groups["name"].Value)) headers[i] = t.Groups["name"].Value.Trim();
        }
        if (headers.Count < 2)
        {
            // Bare speaker lines: short name lines that recur, by at least two speakers, each followed by a message.
            headers.Clear();
            var candidates = new Dictionary<int, string>();
            for (int i = 0; i + 1 < lines.Length; i++)
            {
                string line = lines[i].Trim();
                if (BareName().IsMatch(line) && IsSpeakerName(line) && lines[i + 1].Trim().Length > 0 && !BareName().IsMatch(lines[i + 1].Trim()))
                    candidates[i] = line;
            }
            var recurring = candidates.GroupBy(c => c.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() >= 2).ToList();
            if (recurring.Count < 2) return null;
            foreach (var g in recurring) foreach (var c in g) headers[c.Key] = c.Value;
        }
        if (headers.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count() < 2) return null;
        var turns = new List<RawTurn>();
        var used = new HashSet<int>();
        int start = headers.Keys.Min();
        string? speaker = null;
        for (int i = start; i < lines.Length; i++)
        {
            used.Add(i);
            if (headers.TryGetValue(i, out var name))
            {
                speaker = name;
                turns.Add(new RawTurn(name, new StringBuilder(), i + 1));
                continue;
            }
            string line = lines[i].Trim();
            if (line.Length > 0) Append(turns, speaker!, line, i, newTurn: false);
        }
        return new Raw(turns, used);
    }

    /// <summary>Chat lines <c>Name: message</c>, not bulleted, by at least two speakers, with at least three lines.</summary>
    private static Raw? ReadChat(string[] lines, PersonNames person)
    {
        var chat = new Dictionary<int, (string Name, string Text)>();
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            if (line.StartsWith(' ') || line.StartsWith('\t')) continue;
            // A chat line begins with a letter and holds a colon (ChatLine): most lines of notes are neither tried nor trimmed.
            if (line.Length == 0 || line.IndexOf(':') < 0) continue;
            string trimmed = line.Trim();
            // A pasted chat may stamp each line before the name: "[9:14 AM] Tom: …", "[26/02/2026, 09:14] Dana: …", "09:14 - Dana: …".
            if (trimmed.Length > 0 && (trimmed[0] == '[' || char.IsAsciiDigit(trimmed[0])) && ChatStamp().Match(trimmed) is { Success: true } stamp)
                trimmed = trimmed[stamp.Length..];
            if (trimmed.Length == 0 || !char.IsLetter(trimmed[0])) continue;
            if (ChatLine().Match(trimmed) is { Success: true } m && m.Groups["text"].Value.Trim().Length > 0 && IsSpeakerName(m.Groups["name"].Value))
                chat[i] = (m.Groups["name"].Value.Trim(), m.Groups["text"].Value);
        }
        var names = chat.Values.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).ToList();
        // Two lines make a chat when they are a question and its answer between the person and me ("Priya: can you…?" / "Me: sure").
        bool questionAndAnswer = chat.Count == 2 && names.Count == 2 && names.All(g => MeWords.Contains(g.Key) || person.IsName(g.Key))
            && chat[chat.Keys.Min()].Text.TrimEnd().EndsWith('?');
        if (names.Count < 2 || (chat.Count < 3 || names.Count(g => g.Count() >= 2) < 1) && !questionAndAnswer) return null;
        // Every speaker says at least two lines, or is "me": one-off "Context:" or "Sarah:" lines are labels.
        var speakers = names.Where(g => g.Count() >= 2 || MeWords.Contains(g.Key) || person.IsName(g.Key)).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (speakers.Count < 2) return null;
        var turns = new List<RawTurn>();
        var used = new HashSet<int>();
        string? speaker = null;
        for (int i = 0; i < lines.Length; i++)
        {
            if (chat.TryGetValue(i, out var c) && speakers.Contains(c.Name))
            {
                speaker = c.Name;
                used.Add(i);
                Append(turns, c.Name, c.Text, i);
                continue;
            }
            string line = lines[i].Trim();
            if (line.Length == 0) { speaker = null; continue; }
            if (speaker is not null && !line.StartsWith('-') && !line.StartsWith('#'))
            {
                used.Add(i);
                Append(turns, speaker, line, i, newTurn: false);
            }
        }
        return new Raw(turns, used);
    }

    private static void Append(List<RawTurn> turns, string speaker, string text, int line, bool newTurn = true)
    {
        text = text.Trim();
        if (text.Length == 0) return;
        if (turns.Count > 0 && string.Equals(turns[^1].Name, speaker, StringComparison.OrdinalIgnoreCase) && (!newTurn || turns[^1].Text.Length == 0))
        {
            var last = turns[^1].Text;
            if (last.Length > 0) last.Append('\n');
            last.Append(text);
            return;
        }
        turns.Add(new RawTurn(speaker, new StringBuilder(text), line));
    }

    /// <summary>A speaker's name: one to three words that start with a letter, or me/you/yo; never a label word.</summary>
    private static bool IsSpeakerName(string name)
    {
        string n = name.Trim();
        if (n.Length == 0 || n.Length > 40) return false;
        if (MeWords.Contains(n)) return true;
        if (NotSpeakers.Contains(n) || NoteWords.MoodOf(n) != SectionMood.Plain) return false;
        var words = n.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) && w.All(ch => char.IsLetter(ch) || ch is '.' or '\'' or '-'));
    }

    /// <summary>Label words that look like a speaker at the start of a line.</summary>
    private static readonly HashSet<string> NotSpeakers = new(StringComparer.OrdinalIgnoreCase)
    {
        "context", "note", "notes", "q", "a", "question", "open question", "answer", "decision", "topic", "topics", "agenda", "goal", "goals",
        "okr", "update", "fyi", "ps", "re", "subject", "summary", "tldr", "intention", "outcome", "mood", "energy", "health", "path", "try",
        "watch out", "high five", "concern", "risk", "blocker", "idea", "plan", "status", "owner", "due", "reminder", "remind me", "todo",
        "done", "wip", "next", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "career", "team", "hiring",
    };

    // contract: none (machinery): a WebVTT/SRT cue timing (`00:00:03.000 --> 00:00:07.500`)
    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}\s*--?>\s*\d{1,2}:\d{2}(?::\d{2})?[.,]\d{1,3}")]
    private static partial Regex Timing();

    // contract: "Conversations: chat pastes and transcripts": cue numbers are not content
    [GeneratedRegex(@"^\d{1,5}$")]
    private static partial Regex CueNumber();

    // contract: "Conversations: chat pastes and transcripts": WebVTT speech in `<v Name>…</v>`
    [GeneratedRegex(@"^<v(?:\.[\w.]+)?\s+(?<name>[^>]+)>(?<text>.*?)(?:</v>)?$")]
    private static partial Regex Voice();

    // contract: none (machinery): strips markup tags from a cue's text
    [GeneratedRegex(@"</?[a-z][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tags();

    // contract: "Conversations: chat pastes and transcripts": chat lines `Name: message`
    [GeneratedRegex(@"^(?<name>[\p{L}][\p{L}.'’ -]{0,38}?)\s*:\s*(?<text>.*)$")]
    private static partial Regex ChatLine();

    // contract: "Conversations: chat pastes and transcripts": `Name  12:04`, `Priya Raman  9:02 AM` speaker lines
    [GeneratedRegex(@"^(?<name>[\p{L}][\p{L}.'’ -]{0,38}?)\s{2,}(?:\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?)$|^(?<name>[\p{L}][\p{L}.'’ -]{0,38}?)\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s*[AaPp]\.?[Mm]\.?)$")]
    private static partial Regex SpeakerHeader();

    // contract: "Conversations: chat pastes and transcripts": timestamps (`12:04`, `10:42 AM`) are not content; a chat line may start with one
    [GeneratedRegex(@"^(?:\[(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s*)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\]|(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?\s*[-–]?)\s*(?=\p{L})")]
    private static partial Regex ChatStamp();

    // contract: "Conversations: chat pastes and transcripts": Teams' `[10:42] Priya` speaker line
    [GeneratedRegex(@"^\[\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?\]\s*(?<name>[\p{L}][\p{L}.'’ -]{0,38})$")]
    private static partial Regex TeamsHeader();

    // contract: "Conversations: chat pastes and transcripts": a speaker line with the name alone
    [GeneratedRegex(@"^[\p{Lu}][\p{L}'’-]*(?:\s[\p{Lu}][\p{L}.'’-]*){0,2}$")]
    private static partial Regex BareName();

    // contract: "Conversations: chat pastes and transcripts": `[laughter]` is not content
    [GeneratedRegex(@"\[(?:laughter|laughs|crosstalk|inaudible|music|silence|pause|applause)\]|\((?:laughter|laughs|inaudible)\)", RegexOptions.IgnoreCase)]
    private static partial Regex StageDirection();

    // contract: "Conversations: chat pastes and transcripts": "um" is not content
    [GeneratedRegex(@"(?<=^|[\s,.])(?:um+|uh+|erm|hmm+)(?=[\s,.]|$)[,]?", RegexOptions.IgnoreCase)]
    private static partial Regex Fillers();

    /// <summary>Whether the text is a transcript file's content (WebVTT or SRT timings).</summary>
    public static bool IsTranscript(string text) => text.TrimStart('\uFEFF').TrimStart().StartsWith("WEBVTT", StringComparison.Ordinal) || Timing().Matches(text).Count >= 2;

    /// <summary>Builds the plain text of turns for storing beside notes: "Name: text" a line.</summary>
    public static string Render(IEnumerable<Turn> turns)
    {
        var sb = new StringBuilder();
        foreach (var t in turns) sb.Append(t.Speaker).Append(": ").Append(t.Text).Append('\n');
        return sb.ToString();
    }
}
