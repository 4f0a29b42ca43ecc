using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>
/// The notes form's fixed fields: the notes as written, the meeting's date and the step asked for
/// (<c>extract</c>, <c>preview</c>, <c>apply</c>). The item rows are read by name from the form.
/// </summary>
internal sealed record NotesForm : IKeepsInput
{
    public string? Notes { get; init; }

    public string? Date { get; init; }

    public string? Step { get; init; }

    public HtmlContent Again(string action, Antiforgery token) => NotesEndpoints.Fields(Notes ?? "", Date ?? "", plan: null, first: "them", action, token);

    public static async ValueTask<NotesForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form ? new NotesForm { Notes = form[nameof(Notes)], Date = form[nameof(Date)], Step = form[nameof(Step)] } : null;
}

/// <summary>
/// The notes page: paste the notes, <b>Extract</b> shows every item the rules found as an editable
/// row (keep it or not, owner, text, due date, priority) with the changes it would make;
/// <b>Preview</b> recomputes the changes from the edited rows, <b>Apply</b> writes them. The
/// processing is Core's <see cref="NotesProcessor"/>, given the edited items instead of the rules'.
/// Every field has a label of its own: on a phone each row is a card of labelled fields, no column hidden.
/// </summary>
internal static class NotesEndpoints
{
    private const int MaxItems = 100;

    /// <summary>The kinds reviewed as plain lists: every plain kind <c>extract --json</c> prints (actions and feedback have rows of their own).</summary>
    private static readonly ItemKind[] Lists = [.. ItemKind.All.Where(k => k.Shape == ItemShape.Note && k.Json is not null)];

    public static RouteGroupBuilder MapNotes(this IEndpointRouteBuilder app)
    {
        var notes = app.MapGroup("/notes");
        notes.MapGet("/{slug}", Show);
        notes.MapPost("/{slug}", Submit);
        return notes;
    }

    private static IResult Show(string slug, HttpContext context) =>
        PeopleEndpoints.WithPerson(context, slug, (_, person) => Page(person, "", Today(context), null, context));

    private static IResult Submit(string slug, NotesForm form, HttpContext context) => PeopleEndpoints.WithPerson(context, slug, (vault, person) =>
    {
        string notes = form?.Notes ?? "";
        var date = IsoDate.TryParse(form?.Date ?? "", out var d) ? d : throw new RapportException(ErrorCode.Usage, $"'{form?.Date}' is not a date (YYYY-MM-DD)");
        // As the command line refuses it: a meeting decades ahead is a typo in the year, and would move the next 1:1 there.
        MeetingDate.Check(date, Today(context), "the meeting date");
        var processor = new NotesProcessor(vault);
        if (form?.Step is not ("preview" or "apply")) return Page(person, notes, date, processor.Plan(person, notes, date), context);

        var edited = Read(context.Request.Form);
        var plan = processor.Plan(person, notes, date, (_, _) => edited);
        if (form?.Step == "preview") return Page(person, notes, date, plan, context);
        processor.Apply(plan);
        return Results.Redirect($"/people/{person.Slug}?done=applied");
    });

    private static IResult Page(LoadedDocument person, string notes, DateOnly date, NotesPlan? plan, HttpContext context)
    {
        string name = person.Document.Person ?? person.Slug;
        return Pages.Page($"Notes: {name}", $"<h1>Notes from a 1:1 with {name}</h1>{Fields(notes, IsoDate.Format(date), plan, person.Document.FirstName ?? name, $"/notes/{person.Slug}", Token(context))}");
    }

    /// <summary>The form: date, notes and, once extracted, the rows and the changes they make.</summary>
    public static HtmlContent Fields(string notes, string date, NotesPlan? plan, string first, string action, Antiforgery token)
    {
        HtmlContent inner = $"<p><label>Date <input type=\"date\" name=\"date\" value=\"{date}\" required></label></p>" +
            $"<p><label for=\"notes\">Your notes, as written</label><textarea id=\"notes\" name=\"notes\" required>{notes}</textarea></p>" +
            $"<p><button name=\"step\" value=\"extract\"{(plan is null ? (HtmlContent)$" class=\"primary\"" : HtmlContent.Empty)}>Extract</button>" +
            $"{(plan is null ? HtmlContent.Empty : (HtmlContent)$" <span class=\"dim\">(again, from the notes: edits below are dropped)</span>")}</p>{(plan is null ? HtmlContent.Empty : Planned(plan, first))}";
        return Html.Form(action, token, inner);
    }

    private static HtmlContent Planned(NotesPlan plan, string first)
    {
        var changes = plan.IsEmpty
            ? (HtmlContent)$"<p class=\"note\">Nothing: these notes are already in the document.</p>"
            : $"<ul>{plan.Changes.Select(ch => ch.Describe(plan.Meeting.Person)).OfType<string>().Select(l => (HtmlContent)$"<li>{l}</li>")}</ul><p class=\"dim\">Files: {string.Join(", ", plan.Files.Select(f => f.DisplayPath))}</p>";
        return $"<h2>What the notes say</h2><p class=\"dim\">Untick what is wrong, fix owners, words and dates, then preview and apply.</p>{Items(plan.Extraction, first)}" +
            $"<h2>What applying changes</h2>{changes}<p><button name=\"step\" value=\"preview\">Preview the edits</button>" +
            $"{(plan.IsEmpty ? HtmlContent.Empty : (HtmlContent)$" <button class=\"primary\" name=\"step\" value=\"apply\">Apply to the document</button>")}</p>";
    }

    /// <summary>One editable row per item, and a blank action row for one the rules missed; every field labelled.</summary>
    private static HtmlContent Items(Extraction extraction, string first)
    {
        var actions = extraction.Actions.Append(new ExtractedAction(ActionOwner.Me, "", null, "P2", 0)).ToList();
        var rows = actions.Select((a, i) =>
        {
            bool blank = i == actions.Count - 1;
            return (HtmlContent)($"<tr><td><label>{Check($"a{i}.keep", !blank, blank ? "Add this action" : $"Keep: {a.Text}")}<span class=\"field\">{(blank ? "Add" : "Keep")}</span></label>{Html.Hidden($"a{i}.line", a.Line.ToString(CultureInfo.InvariantCulture))}</td>" +
                $"<td><label><span class=\"field\">Whose</span>{Select($"a{i}.owner", a.Owner == ActionOwner.Me ? "me" : "them", [("me", "Mine"), ("them", first)])}</label></td>" +
                $"<td><label><span class=\"field\">Action</span><input type=\"text\" name=\"a{i}.text\" value=\"{a.Text}\" maxlength=\"500\"{(blank ? (HtmlContent)$" placeholder=\"an action the notes missed\"" : HtmlContent.Empty)}></label>{Unsure(a)}</td>" +
                $"<td><label><span class=\"field\">Due</span><input type=\"date\" name=\"a{i}.due\" value=\"{(a.Due is { } due ? IsoDate.Format(due) : "")}\"></label></td>" +
                $"<td><label><span class=\"field\">Priority</span>{Select($"a{i}.priority", a.Priority, [("P1", "P1"), ("P2", "P2"), ("P3", "P3")])}</label></td></tr>");
        });
        var lists = Lists.Select(kind =>
        {
            var items = extraction.Of(kind);
            string list = kind.Json!, title = kind.Title;
            var entries = items.Select((item, i) => (HtmlContent)($"<li>{Check($"{list}{i}.keep", true, $"Keep: {item.Text}")}{Html.Hidden($"{list}{i}.line", item.Line.ToString(CultureInfo.InvariantCulture))}" +
                $"<label><span class=\"field\">{title}</span><input type=\"text\" name=\"{list}{i}.text\" value=\"{item.Text}\" maxlength=\"500\"></label>{Unsure(item)}</li>"));
            return (HtmlContent)$"{Html.Hidden($"{list}.count", items.Count.ToString(CultureInfo.InvariantCulture))}{(items.Count == 0 ? HtmlContent.Empty : (HtmlContent)$"<h3>{title}</h3><ul class=\"actions\">{entries}</ul>")}";
        });
        var feedback = extraction.Feedback.Select((f, i) => (HtmlContent)($"<li>{Check($"f{i}.keep", true, $"Keep: {f.Text}")}{Html.Hidden($"f{i}.line", f.Line.ToString(CultureInfo.InvariantCulture))}" +
            $"<label><span class=\"field\">Kind</span>{Select($"f{i}.kind", f.Kind, [("high-five", "High five"), ("watch-out", "Watch out")])}</label>" +
            $"<label><span class=\"field\">Feedback</span><input type=\"text\" name=\"f{i}.text\" value=\"{f.Text}\" maxlength=\"500\"></label></li>"));
        return $"<h3>Actions</h3><table class=\"rows\"><thead><tr><th>Keep</th><th>Whose</th><th>Action</th><th>Due</th><th>Priority</th></tr></thead><tbody>{rows}</tbody></table>" +
            $"{Html.Hidden("a.count", actions.Count.ToString(CultureInfo.InvariantCulture))}{lists}{Html.Hidden("feedback.count", extraction.Feedback.Count.ToString(CultureInfo.InvariantCulture))}" +
            $"{(extraction.Feedback.Count == 0 ? HtmlContent.Empty : (HtmlContent)$"<h3>Feedback</h3><ul class=\"actions\">{feedback}</ul>")}" +
            $"<p><label>Mood (1 to 5) <input type=\"text\" class=\"short\" inputmode=\"numeric\" name=\"mood\" value=\"{extraction.Mood?.ToString(CultureInfo.InvariantCulture)}\" size=\"2\" maxlength=\"1\"></label></p>";
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
        var lists = Lists.SelectMany(kind => Enumerable.Range(0, Count(form, $"{kind.Json}.count"))
            .Where(i => Kept(form, $"{kind.Json}{i}") && Text(form, $"{kind.Json}{i}.text") is not null)
            .Select(i => new ExtractedItem(kind, new NoteItem(Text(form, $"{kind.Json}{i}.text")!, Line(form, $"{kind.Json}{i}")))));
        var feedback = Enumerable.Range(0, Count(form, "feedback.count"))
            .Where(i => Kept(form, $"f{i}") && Text(form, $"f{i}.text") is not null)
            .Select(i => new ExtractedFeedback(form[$"f{i}.kind"] == "watch-out" ? "watch-out" : "high-five", Text(form, $"f{i}.text")!, Line(form, $"f{i}")))
            .ToList();
        int? mood = form["mood"].ToString().Trim() is { Length: > 0 } m
            ? int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 5 ? value : throw new RapportException(ErrorCode.Usage, $"mood '{m}' is not 1 to 5")
            : null;
        return Extraction.FromItems(
            [.. actions.Select(a => new ExtractedItem(ItemKind.Action, a)), .. feedback.Select(f => new ExtractedItem(ItemKind.Feedback, f)), .. lists], mood);
    }

    /// <summary>Why the engine guessed, beside the item it guessed (contract, "Saying when unsure"); nothing when it did not.</summary>
    private static HtmlContent Unsure(NoteItem item) =>
        item.Unsure is { } why ? (HtmlContent)$" <span class=\"dim\">unsure: {why}</span>" : HtmlContent.Empty;

    private static int Count(IFormCollection form, string name) =>
        int.TryParse(form[name], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? Math.Min(n, MaxItems) : 0;

    private static bool Kept(IFormCollection form, string prefix) => form[$"{prefix}.keep"] == "1";

    private static int Line(IFormCollection form, string prefix) =>
        int.TryParse(form[$"{prefix}.line"], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    /// <summary>The text of a row as one safe line (Markdown structure escaped), or null when empty.</summary>
    private static string? Text(IFormCollection form, string name) =>
        MarkdownText.ListItem(form[name].ToString(), 500).Trim() is { Length: > 0 } text ? text : null;

    private static HtmlContent Check(string name, bool on, string label) =>
        $"<input type=\"checkbox\" name=\"{name}\" value=\"1\"{(on ? (HtmlContent)$" checked" : HtmlContent.Empty)} aria-label=\"{label}\">";

    private static HtmlContent Select(string name, string value, (string Value, string Label)[] options) =>
        $"<select name=\"{name}\">{options.Select(o => (HtmlContent)$"<option value=\"{o.Value}\"{(o.Value == value ? (HtmlContent)$" selected" : HtmlContent.Empty)}>{o.Label}</option>")}</select>";
}
