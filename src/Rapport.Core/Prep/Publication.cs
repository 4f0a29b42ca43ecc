using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Core.Prep;

/// <summary>
/// What of an agenda is published into <c>## Next Meeting</c>, where the shared link shows it to the
/// other person. Always: the framework's step headings and questions, the talking points, and the
/// other person's open actions in this relationship. Only when the owner opts in, by part
/// (<see cref="Parts"/>, <c>prep --write --share wins,threads</c>) or by item (<see cref="Items"/>,
/// the boxes on the web's preview): wins, things done, my actions, threads and goals or focus
/// areas. Never: feedback to give, or a backlog item that names no relationship.
/// </summary>
public sealed record Publication(IReadOnlySet<AgendaPart> Parts, IReadOnlySet<string>? Items = null)
{
    /// <summary>Published every time: nothing in them is the owner's alone.</summary>
    public static readonly IReadOnlySet<AgendaPart> Always = new HashSet<AgendaPart> { AgendaPart.Starter, AgendaPart.Points, AgendaPart.TheirActions };

    /// <summary>Published only when asked for, with the word <c>--share</c> takes for each.</summary>
    public static readonly IReadOnlyDictionary<string, AgendaPart> OptIn = new Dictionary<string, AgendaPart>(StringComparer.OrdinalIgnoreCase)
    {
        ["wins"] = AgendaPart.Wins,
        ["done"] = AgendaPart.Done,
        ["mine"] = AgendaPart.MyActions,
        ["threads"] = AgendaPart.Threads,
        ["goals"] = AgendaPart.Goals,
    };

    /// <summary>
    /// The default for a relationship: nothing optional, except my wins for an upward one (my
    /// manager, skip-level or mentor), whom I meet partly to tell them.
    /// </summary>
    public static Publication Default(RelationshipKind? kind) =>
        new(kind is RelationshipKind.Manager or RelationshipKind.Skip or RelationshipKind.Mentor ? new HashSet<AgendaPart> { AgendaPart.Wins } : new HashSet<AgendaPart>());

    /// <summary>The parts named in <c>--share wins,threads</c> (or <c>none</c>); a usage error naming the words that exist.</summary>
    public static Publication Parse(string words)
    {
        var parts = new HashSet<AgendaPart>();
        foreach (var word in words.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (word.Equals("none", StringComparison.OrdinalIgnoreCase)) continue;
            parts.Add(OptIn.TryGetValue(word, out var part)
                ? part
                : throw new RapportException(ErrorCode.Usage, $"--share: '{word}' is not a part of the agenda to publish; use {string.Join(", ", OptIn.Keys)} or none"));
        }
        return new Publication(parts);
    }

    /// <summary>Whether the item goes into the published agenda.</summary>
    public bool Includes(AgendaItem item) =>
        !item.IsPrivate && item.Publishable &&
        (Always.Contains(item.Part) || Parts.Contains(item.Part) || Items?.Contains(item.Text) == true);

    /// <summary>
    /// Writes the agenda's published block into the document's <c>## Next Meeting</c> as it is on
    /// disk now (replacing the earlier one, keeping every talking point), through the store.
    /// </summary>
    /// <returns>Whether the file changed.</returns>
    public static bool Publish(Vault vault, string fullPath, Agenda agenda, Publication publication)
    {
        return vault.Store.Update(fullPath, loaded =>
        {
            var editor = new DocumentEditor(loaded.Document);
            NextMeeting.Read(loaded.Document).WriteBlock(editor, NextMeeting.BlockLines(agenda, publication));
            return editor.Apply();
        });
    }
}
