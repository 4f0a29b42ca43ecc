using Rapport.Core.Cadence;

namespace Rapport.Core.Documents;

/// <summary>The words accepted in front matter and on the command line for kinds and frequencies.</summary>
public static class Vocabulary
{
    public static bool TryParseFrequency(string? text, out Frequency frequency)
    {
        frequency = default;
        switch (text?.Trim().ToLowerInvariant().Replace('_', '-'))
        {
            case "weekly" or "every week" or "1w":
                frequency = Frequency.Weekly;
                return true;
            case "biweekly" or "bi-weekly" or "fortnightly" or "every two weeks" or "every 2 weeks" or "2w":
                frequency = Frequency.Biweekly;
                return true;
            case "monthly" or "every month" or "1m":
                frequency = Frequency.Monthly;
                return true;
            default:
                return false;
        }
    }

    public static bool TryParseKind(string? text, out RelationshipKind kind)
    {
        kind = default;
        switch (text?.Trim().ToLowerInvariant().Replace('_', '-'))
        {
            case "manager" or "my manager" or "boss":
                kind = RelationshipKind.Manager;
                return true;
            case "direct" or "report" or "direct report":
                kind = RelationshipKind.Direct;
                return true;
            case "skip" or "skip-level" or "skip level":
                kind = RelationshipKind.Skip;
                return true;
            case "mentor":
                kind = RelationshipKind.Mentor;
                return true;
            case "mentee":
                kind = RelationshipKind.Mentee;
                return true;
            case "customer" or "client":
                kind = RelationshipKind.Customer;
                return true;
            case "peer":
                kind = RelationshipKind.Peer;
                return true;
            default:
                return false;
        }
    }

    public static string ToWord(this RelationshipKind kind) => kind.ToString().ToLowerInvariant();

    public const string FrequencyWords = "weekly, biweekly or monthly";
    public const string KindWords = "manager, direct, skip, mentor, mentee, customer or peer";

    /// <summary>Duration in minutes from "30", "30 min", "45m" or "1h".</summary>
    public static bool TryParseMinutes(string? text, out int minutes)
    {
        minutes = 0;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim().ToLowerInvariant();
        int factor = 1;
        foreach (var suffix in new[] { "minutes", "minute", "mins", "min", "m" })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal)) { t = t[..^suffix.Length].Trim(); break; }
        }
        if (t.EndsWith('h')) { factor = 60; t = t[..^1].Trim(); }
        return int.TryParse(t, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out minutes)
            && (minutes *= factor) is > 0 and <= 480;
    }
}
