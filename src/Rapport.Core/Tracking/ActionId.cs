using System.Text;
using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;

namespace Rapport.Core.Tracking;

/// <summary>
/// A short id per action that stays the same while other actions are ticked or added, so
/// <c>rapport done noah k3xm</c> run twice never ticks two different actions. An id written in the
/// line the way Obsidian Tasks does (<c>🆔 a1b2</c>) is kept; otherwise the id is derived from the
/// action's owner and words: four characters, a letter first (so it is never read as a number),
/// without the look-alikes 0/o, 1/l/i.
/// </summary>
public static partial class ActionId
{
    private const string Letters = "abcdefghjkmnpqrstuvwxyz";
    private const string Alphabet = Letters + "23456789";
    public const int Length = 4;

    /// <summary>The id of an action.</summary>
    public static string Of(ActionOwner owner, string text)
    {
        if (Written().Match(text) is { Success: true } written) return written.Groups["id"].Value.ToLowerInvariant();
        // Rapport's managed SHA-256, the same digest as the platform's without loading OpenSSL into `rapport show`.
        var hash = Sha256.HashData(Encoding.UTF8.GetBytes((owner == ActionOwner.Me ? "me:" : "them:") + Wording.Key(text)));
        var id = new StringBuilder(Length);
        id.Append(Letters[hash[0] % Letters.Length]);
        for (int i = 1; i < Length; i++) id.Append(Alphabet[hash[i] % Alphabet.Length]);
        return id.ToString();
    }

    public static string Of(ActionItem action) => Of(action.Owner, action.Text);

    /// <summary>Whether <paramref name="query"/> has the shape of a derived id: four characters, a letter first.</summary>
    public static bool IsShaped(string query) => Shape().IsMatch(Normalise(query));

    /// <summary>The query as an id is compared: trimmed, without a leading '#' or '🆔', lower case.</summary>
    public static string Normalise(string query) => query.Trim().TrimStart('#').Replace("🆔", "", StringComparison.Ordinal).Trim().ToLowerInvariant();

    [GeneratedRegex(@"🆔\s*(?<id>[A-Za-z0-9_-]+)")]
    private static partial Regex Written();

    [GeneratedRegex(@"^[a-hj-km-np-z][a-hj-km-np-z2-9]{3}$")]
    private static partial Regex Shape();
}
