using System.Reflection;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Rapport.Core.Prep;

/// <summary>
/// The vault's meeting frameworks: <c>.rapport/templates/&lt;id&gt;.md</c> when present, else the
/// built-in default of that name. Also picks the framework a relationship's next 1:1 uses.
/// </summary>
public sealed class FrameworkLibrary
{
    public const string TemplatesFolder = "templates";
    public const string QuestionsFile = "questions.md";

    /// <summary>The built-in frameworks, in the order <c>rapport init</c> lists them.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = ["support", "introductory", "lead-chat", "my-manager", "customer-check-in", "performance"];

    private readonly Vault _vault;
    private readonly Dictionary<string, Framework> _loaded = new(StringComparer.Ordinal);

    public FrameworkLibrary(Vault vault) => _vault = vault;

    /// <summary>How long a relationship with no recorded meeting counts as new, for the introductory framework.</summary>
    public const int NewRelationshipDays = 30;

    /// <summary>The framework a 1:1 uses: the one asked for, else the document's <c>framework</c>, else by history and kind.</summary>
    public Framework Choose(RunningDocument document, DateOnly today, string? requested = null)
    {
        string id = requested ?? document.FrontMatter?["framework"] ?? DefaultFor(document, today);
        return Get(id.Trim().ToLowerInvariant());
    }

    /// <summary>
    /// The first meeting of a new relationship (the document records no meeting, dated or not, and
    /// it started less than <see cref="NewRelationshipDays"/> days ago) is introductory; otherwise my
    /// manager, a skip-level or a mentor get the my-manager 1:1, a customer the check-in, a direct
    /// report of 25 minutes or less the lead chat, anyone else the support meeting. A relationship with
    /// no <c>started</c> is not known to be new, and a long one with no history written down is not new either.
    /// </summary>
    public static string DefaultFor(RunningDocument document, DateOnly today)
    {
        if (document.Meetings.Count == 0 && document.Started is { } started && today.DayNumber - started.DayNumber < NewRelationshipDays)
            return "introductory";
        return document.Kind switch
        {
            RelationshipKind.Manager or RelationshipKind.Skip or RelationshipKind.Mentor => "my-manager",
            RelationshipKind.Customer => "customer-check-in",
            RelationshipKind.Direct when document.Duration is <= 25 => "lead-chat",
            _ => "support",
        };
    }

    public Framework Get(string id)
    {
        if (_loaded.TryGetValue(id, out var framework)) return framework;
        if (id.Length == 0 || id.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
            throw new RapportException(ErrorCode.Usage, $"'{id}' is not a framework name; use letters, digits and '-'");
        string relative = Path.Combine(Vault.SettingsFolder, TemplatesFolder, id + ".md");
        string full = _vault.Resolve(relative);
        string shown = _vault.Display(full);
        string text;
        if (_vault.Files.FileExists(full)) text = TextCodec.Decode(_vault.Store.ReadChecked(full, shown), shown).Text;
        else if (Default(id + ".md") is { } builtIn) text = builtIn;
        else throw new RapportException(ErrorCode.Usage, $"no framework '{id}': add {shown} or use one of {string.Join(", ", BuiltIn)}");
        return _loaded[id] = Parse(id, text, shown);
    }

    /// <summary>A built-in file (a framework template or the question bank) by name, or null.</summary>
    public static string? Default(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Rapport.Defaults." + name);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a template: YAML front matter describing the steps, then the Handlebars body.</summary>
    public static Framework Parse(string id, string text, string path)
    {
        var source = new SourceText(text);
        if (source.LineCount < 2 || source.Line(0).Trim() != "---")
            throw new RapportException(ErrorCode.InvalidFile, "a framework template starts with front matter between '---' lines", path, 1);
        int end = Enumerable.Range(1, source.LineCount - 1).FirstOrDefault(l => source.Line(l).Trim() == "---");
        if (end == 0) throw new RapportException(ErrorCode.InvalidFile, "front matter is not closed by a '---' line", path, 1);

        string yaml = string.Join('\n', Enumerable.Range(1, end - 1).Select(source.Line));
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode m
                ? m : throw new RapportException(ErrorCode.InvalidFile, "front matter must be a mapping", path, 2);
        }
        catch (YamlException ex)
        {
            throw new RapportException(ErrorCode.InvalidFile, YamlErrors.Describe(ex), path, (int)ex.Start.Line + 1, ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            throw new RapportException(ErrorCode.InvalidFile, "the front matter's YAML could not be read", path, 2, ex);
        }

        string name = Scalar(root, "name") ?? id;
        var steps = new List<FrameworkStep>();
        if (Child(root, "steps") is YamlSequenceNode list)
        {
            foreach (var node in list)
            {
                int line = (int)node.Start.Line + 1;
                if (node is not YamlMappingNode step || Scalar(step, "title") is not { Length: > 0 } title)
                    throw new RapportException(ErrorCode.InvalidFile, "each step needs a 'title'", path, line);
                var shows = new List<AgendaPart>();
                if (Child(step, "shows") is YamlSequenceNode parts)
                {
                    foreach (var part in parts.OfType<YamlScalarNode>())
                    {
                        shows.Add(ParsePart(part.Value ?? "") ?? throw new RapportException(ErrorCode.InvalidFile,
                            $"unknown part '{part.Value}'; use {PartWords}", path, (int)part.Start.Line + 1));
                    }
                }
                steps.Add(new FrameworkStep(title, shows, Scalar(step, "ask")));
            }
        }
        if (steps.Count == 0) throw new RapportException(ErrorCode.InvalidFile, "a framework needs at least one step under 'steps'", path, 2);

        int? minutes = null;
        if (Scalar(root, "minutes") is { } m2)
        {
            minutes = int.TryParse(m2, out int value) && value is > 0 and <= 480 ? value
                : throw new RapportException(ErrorCode.InvalidFile, $"minutes '{m2}' is not a number of minutes", path, Line(root, "minutes"));
        }
        var @for = Child(root, "for") is YamlSequenceNode kinds ? kinds.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList() : [];
        string body = end + 1 < source.LineCount ? source.Text[source.LineStart(end + 1)..] : "";
        return new Framework(id, name, Scalar(root, "description") ?? "", @for, minutes, steps, body, path, end + 2);
    }

    public const string PartWords = "starter, wins, done, my-actions, their-actions, points, threads, feedback or goals";

    private static AgendaPart? ParsePart(string word) => word.Trim().ToLowerInvariant() switch
    {
        "starter" => AgendaPart.Starter,
        "wins" => AgendaPart.Wins,
        "done" => AgendaPart.Done,
        "my-actions" => AgendaPart.MyActions,
        "their-actions" => AgendaPart.TheirActions,
        "points" => AgendaPart.Points,
        "threads" => AgendaPart.Threads,
        "feedback" => AgendaPart.Feedback,
        "goals" => AgendaPart.Goals,
        _ => null,
    };

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;

    private static string? Scalar(YamlMappingNode node, string key) => (Child(node, key) as YamlScalarNode)?.Value;

    private static int Line(YamlMappingNode node, string key) => (int)(Child(node, key)?.Start.Line ?? 0) + 1;
}
