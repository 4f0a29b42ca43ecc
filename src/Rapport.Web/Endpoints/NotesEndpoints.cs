using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using static Rapport.Web.RapportWebApp;

namespace Rapport.Web;

/// <summary>
/// The notes page: paste the notes, <b>Extract</b> shows every item the rules found as an editable
/// row (keep it or not, owner, text, due date, priority) with the changes it would make;
/// <b>Preview</b> recomputes the changes from the edited rows, <b>Apply</b> writes them. The
/// processing is Core's <see cref="NotesProcessor"/>, given the edited items instead of the rules'.
/// </summary>
internal static class NotesPage
{
    private const int MaxItems = 100;
    private static readonly string[] Lists = ["completions", "wins", "decisions", "goals", "blockers", "topics"];

    public static IResult Submit(HttpContext context, Vault vault, LoadedDocument person, IFormCollection form)
    {
        string notes = form["notes"].ToString();
        var date = IsoDate.TryParse(form["date"].ToString(), out var d) ? d : throw new RapportException(ErrorCode.Usage, $"'{form["date"]}' is not a date (YYYY-MM-DD)");
        var processor = new NotesProcessor(vault);
        string step = form["step"].ToString();
        if (step is not ("preview" or "apply")) return Show(context, person, notes, date, processor.Plan(person, notes, date));

        var edited = Read(form);
        var plan = processor.Plan(person, notes, date, (_, _) => edited);
        if (step == "preview") return Show(context, person, notes, date, plan);
        processor.Apply(plan);
        return Results.Redirect($"/people/{person.Slug}?done=applied");
    }

    public static IResult Show(HttpContext context, LoadedDocument person, string notes, DateOnly date, NotesPlan? plan)
    {
        string name = person.Document.Person ?? person.Slug;
        var body = new StringBuilder($"<h1>Notes from a 1:1 with {Html.Text(name)}</h1>");
        var fields = new StringBuilder()
            .Append($"<p><label>Date <input type=\"date\" name=\"date\" value=\"{IsoDate.Format(date)}\" required></label></p>")
            .Append($"<p><label for=\"notes\">Your notes, as written</label><textarea id=\"notes\" name=\"notes\" required>{Html.Text(notes)}</textarea></p>")
            .Append("<p><button name=\"step\" value=\"extract\"").Append(plan is null ? " class=\"primary\"" : "").Append(">Extract</button>")
            .Append(plan is null ? "" : " <span class=\"dim\">(again, from the notes: edits below are dropped)</span>").Append("</p>");
        if (plan is not null)
        {
            fields.Append("<h2>What the notes say</h2><p class=\"dim\">Untick what is wrong, fix owners, words and dates, then preview and apply.</p>");
            Items(fields, plan.Extraction, person.Document.FirstName ?? name);
            fields.Append("<h2>What applying changes</h2>");
            if (plan.IsEmpty) fields.Append("<p class=\"note\">Nothing: these notes are already in the document.</p>");
            else fields.Append("<ul>").AppendJoin("", plan.Changes.Select(ch => ch.Describe(plan.Meeting.Person)).OfType<string>().Select(l => $"<li>{Html.Text(l)}</li>")).Append("</ul>")
                .Append("<p class=\"dim\">Files: ").Append(Html.Text(string.Join(", ", plan.Files.Select(f => f.DisplayPath)))).Append("</p>");
            fields.Append("<p><button name=\"step\" value=\"preview\">Preview the edits</button>")
                .Append(plan.IsEmpty ? "" : " <button class=\"primary\" name=\"step\" value=\"apply\">Apply to the document</button>").Append("</p>");
        }
        body.Append(Html.Form($"/notes/{person.Slug}", Token(context), fields.ToString()));
        return Page($"Notes: {name}", body.ToString());
    }

    /// <summary>One editable row per item, and a blank action row for one the rules missed.</summary>
    private static void Items(StringBuilder html, Extraction extraction, string first)
    {
        html.Append("<h3>Actions</h3><table><thead><tr><th>Keep</th><th>Whose</th><th>Action</th><th>Due</th><th>Priority</th></tr></thead><tbody>");
        var actions = extraction.Actions.Append(new ExtractedAction(ActionOwner.Me, "", null, "P2", 0)).ToList();
        for (int i = 0; i < actions.Count; i++)
        {
            var a = actions[i];
            bool blank = i == actions.Count - 1;
            html.Append("<tr><td>").Append(Check($"a{i}.keep", !blank, blank ? "Add this action" : $"Keep: {a.Text}")).Append(Html.Hidden($"a{i}.line", a.Line.ToString(CultureInfo.InvariantCulture))).Append("</td>")
                .Append("<td>").Append(Select($"a{i}.owner", a.Owner == ActionOwner.Me ? "me" : "them", [("me", "Mine"), ("them", first)])).Append("</td>")
                .Append($"<td><input type=\"text\" name=\"a{i}.text\" value=\"{Html.Text(a.Text)}\" maxlength=\"500\" aria-label=\"Action\"{(blank ? " placeholder=\"an action the notes missed\"" : "")}></td>")
                .Append($"<td><input type=\"date\" name=\"a{i}.due\" value=\"{(a.Due is { } due ? IsoDate.Format(due) : "")}\" aria-label=\"Due\"></td>")
                .Append("<td>").Append(Select($"a{i}.priority", a.Priority, [("P1", "P1"), ("P2", "P2"), ("P3", "P3")])).Append("</td></tr>");
        }
        html.Append("</tbody></table>").Append(Html.Hidden("a.count", actions.Count.ToString(CultureInfo.InvariantCulture)));

        foreach (var list in Lists)
        {
            var items = List(extraction, list);
            html.Append(Html.Hidden($"{list}.count", items.Count.ToString(CultureInfo.InvariantCulture)));
            if (items.Count == 0) continue;
            html.Append("<h3>").Append(char.ToUpperInvariant(list[0])).Append(list[1..]).Append("</h3><ul class=\"actions\">");
            for (int i = 0; i < items.Count; i++)
            {
                html.Append("<li>").Append(Check($"{list}{i}.keep", true, $"Keep: {items[i].Text}")).Append(Html.Hidden($"{list}{i}.line", items[i].Line.ToString(CultureInfo.InvariantCulture)))
                    .Append($"<input type=\"text\" name=\"{list}{i}.text\" value=\"{Html.Text(items[i].Text)}\" maxlength=\"500\" aria-label=\"{list}\"></li>");
            }
            html.Append("</ul>");
        }

        html.Append(Html.Hidden("feedback.count", extraction.Feedback.Count.ToString(CultureInfo.InvariantCulture)));
        if (extraction.Feedback.Count > 0)
        {
            html.Append("<h3>Feedback</h3><ul class=\"actions\">");
            for (int i = 0; i < extraction.Feedback.Count; i++)
            {
                var f = extraction.Feedback[i];
                html.Append("<li>").Append(Check($"f{i}.keep", true, $"Keep: {f.Text}")).Append(Html.Hidden($"f{i}.line", f.Line.ToString(CultureInfo.InvariantCulture)))
                    .Append(Select($"f{i}.kind", f.Kind, [("high-five", "High five"), ("watch-out", "Watch out")]))
                    .Append($"<input type=\"text\" name=\"f{i}.text\" value=\"{Html.Text(f.Text)}\" maxlength=\"500\" aria-label=\"Feedback\"></li>");
            }
            html.Append("</ul>");
        }
        html.Append($"<p><label>Mood (1 to 5) <input type=\"text\" class=\"short\" inputmode=\"numeric\" name=\"mood\" value=\"{extraction.Mood}\" size=\"2\" maxlength=\"1\"></label></p>");
    }

    /// <summary>The edited items as an extraction; what is unticked or emptied is left out.</summary>
    private static Extraction Read(IFormCollection form)
    {
        var actions = new List<ExtractedAction>();
        for (int i = 0; i < Count(form, "a.count"); i++)
        {
            if (!Kept(form, $"a{i}") || Text(form, $"a{i}.text") is not { } text) continue;
            DateOnly? due = form[$"a{i}.due"].ToString() is { Length: > 0 } d
                ? IsoDate.TryParse(d, out var parsed) ? parsed : throw new RapportException(ErrorCode.Usage, $"the due date '{d}' of '{text}' is not a date")
                : null;
            string priority = form[$"a{i}.priority"].ToString() is "P1" or "P2" or "P3" ? form[$"a{i}.priority"].ToString() : "P2";
            actions.Add(new ExtractedAction(form[$"a{i}.owner"] == "them" ? ActionOwner.Them : ActionOwner.Me, text, due, priority, Line(form, $"a{i}")));
        }
        var lists = Lists.ToDictionary(l => l, l => (IReadOnlyList<NoteItem>)Enumerable.Range(0, Count(form, $"{l}.count"))
            .Where(i => Kept(form, $"{l}{i}") && Text(form, $"{l}{i}.text") is not null)
            .Select(i => new NoteItem(Text(form, $"{l}{i}.text")!, Line(form, $"{l}{i}"))).ToList());
        var feedback = Enumerable.Range(0, Count(form, "feedback.count"))
            .Where(i => Kept(form, $"f{i}") && Text(form, $"f{i}.text") is not null)
            .Select(i => new ExtractedFeedback(form[$"f{i}.kind"] == "watch-out" ? "watch-out" : "high-five", Text(form, $"f{i}.text")!, Line(form, $"f{i}")))
            .ToList();
        int? mood = form["mood"].ToString().Trim() is { Length: > 0 } m
            ? int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 5 ? value : throw new RapportException(ErrorCode.Usage, $"mood '{m}' is not 1 to 5")
            : null;
        return new Extraction(actions, lists["completions"], lists["wins"], lists["decisions"], lists["goals"], feedback, lists["blockers"], lists["topics"], mood);
    }

    private static IReadOnlyList<NoteItem> List(Extraction e, string name) => name switch
    {
        "completions" => e.Completions,
        "wins" => e.Wins,
        "decisions" => e.Decisions,
        "goals" => e.Goals,
        "blockers" => e.Blockers,
        _ => e.Topics,
    };

    private static int Count(IFormCollection form, string name) =>
        int.TryParse(form[name], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? Math.Min(n, MaxItems) : 0;

    private static bool Kept(IFormCollection form, string prefix) => form[$"{prefix}.keep"] == "1";

    private static int Line(IFormCollection form, string prefix) =>
        int.TryParse(form[$"{prefix}.line"], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    /// <summary>The text of a row as one safe line (Markdown structure escaped), or null when empty.</summary>
    private static string? Text(IFormCollection form, string name) =>
        MarkdownText.ListItem(form[name].ToString(), 500).Trim() is { Length: > 0 } text ? text : null;

    private static string Check(string name, bool on, string label) =>
        $"<input type=\"checkbox\" name=\"{Html.Text(name)}\" value=\"1\"{(on ? " checked" : "")} aria-label=\"{Html.Text(label)}\">";

    private static string Select(string name, string value, (string Value, string Label)[] options) =>
        $"<select name=\"{Html.Text(name)}\">" + string.Concat(options.Select(o => $"<option value=\"{Html.Text(o.Value)}\"{(o.Value == value ? " selected" : "")}>{Html.Text(o.Label)}</option>")) + "</select>";
}
