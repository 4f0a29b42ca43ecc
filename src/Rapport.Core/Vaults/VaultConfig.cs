using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rapport.Core.Vaults;

/// <summary>The settings in <c>.rapport/config.yml</c>.</summary>
public sealed record VaultConfig
{
    public const string DefaultRelationshipsFolder = "Career/1-on-1s";

    /// <summary>The vault owner's name: "me" in every document.</summary>
    public string? Owner { get; init; }

    public Frequency Cadence { get; init; } = Frequency.Weekly;

    /// <summary>Default meeting length in minutes.</summary>
    public int Duration { get; init; } = 30;

    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>The IANA time zone of the owner's calendar (<c>timezone: Europe/Berlin</c>); the machine's when unset.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Folder of running documents, relative to the vault root, with '/' separators.</summary>
    public string RelationshipsFolder { get; init; } = DefaultRelationshipsFolder;

    public static VaultConfig Parse(string yaml, string path)
    {
        var map = LoadMap(yaml, path);
        var config = new VaultConfig();
        foreach (var (keyNode, valueNode) in map.Children)
        {
            string key = keyNode.ToString().ToLowerInvariant();
            string? value = (valueNode as YamlScalarNode)?.Value?.Trim();
            int line = (int)keyNode.Start.Line;
            if (string.IsNullOrEmpty(value)) continue;
            config = key switch
            {
                "owner" => config with { Owner = value },
                "cadence" or "frequency" => Vocabulary.TryParseFrequency(value, out var f)
                    ? config with { Cadence = f }
                    : throw Invalid(path, line, $"unknown cadence '{value}'; use {Vocabulary.FrequencyWords}"),
                "duration" => Vocabulary.TryParseMinutes(value, out int minutes)
                    ? config with { Duration = minutes }
                    : throw Invalid(path, line, $"duration '{value}' is not a number of minutes"),
                "week-start" or "week_start" => Enum.TryParse<DayOfWeek>(value, ignoreCase: true, out var day)
                    ? config with { WeekStart = day }
                    : throw Invalid(path, line, $"week-start '{value}' is not a day of the week"),
                "timezone" or "time-zone" or "tz" => TimeZoneInfo.TryFindSystemTimeZoneById(value, out _)
                    ? config with { TimeZone = value }
                    : throw Invalid(path, line, $"unknown time zone '{value}'; use an IANA name such as Europe/Berlin or America/New_York"),
                "relationships" => config with { RelationshipsFolder = value.Replace('\\', '/').Trim('/') },
                _ => config,
            };
        }
        return config;
    }

    /// <summary>The file <c>rapport init</c> writes: every setting, with a comment saying what it is.</summary>
    public string ToYaml() =>
        $"""
        # Rapport vault settings. Edit freely; unknown keys are ignored.
        # Your name: "me" in every running document.
        owner: {Owner ?? ""}
        # Default cadence for new relationships: weekly, biweekly or monthly.
        cadence: {Cadence.ToWord()}
        # Default meeting length in minutes.
        duration: {Duration}
        # First day of the week, for "next Friday" and week views.
        week-start: {WeekStart.ToString().ToLowerInvariant()}
        # Your calendar's time zone (IANA name, for example Europe/Berlin); empty means this machine's.
        timezone: {TimeZone ?? ""}
        # Folder of running 1:1 documents, relative to the vault.
        relationships: {RelationshipsFolder}

        """;

    private static YamlMappingNode LoadMap(string yaml, string path)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0) return new YamlMappingNode();
            return stream.Documents[0].RootNode as YamlMappingNode
                ?? throw Invalid(path, 1, "expected 'key: value' settings");
        }
        catch (YamlException ex)
        {
            throw Invalid(path, (int)ex.Start.Line, $"malformed settings: {YamlErrors.Describe(ex)}");
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw Invalid(path, 1, "malformed settings: the YAML could not be read");
        }
    }

    private static RapportException Invalid(string path, int line, string message) =>
        new(ErrorCode.InvalidFile, message, path, line);
}
