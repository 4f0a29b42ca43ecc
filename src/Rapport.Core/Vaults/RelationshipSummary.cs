using Rapport.Core.Documents;

namespace Rapport.Core.Vaults;

/// <summary>One line of <c>rapport list</c>: who, what kind, how often, when last met, open actions each side.</summary>
public sealed record RelationshipSummary(
    string Person, string Slug, string Path, string? Role, string? Kind, string? Frequency, int? Duration,
    DateOnly? Started, DateOnly? LastMet, int OpenMine, int OpenTheirs)
{
    public static RelationshipSummary Of(LoadedDocument loaded, string path)
    {
        var d = loaded.Document;
        return new RelationshipSummary(d.Person ?? loaded.Slug, loaded.Slug, path, d.Role, d.Kind?.ToWord(), d.Frequency?.ToString().ToLowerInvariant(),
            d.Duration, d.Started, d.LastMet, d.OpenActions(ActionOwner.Me).Count(), d.OpenActions(ActionOwner.Them).Count());
    }
}
