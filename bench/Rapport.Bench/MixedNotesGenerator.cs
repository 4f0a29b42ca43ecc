using System.Text;

namespace Rapport.Bench;

/// <summary>
/// Writes notes in every style the engine reads, mixed the way a long paste mixes them: dated
/// meeting headings over bullets with owners and due phrases, task lists, Logseq blocks with
/// <c>DEADLINE:</c>, task tables, chat pastes, arrows, prose, struck-through and cancelled items
/// and wins with emoji. The names and things are <see cref="NotesGenerator"/>'s; a fixed seed, so every
/// run measures the same text.
/// </summary>
public static class MixedNotesGenerator
{
    private static readonly string[] Dues =
    [
        "by Friday", "by next week", "by end of month", "by EOD", "tmrw", "by Jan 22", "next 1:1", "ASAP", "by Weds",
        "in two weeks", "by the 15th", "before the offsite", "by end of quarter", "COB Thursday", "this wk", "", "", "",
    ];

    // Each block is one style; {name}, {thing}, {due} and {date} are filled in from the lists above.
    private static readonly string[] Blocks =
    [
        "- I'll send {name} {thing} {due}\n- Sarah will review {thing} {due}\n- [x] shared {thing}\n- Talked about {thing} and how it lands with the team\n",
        "### Next steps\n- [ ] follow up on {thing} {due}\n- AI(me): draft {thing} {due}\n- AI(Sarah): update {thing} {due}\n- ~~old plan for {thing}~~\n",
        "| Task | Owner | Due |\n| --- | --- | --- |\n| update {thing} | Sarah | {due} |\n| draft {thing} | me | {due} |\n| book the venue | Marketing | fri |\n",
        "- TODO [[Sarah Chen]] write up {thing}\n  DEADLINE: <{date} Fri>\n- DONE send {thing}\n- LATER check {thing} with finance\n",
        "{name}: can you take {thing}?\nMe: yep, will do {due}\n{name}: thanks!\n",
        "- {thing} => Sarah, fri\n- wants more scope → I'll check budget {due}\n- pinged legal -> no reply yet\n",
        "Sarah is worried that {thing} will slip again. We agreed to revisit it next time. Need to check with finance first {due}.\n",
        "- Win: shipped {thing} two days early 🎉\n- 💪 Sarah led the incident review\n- no longer need {thing}, dropped\n- mood 4/5\n",
        "👉 Renewal dashboard: I'll ping data eng {due}\n📌 {name} is out next week; her deputy covers\n- High five: great work on {thing}\n- Watch out: {thing} slipped twice; flag risks earlier\n",
    ];

    /// <summary>Notes of at most <paramref name="bytes"/> UTF-8 bytes (and close to it), in meetings of four blocks.</summary>
    public static string Generate(int bytes, int seed = 16)
    {
        var random = new Random(seed);
        var text = new StringBuilder(bytes + 1024);
        int size = 0, meeting = 0;
        while (true)
        {
            var block = new StringBuilder();
            var day = new DateOnly(2025, 1, 6).AddDays(7 * meeting++);
            block.Append("## 1:1 notes ").Append(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            for (int i = 0; i < 4; i++)
                block.Append(Blocks[random.Next(Blocks.Length)]
                    .Replace("{name}", NotesGenerator.Names[random.Next(NotesGenerator.Names.Length)], StringComparison.Ordinal)
                    .Replace("{thing}", NotesGenerator.Things[random.Next(NotesGenerator.Things.Length)], StringComparison.Ordinal)
                    .Replace("{due}", Dues[random.Next(Dues.Length)], StringComparison.Ordinal)
                    .Replace("{date}", day.AddDays(11).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace(" \n", "\n", StringComparison.Ordinal)
                    .Replace(" .\n", ".\n", StringComparison.Ordinal));
            block.Append('\n');
            int blockBytes = Encoding.UTF8.GetByteCount(block.ToString());
            if (size + blockBytes > bytes) break;
            text.Append(block);
            size += blockBytes;
        }
        return text.ToString();
    }
}
