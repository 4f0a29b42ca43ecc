using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rapport.Core.Vaults;

/// <summary>The settings in <c>.rapport/config.yml</c>.</summary>
public sealed record VaultConfig
{
    public const string DefaultRelationshipsFolder = "Career/1-on-1s";

    /// <summary>The vault owner's name: "me" in every document.</summary>
    public string? Owner { get; init; }

    /// <summary>Other names and handles of the owner (<c>owner-aliases: Jo, jlee</c>): "me" too.</summary>
    public IReadOnlyList<string> OwnerAliases { get; init; } = [];

    /// <summary>
    /// The names that mean me in a document: the owner's name, the handles made of it (<c>jlee</c>, <c>jordanl</c>) and
    /// <see cref="OwnerAliases"/>. Empty when no owner is set, so documents read as they do without one.
    /// </summary>
    public IReadOnlyList<string> MyNames => NameRules.OwnNames(Owner, OwnerAliases);

    public Frequency Cadence { get; init; } = Frequency.Weekly;

    /// <summary>Default meeting length in minutes.</summary>
    public int Duration { get; init; } = 30;

    public DayOfWeek WeekStart { get; init; } = DayOfWeek.Monday;

    /// <summary>
    /// <c>dates: day-first</c> (true) or <c>month-first</c> (false): how a numeric date such as 03/04/2026 is read in a
    /// document that gives no evidence either way (no day above 12); null (unset) goes by the separator.
    /// </summary>
    public bool? DayFirst { get; init; }

    /// <summary>The IANA time zone of the owner's calendar (<c>timezone: Europe/Berlin</c>); the machine's when unset.</summary>
    public string? TimeZone { get; init; }

    /// <summary>Folder of running documents, relative to the vault root, with '/' separators.</summary>
    public string RelationshipsFolder { get; init; } = DefaultRelationshipsFolder;

    /// <summary>The hash of the password that guards <c>rapport serve --allow-remote</c> (<see cref="OwnerPassword"/>).</summary>
    public string? WebPassword { get; init; }

    /// <summary>The optional language model (<c>llm:</c>); null means Rapport never touches the network.</summary>
    public Assist.LlmSettings? Llm { get; init; }

    /// <summary>Host names, base URL and trusted proxies of the web app (<c>web:</c>, see <see cref="WebSettings"/>).</summary>
    public WebSettings Web { get; init; } = WebSettings.None;

    public static VaultConfig Parse(string yaml, string path)
    {
        var config = new VaultConfig();
        if (PlainEntries(yaml) is { } entries)
        {
            foreach (var (key, value, line) in entries) config = config.With(key, value, path, line);
            return config;
        }
        foreach (var (keyNode, valueNode) in LoadMap(yaml, path).Children)
        {
            string key = keyNode.ToString().ToLowerInvariant();
            int line = (int)keyNode.Start.Line;
            config = key switch
            {
                "llm" => config with { Llm = ParseLlm(valueNode, path, line) },
                "web" => config with { Web = WebSettings.Parse(valueNode, path, line) },
                "owner-aliases" or "owner_aliases" when valueNode is YamlSequenceNode aliases =>
                    config with { OwnerAliases = [.. aliases.Children.OfType<YamlScalarNode>().Select(a => a.Value?.Trim() ?? "").Where(a => a.Length > 0)] },
                _ => (valueNode as YamlScalarNode)?.Value?.Trim() is { Length: > 0 } value ? config.With(key, value, path, line) : config,
            };
        }
        return config;
    }

    /// <summary>
    /// The settings when every line is a plain <c>key: value</c>, a comment or blank (<see cref="PlainYaml"/>; what
    /// <c>rapport init</c> writes), with YAML's line numbers; null for anything else, which the YAML reader reads.
    /// </summary>
    private static List<(string Key, string Value, int Line)>? PlainEntries(string yaml)
    {
        var entries = new List<(string, string, int)>();
        int number = 0;
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            number++;
            switch (PlainYaml.Read(line, out var key, out var value))
            {
                case PlainLine.NotPlain:
                    return null;
                case PlainLine.Entry:
                    // llm: and web: are maps; a repeated key is YAML's error to report.
                    if (key.Equals("llm", StringComparison.OrdinalIgnoreCase) || key.Equals("web", StringComparison.OrdinalIgnoreCase)) return null;
                    foreach (var (known, _, _) in entries)
                        if (key.SequenceEqual(known)) return null;
                    entries.Add((key.ToString(), value.ToString(), number));
                    break;
            }
        }
        return entries;
    }

    /// <summary>This configuration with one scalar setting read (an unknown key is ignored; a bad value names its line).</summary>
    private VaultConfig With(string key, string value, string path, int line) =>
        key.ToLowerInvariant() switch
        {
            "owner" => this with { Owner = value },
            "owner-aliases" or "owner_aliases" => this with { OwnerAliases = [.. value.Split(',').Select(a => a.Trim()).Where(a => a.Length > 0)] },
            "cadence" or "frequency" => Vocabulary.TryParseFrequency(value, out var f)
                ? this with { Cadence = f }
                : throw Invalid(path, line, $"unknown cadence '{value}'; use {Vocabulary.FrequencyWords}"),
            "duration" => Vocabulary.TryParseMinutes(value, out int minutes)
                ? this with { Duration = minutes }
                : throw Invalid(path, line, $"duration '{value}' is not a number of minutes"),
            "week-start" or "week_start" => TryParseDay(value, out var day)
                ? this with { WeekStart = day }
                : throw Invalid(path, line, $"week-start '{value}' is not a day of the week"),
            "timezone" or "time-zone" or "tz" => TimeZoneInfo.TryFindSystemTimeZoneById(value, out _)
                ? this with { TimeZone = value }
                : throw Invalid(path, line, $"unknown time zone '{value}'; use an IANA name such as Europe/Berlin or America/New_York"),
            OwnerPassword.ConfigKey => OwnerPassword.IsHash(value)
                ? this with { WebPassword = value }
                : throw Invalid(path, line, $"{OwnerPassword.ConfigKey} is not a password hash; set it with 'rapport serve --set-password'"),
            "dates" or "date-order" => value.ToLowerInvariant() switch
            {
                "day-first" or "dmy" or "day first" => this with { DayFirst = true },
                "month-first" or "mdy" or "month first" => this with { DayFirst = false },
                _ => throw Invalid(path, line, $"dates '{value}' is not day-first or month-first"),
            },
            "relationships" => this with { RelationshipsFolder = value.Replace('\\', '/').Trim('/') },
            _ => this,
        };

    private static readonly string[] DayNames = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    /// <summary>
    /// A day's name (any case) by table, else whatever <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> accepts:
    /// the same answers, without reading the enum's metadata by reflection at every start for the usual case.
    /// </summary>
    private static bool TryParseDay(string value, out DayOfWeek day)
    {
        int index = Array.FindIndex(DayNames, name => name.Equals(value, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
        {
            day = (DayOfWeek)index;
            return true;
        }
        return Enum.TryParse(value, ignoreCase: true, out day);
    }

    /// <summary>The file <c>rapport init</c> writes: every setting, with a comment saying what it is.</summary>
    public string ToYaml() =>
        $"""
        # Rapport vault settings. Edit freely; unknown keys are ignored.
        # Your name: "me" in every running document ("Jordan: send the deck", "@jordan", "Attendees: Jordan Lee, Sam").
        owner: {(Owner is null ? "" : Text.YamlText.Scalar(Owner))}
        # Other names or handles you go by in your notes, comma-separated (for example: Jo, jlee).
        owner-aliases: {string.Join(", ", OwnerAliases)}
        # Default cadence for new relationships: weekly, biweekly or monthly.
        cadence: {Cadence.ToWord()}
        # Default meeting length in minutes.
        duration: {Duration}
        # First day of the week, for "next Friday" and week views.
        week-start: {WeekStart.ToString().ToLowerInvariant()}
        # Your calendar's time zone (IANA name, for example Europe/Berlin); empty means this machine's.
        timezone: {TimeZone ?? ""}
        # Folder of running 1:1 documents, relative to the vault.
        relationships: {Text.YamlText.Scalar(RelationshipsFolder)}

        """;

    /// <summary>
    /// Sets one top-level setting in the vault's <c>config.yml</c>, replacing its line or adding one at
    /// the end, and keeping every other line (comments included) as written.
    /// </summary>
    public static void Set(Vault vault, string key, string value)
    {
        string path = Vault.ConfigPath(vault.Root);
        var line = $"{key}: {value}";
        if (!vault.Files.FileExists(path))
        {
            vault.Store.Create(path, line + "\n");
            return;
        }
        var bytes = vault.Files.ReadAllBytes(path);
        var source = Text.TextCodec.Decode(bytes, vault.Display(path));
        var edits = new List<Text.TextEdit>();
        for (int i = 0; i < source.LineCount; i++)
        {
            if (source.Line(i).StartsWith(key + ":", StringComparison.Ordinal))
                edits.Add(new Text.TextEdit(source.LineStart(i), source.LineContentEnd(i) - source.LineStart(i), line));
        }
        if (edits.Count == 0)
        {
            string before = source.Length == 0 || source.EndsWithNewline ? "" : source.Newline;
            edits.Add(Text.TextEdit.Insert(source.Length, before + line + source.Newline));
        }
        vault.Store.Save(path, LoadedDocument.FingerprintOf(bytes), source.Apply(edits));
    }

    private static Assist.LlmSettings? ParseLlm(YamlNode node, string path, int line)
    {
        if (node is YamlScalarNode { Value: null or "" or "~" }) return null;
        if (node is not YamlMappingNode map)
            throw Invalid(path, line, "llm: expects settings below it (endpoint, model, api-key-env, timeout-seconds); see docs/llm.md");
        Uri? endpoint = null;
        string? model = null, keyVariable = null;
        int timeout = Assist.LlmSettings.DefaultTimeoutSeconds;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            string key = keyNode.ToString().ToLowerInvariant();
            string value = (valueNode as YamlScalarNode)?.Value?.Trim() ?? "";
            int at = (int)keyNode.Start.Line;
            switch (key)
            {
                case "endpoint":
                    endpoint = Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                        ? uri
                        : throw Invalid(path, at, $"llm endpoint '{value}' is not an http(s) address such as http://127.0.0.1:11434/v1");
                    break;
                case "model":
                    model = value.Length > 0 ? value : null;
                    break;
                case "api-key-env":
                    keyVariable = value.Length > 0 ? value : null;
                    break;
                case "timeout-seconds":
                    timeout = int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int seconds) && seconds is >= 1 and <= 3600
                        ? seconds
                        : throw Invalid(path, at, $"llm timeout-seconds '{value}' is not a number of seconds from 1 to 3600");
                    break;
                default:
                    throw Invalid(path, at, $"unknown llm setting '{key}'; use endpoint, model, api-key-env or timeout-seconds");
            }
        }
        if (endpoint is null) throw Invalid(path, line, "llm: needs an endpoint (for example http://127.0.0.1:11434/v1)");
        if (model is null) throw Invalid(path, line, "llm: needs a model (for example llama3.1)");
        return new Assist.LlmSettings(endpoint, model, keyVariable, timeout);
    }

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
