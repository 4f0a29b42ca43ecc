using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Text;

namespace Rapport.Core.Vaults;

/// <summary>The new running document <c>rapport add</c> writes, in the format of <c>docs/format.md</c>.</summary>
public static class RelationshipTemplate
{
    public static string Render(string person, RelationshipKind kind, string? role, Frequency frequency, int duration, DateOnly started)
    {
        string first = person.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
        string roleLine = string.IsNullOrWhiteSpace(role) ? "" : $"role: {YamlText.Scalar(role)}\n";
        return $"""
            ---
            person: {YamlText.Scalar(person)}
            {roleLine}kind: {kind.ToWord()}
            frequency: {frequency.ToWord()}
            duration: {duration}
            started: {IsoDate.Format(started)}
            ---

            # 1:1 with {person}

            ## Current Focus Areas

            ## Ongoing Threads

            ## Action Items

            ### My Actions

            ### {first}'s Actions

            ## Recent Accomplishments Shared

            ## Goals

            ## Feedback

            ## Next Meeting

            ## Meeting History

            ## Private Notes

            """;
    }
}
