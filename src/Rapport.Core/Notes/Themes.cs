namespace Rapport.Core.Notes;

/// <summary>
/// Words that belong to the common subjects of a 1:1, so a note about "promotion criteria" finds a
/// thread titled "Career Development" although they share no word.
/// </summary>
public static class Themes
{
    private static readonly string[][] Groups =
    [
        ["career", "development", "growth", "grow", "promotion", "promote", "senior", "staff", "principal", "level", "title",
         "training", "course", "learning", "learn", "certification", "mentor", "mentoring", "coaching", "skill", "path", "ladder",
         "raise", "compensation", "salary", "performance", "calibration", "criteria", "conference", "talk"],
        ["goal", "goals", "okr", "objective", "target", "quarter", "q1", "q2", "q3", "q4", "h1", "h2", "roadmap", "milestone",
         "project", "projects", "initiative", "plan", "planning", "priorities", "priority", "nrr", "arr", "revenue", "metric", "kpi"],
        ["team", "process", "hiring", "hire", "interview", "onboarding", "onboard", "workflow", "meeting", "sync", "standup",
         "retro", "retrospective", "ceremony", "handoff", "collaboration", "culture", "reorg", "headcount"],
        ["workload", "wellbeing", "stress", "burnout", "vacation", "pto", "holiday", "leave", "overtime", "balance", "energy",
         "health", "tired", "capacity", "bandwidth", "hours", "oncall", "on-call"],
        ["customer", "customers", "account", "accounts", "renewal", "churn", "client", "qbr", "escalation", "deal", "pipeline",
         "upsell", "expansion", "sponsor", "advisory", "board"],
        ["feedback", "praise", "recognition", "kudos", "concern", "expectation", "expectations"],
    ];

    private static readonly Dictionary<string, HashSet<string>> ByStem = Build();

    /// <summary>The stems of every theme one of <paramref name="stems"/> belongs to.</summary>
    public static HashSet<string> Expand(IEnumerable<string> stems)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var stem in stems)
            if (ByStem.TryGetValue(stem, out var group)) result.UnionWith(group);
        return result;
    }

    private static Dictionary<string, HashSet<string>> Build()
    {
        var byStem = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var words in Groups)
        {
            var group = words.Select(Wording.Stem).ToHashSet(StringComparer.Ordinal);
            foreach (var stem in group)
            {
                if (byStem.TryGetValue(stem, out var existing)) existing.UnionWith(group);
                else byStem[stem] = [.. group];
            }
        }
        return byStem;
    }
}
