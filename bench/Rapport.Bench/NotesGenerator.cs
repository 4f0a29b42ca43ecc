using System.Text;

namespace Rapport.Bench;

/// <summary>
/// Writes brain-dump notes the way people do after a 1:1 — bullets, labels, task lists, prose,
/// shorthand and date phrases — from a fixed seed, so every run measures the same text.
/// </summary>
public static class NotesGenerator
{
    internal static readonly string[] Names = ["Sarah", "Noah", "Priya", "Marco", "Dana", "Lena", "Ben", "Grace"];

    internal static readonly string[] Things =
    [
        "the Q3 roadmap", "the renewal deck", "the hiring plan", "the on-call runbook", "the pricing page copy",
        "the advisory board invite list", "the migration checklist", "the QBR slides for Acme", "the training budget request",
        "the promotion packet", "the incident postmortem", "the onboarding guide", "the API rate-limit proposal",
    ];

    private static readonly string[] Dues =
    [
        "by Friday", "by next week", "by end of month", "by EOD", "tomorrow", "by Jan 22", "next 1:1", "ASAP",
        "in two weeks", "by the 15th", "before the offsite", "by end of quarter", "", "", "",
    ];

    private static readonly string[] Templates =
    [
        "- I'll send {name} {thing} {due}",
        "- {name} will review {thing} {due}",
        "- AI(me): draft {thing} {due}",
        "- AI({name}): update {thing} {due}",
        "- [ ] follow up on {thing} {due}",
        "- [x] shared {thing}",
        "- Win: shipped {thing} two days early",
        "- Talked about {thing} and how it lands with the team",
        "- Decided: we go ahead with {thing}",
        "- Blocked on legal review for {thing}",
        "- High five: great work on {thing}",
        "- Watch out: {thing} slipped twice; flag risks earlier",
        "- Q1 goal: get {thing} adopted by every team",
        "- mood 4/5",
        "{name} is worried that {thing} will slip again. We agreed to revisit it {due}. Need to check with finance first.",
        "- {thing} approved - schedule the kickoff {due}",
        "- Need to book time with {name} about {thing}",
        "- {name} -> {thing} {due}",
    ];

    /// <summary>At least <paramref name="bytes"/> UTF-8 bytes of notes, in meetings of a dozen lines.</summary>
    public static string Generate(int bytes, int seed = 42)
    {
        var random = new Random(seed);
        var text = new StringBuilder(bytes + 1024);
        int meeting = 0;
        while (Encoding.UTF8.GetByteCount(text.ToString()) < bytes)
        {
            text.Append("## 1:1 notes ").Append(new DateOnly(2024, 1, 1).AddDays(7 * meeting++).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
            for (int i = 0; i < 12; i++)
            {
                string line = Templates[random.Next(Templates.Length)]
                    .Replace("{name}", Names[random.Next(Names.Length)], StringComparison.Ordinal)
                    .Replace("{thing}", Things[random.Next(Things.Length)], StringComparison.Ordinal)
                    .Replace("{due}", Dues[random.Next(Dues.Length)], StringComparison.Ordinal);
                text.Append(line.TrimEnd()).Append('\n');
            }
            text.Append('\n');
        }
        return text.ToString();
    }
}
