using System.Net;
using System.Text.RegularExpressions;
using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Web.Tests;

/// <summary>Crawls what a shared link reaches, and lists the text it must never show.</summary>
public static partial class Probe
{
    private static readonly SectionKind[] PrivateKinds = [SectionKind.PrivateNotes, SectionKind.Feedback, SectionKind.Scorecard, SectionKind.Mood];

    /// <summary>
    /// Every item of the relationship's private sections (its text after any date), and every item
    /// of every other relationship that does not also appear in this one.
    /// </summary>
    public static IReadOnlyList<string> Forbidden(Vault vault, string slug)
    {
        var mine = vault.Store.Load(vault.RelationshipPath(slug)).Document;
        var secrets = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in mine.Sections.Where(s => PrivateKinds.Contains(s.Kind)))
            foreach (var item in section.Items) secrets.Add(Essence(item.Text));
        foreach (var other in vault.People.All.Where(p => p.Slug != slug))
        {
            secrets.Add(other.Document.Person!);
            foreach (var item in other.Document.Sections.SelectMany(s => s.Items))
            {
                string text = Essence(item.Text);
                if (!mine.Source.Text.Contains(text, StringComparison.OrdinalIgnoreCase)) secrets.Add(text);
            }
        }
        secrets.RemoveWhere(s => s.Length < 12);
        return [.. secrets];
    }

    /// <summary>
    /// Visits the page, every same-site link on it, and every form on it submitted as a person
    /// would (a talking point, a tick), then the pages those lead to; also the same forms sent
    /// wrongly (no token, empty text). Returns each page reached with its HTML.
    /// </summary>
    public static async Task<List<(string Url, string Html)>> Crawl(HttpClient client, string start)
    {
        var pages = new List<(string, string)>();
        var seen = new HashSet<string>();
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            string url = queue.Dequeue();
            if (!seen.Add(url)) continue;
            var (_, html) = await client.Page(url);
            pages.Add((url, html));
            foreach (Match link in Href().Matches(html)) queue.Enqueue(WebUtility.HtmlDecode(link.Groups["url"].Value));
            foreach (Match form in Form().Matches(html))
            {
                string action = WebUtility.HtmlDecode(form.Groups["action"].Value);
                var fields = Hidden().Matches(form.Value).Select(h => (WebUtility.HtmlDecode(h.Groups["name"].Value), WebUtility.HtmlDecode(h.Groups["value"].Value))).ToList();
                if (Text().IsMatch(form.Value)) fields.Add(("text", "probe point"));
                foreach (var sent in new[] { fields, fields.Where(f => f.Item1 != "__rf").ToList(), fields.Select(f => f.Item1 == "text" ? (f.Item1, "") : f).ToList() })
                {
                    var response = await client.Post(action, [.. sent]);
                    pages.Add(($"POST {action}", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)));
                    if (response.Headers.Location is { } next) pages.Add(($"{next} after POST {action}", (await client.Page(next.OriginalString)).Html));
                }
            }
        }
        return pages;
    }

    /// <summary>
    /// Plants a unique marker in every private place of the vault around the relationship
    /// <paramref name="slug"/> (written as a person would write it, so prep picks each one up where
    /// it can): Private Notes, Feedback, Scorecard, Mood, a thread entry of the last meeting, a
    /// goal, a focus area, my open and my done actions, an accomplishment, BACKLOG.md (linked and
    /// unlinked), the wins log (for them and for no one), a notes file, and another relationship's
    /// private notes, next meeting and threads. Returns the markers by place.
    /// </summary>
    public static Dictionary<string, string> Plant(string vaultRoot, string slug, string lastMet, string today, string other)
    {
        var markers = new Dictionary<string, string>();
        string Marker(string place) => markers[place] = $"zq{place.Replace(" ", "", StringComparison.Ordinal)}{Guid.NewGuid():N}"[..32];
        string folder = Path.Combine(vaultRoot, "Career", "1-on-1s");
        string person = Path.Combine(folder, slug + ".md");
        string name = File.ReadAllLines(person).First(l => l.StartsWith("person:", StringComparison.Ordinal))["person:".Length..].Trim();

        InsertAfter(person, "## Private Notes", $"- {Marker("private notes")}");
        InsertAfter(person, "## Feedback", $"- [ ] High five (probing): {Marker("feedback")}");
        InsertAfter(person, "## Scorecard", $"- {lastMet}: Communication 4/5 ({Marker("scorecard")})");
        InsertAfter(person, "## Mood", $"- {lastMet}: 3/5 ({Marker("mood")})");
        InsertAfter(person, "## Ongoing Threads", $"\n### Probing\n- {lastMet}: {Marker("thread")}\n");
        InsertAfter(person, "## Goals", $"- [ ] {Marker("goal")} (by 2026-03-31)");
        InsertAfter(person, "## Current Focus Areas", $"- {Marker("focus area")}");
        InsertAfter(person, "### My Actions", $"- [ ] {Marker("my action")} 📅 2026-01-20\n- [x] {Marker("my done action")} ✅ {today}");
        InsertAfter(person, "## Recent Accomplishments Shared", $"- {today}: {Marker("accomplishment")}");
        File.AppendAllText(Path.Combine(vaultRoot, "BACKLOG.md"),
            $"- [x] [P2] {Marker("backlog linked")} (done: {today}) — 1:1 {name}\n- [x] [P2] {Marker("backlog unlinked")} (done: {today})\n- [ ] {Marker("backlog open")} — 1:1 {name}\n");
        File.AppendAllText(Path.Combine(vaultRoot, "Career", "wins.md"), $"\n- {today}: {Marker("wins log for them")} (for {name})\n- {today}: {Marker("wins log")}\n");
        Directory.CreateDirectory(Path.Combine(folder, "notes", slug));
        File.WriteAllText(Path.Combine(folder, "notes", slug, $"{lastMet}.md"), $"- {Marker("notes file")}\n");
        string otherPath = Path.Combine(folder, other + ".md");
        InsertAfter(otherPath, "## Private Notes", $"- {Marker("other private notes")}");
        InsertAfter(otherPath, "## Next Meeting", $"- {Marker("other next meeting")} (added by me, {today})");
        InsertAfter(otherPath, "## Ongoing Threads", $"\n### Probing\n- {lastMet}: {Marker("other thread")}\n");
        return markers;
    }

    /// <summary>Adds the lines under the heading, or a new section with them at the end when there is none.</summary>
    private static void InsertAfter(string path, string heading, string lines)
    {
        var text = File.ReadAllText(path);
        int at = text.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        text = at < 0
            ? text.TrimEnd('\n') + $"\n\n{heading}\n{lines}\n"
            : text.Insert(at + heading.Length + 2, lines + "\n");
        File.WriteAllText(path, text);
    }

    private static string Essence(string item) => DatePrefix().Replace(item, "").Trim();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}:\s*")]
    private static partial Regex DatePrefix();

    [GeneratedRegex("href=\"(?<url>/[^\"]*)\"")]
    private static partial Regex Href();

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>[^\"]+)\"[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Form();

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex Hidden();

    [GeneratedRegex("<input type=\"text\" name=\"text\"")]
    private static partial Regex Text();
}
