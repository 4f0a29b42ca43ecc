namespace Rapport.Core.Prep;

/// <summary>
/// A meeting framework: the ordered steps of an agenda and what each shows, read from a template's
/// front matter, and the Handlebars body that renders the agenda as Markdown.
/// </summary>
public sealed record Framework(
    string Id,
    string Name,
    string Description,
    IReadOnlyList<string> For,
    int? Minutes,
    IReadOnlyList<FrameworkStep> Steps,
    string Body,
    string Path,
    int BodyLine);

/// <summary>One step of an agenda: its title, the parts of the prep it shows and the question category it asks from.</summary>
public sealed record FrameworkStep(string Title, IReadOnlyList<AgendaPart> Shows, string? Ask);

/// <summary>What a framework step can show.</summary>
public enum AgendaPart
{
    /// <summary>The conversation starter.</summary>
    Starter,

    /// <summary>Accomplishments and wins since the last meeting.</summary>
    Wins,

    /// <summary>Actions on either side completed since the last meeting.</summary>
    Done,

    MyActions,

    TheirActions,

    /// <summary>Talking points either person added, carried over until covered.</summary>
    Points,

    /// <summary>Threads discussed at the last meeting, to follow up.</summary>
    Threads,

    /// <summary>Feedback queued to give. Private: never written to the shared agenda.</summary>
    Feedback,

    /// <summary>Goals (or, without a Goals section, focus areas) with their last progress note.</summary>
    Goals,
}
