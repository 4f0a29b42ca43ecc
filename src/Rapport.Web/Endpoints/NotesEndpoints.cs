using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Primitives;
using Rapport.Core;
using Rapport.Core.Documents;
using Rapport.Core.Notes;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using static Rapport.Web.Pages;

namespace Rapport.Web;

/// <summary>
/// The notes form's fixed fields: the notes as written, the meeting's date and the step asked for
/// (<c>extract</c>, <c>preview</c>, <c>apply</c>), and the item rows as sent (read by name).
/// </summary>
internal sealed record NotesForm : IKeepsInput
{
    public string? Notes { get; init; }

    public string? Date { get; init; }

    public string? Step { get; init; }

    /// <summary>The rows as sent, when the step was preview or apply: a refused preview or apply offers them again as edited.</summary>
    public FormFields? Rows { get; init; }

    public HtmlContent Again(string action, Antiforgery token) => NotesEndpoints.Fields(Notes ?? "", Date ?? "", Rows, plan: null, first: "Theirs", action, token);

    public static async ValueTask<NotesForm?> BindAsync(HttpContext context) =>
        await FormFields.ReadAsync(context) is var form
            ? new NotesForm { Notes = form[nameof(Notes)], Date = form[nameof(Date)], Step = form[nameof(Step)], Rows = form[nameof(Step)] is "preview" or "apply" ? form : null }
            : null;
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

        var edited = Read(form!.Rows ?? FormFields.Empty);
        var plan = processor.Plan(person, notes, date, (_, _) => edited);
        if (form?.Step == "preview") return Page(person, notes, date, plan, context);
        processor.Apply(plan);
        return Results.Redirect($"/people/{person.Slug}?done=applied");
    });

    private static IResult Page(LoadedDocument person, string notes, DateOnly date, NotesPlan? plan, HttpContext context)
    {
        string name = person.Document.Person ?? person.Slug;
        return Pages.Page($"Notes: {name}", $"<h1>Notes from a 1:1 with {name}</h1>{Fields(notes, IsoDate.Format(date), plan is null ? null : RowsOf(plan.Extraction), plan, person.Document.FirstName ?? name, $"/notes/{person.Slug}", Token(context))}");
    }

    /// <summary>
    /// The form: date, notes and, once extracted, the rows (as the rules read them, or as the user
    /// sent them when a preview or apply was refused) and the changes they make.
    /// </summary>
    public static HtmlContent Fields(string notes, string date, FormFields? rows, NotesPlan? plan, string first, string action, Antiforgery token)
    {
        HtmlContent inner = $"<p><label>Date <input type=\"date\" name=\"date\" value=\"{date}\" required></label></p>" +
            $"<p><label for=\"notes\">Your notes, as written</label><textarea id=\"notes\" name=\"notes\" required>{notes}</textarea></p>" +
            $"<p><button name=\"step\" value=\"extract\"{(rows is null ? (HtmlContent)$" class=\"primary\"" : HtmlContent.Empty)}>Extract</button>" +
            $"{(rows is null ? HtmlContent.Empty : (HtmlContent)$" <span class=\"dim\">(again, from the notes: edits below are dropped)</span>")}</p>{(rows is { } r ? Planned(r, plan, first) : HtmlContent.Empty)}";
        return Html.Form(action, token, inner);
    }

    private static HtmlContent Planned(FormFields rows, NotesPlan? plan, string first)
    {
        var changes = plan is null ? HtmlContent.Empty
            : plan.IsEmpty ? (HtmlContent)$"<h2>What applying changes</h2><p class=\"note\">Nothing: these notes are already in the document.</p>"
            : $"<h2>What applying changes</h2><ul>{plan.Changes.Select(ch => ch.Describe(plan.Meeting.Person)).OfType<string>().Select(l => (HtmlContent)$"<li>{l}</li>")}</ul><p class=\"dim\">Files: {string.Join(", ", plan.Files.Select(f => f.DisplayPath))}</p>";
        return $"<h2>What the notes say</h2><p class=\"dim\">Untick what is wrong, fix owners, words and dates, then preview and apply.</p>{Items(rows, first)}" +
            $"{changes}<p><button name=\"step\" value=\"preview\">Preview the edits</button>" +
            $"{(plan is { IsEmpty: true } ? HtmlContent.Empty : (HtmlContent)$" <button class=\"primary\" name=\"step\" value=\"apply\">Apply to the document</button>")}</p>";
    }

    /// <summary>
    /// The rows of an extraction as the form's fields (the names <see cref="Items"/> shows and
    /// <see cref="Read"/> reads), with a blank action row last for one the rules missed, and why the
    /// engine was unsure of an item (<c>a0.unsure</c>), shown beside it.
    /// </summary>
    private static FormFields RowsOf(Extraction extraction)
    {
        var fields = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        void Row(string prefix, NoteItem item, bool keep)
        {
            if (keep) fields[$"{prefix}.keep"] = "1";
            fields[$"{prefix}.line"] = item.Line.ToString(CultureInfo.InvariantCulture);
            fields[$"{prefix}.text"] = item.Text;
            if (item.Unsure is { } why) fields[$"{prefix}.unsure"] = why;
        }
        var actions = extraction.Actions.Append(new ExtractedAction(ActionOwner.Me, "", null, "P2", 0)).ToList();
        for (int i = 0; i < actions.Count; i++)
        {
            Row($"a{i}", actions[i], keep: i < actions.Count - 1);
            fields[$"a{i}.owner"] = actions[i].Owner == ActionOwner.Me ? "me" : "them";
            fields[$"a{i}.due"] = actions[i].Due is { } due ? IsoDate.Format(due) : "";
            fields[$"a{i}.priority"] = actions[i].Priority;
        }
        fields["a.count"] = Number(actions.Count);
        foreach (var kind in Lists)
        {
            var items = extraction.Of(kind);
            for (int i = 0; i < items.Count; i++) Row($"{kind.Json}{i}", items[i], keep: true);
            fields[$"{kind.Json}.count"] = Number(items.Count);
        }
        for (int i = 0; i < extraction.Feedback.Count; i++)
        {
            Row($"f{i}", extraction.Feedback[i], keep: true);
            fields[$"f{i}.kind"] = extraction.Feedback[i].Kind;
        }
        fields["feedback.count"] = Number(extraction.Feedback.Count);
        fields["mood"] = extraction.Mood is { } mood ? Number(mood) : "";
        return new FormFields(new FormCollection(fields));
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>One editable row per item, the last action row blank for one the rules missed; every field labelled.</summary>
    private static HtmlContent Items(FormFields rows, string first)
    {
        int actions = Count(rows, "a.count");
        var actionRows = Enumerable.Range(0, actions).Select(i =>
        {
            string a = $"a{i}", text = rows[$"{a}.text"] ?? "";
            bool blank = i == actions - 1;
            return (HtmlContent)($"<tr><td><label>{Check($"{a}.keep", Kept(rows, a), blank ? "Add this action" : $"Keep: {text}")}<span class=\"field\">{(blank ? "Add" : "Keep")}</span></label>{Html.Hidden($"{a}.line", Number(Line(rows, a)))}</td>" +
                $"<td><label><span class=\"field\">Whose</span>{Select($"{a}.owner", rows[$"{a}.owner"] == "them" ? "them" : "me", [("me", "Mine"), ("them", first)])}</label></td>" +
                $"<td><label><span class=\"field\">Action</span><input type=\"text\" name=\"{a}.text\" value=\"{text}\" maxlength=\"500\"{(blank ? (HtmlContent)$" placeholder=\"an action the notes missed\"" : HtmlContent.Empty)}></label>{Unsure(rows, a)}</td>" +
                $"<td><label><span class=\"field\">Due</span><input type=\"date\" name=\"{a}.due\" value=\"{rows[$"{a}.due"] ?? ""}\"></label></td>" +
                $"<td><label><span class=\"field\">Priority</span>{Select($"{a}.priority", rows[$"{a}.priority"] ?? "P2", [("P1", "P1"), ("P2", "P2"), ("P3", "P3")])}</label></td></tr>");
        });
        var lists = Lists.Select(kind =>
        {
            string list = kind.Json!, title = kind.Title;
            int count = Count(rows, $"{list}.count");
            var entries = Enumerable.Range(0, count).Select(i => $"{list}{i}").Select(item => (HtmlContent)($"<li>{Check($"{item}.keep", Kept(rows, item), $"Keep: {rows[$"{item}.text"]}")}{Html.Hidden($"{item}.line", Number(Line(rows, item)))}" +
                $"<label><span class=\"field\">{title}</span><input type=\"text\" name=\"{item}.text\" value=\"{rows[$"{item}.text"] ?? ""}\" maxlength=\"500\"></label>{Unsure(rows, item)}</li>"));
            return (HtmlContent)$"{Html.Hidden($"{list}.count", Number(count))}{(count == 0 ? HtmlContent.Empty : (HtmlContent)$"<h3>{title}</h3><ul class=\"actions\">{entries}</ul>")}";
        });
        int feedbackCount = Count(rows, "feedback.count");
        var feedback = Enumerable.Range(0, feedbackCount).Select(i => $"f{i}").Select(f => (HtmlContent)($"<li>{Check($"{f}.keep", Kept(rows, f), $"Keep: {rows[$"{f}.text"]}")}{Html.Hidden($"{f}.line", Number(Line(rows, f)))}" +
            $"<label><span class=\"field\">Kind</span>{Select($"{f}.kind", rows[$"{f}.kind"] == "watch-out" ? "watch-out" : "high-five", [("high-five", "High five"), ("watch-out", "Watch out")])}</label>" +
            $"<label><span class=\"field\">Feedback</span><input type=\"text\" name=\"{f}.text\" value=\"{rows[$"{f}.text"] ?? ""}\" maxlength=\"500\"></label></li>"));
        return $"<h3>Actions</h3><table class=\"rows\"><thead><tr><th>Keep</th><th>Whose</th><th>Action</th><th>Due</th><th>Priority</th></tr></thead><tbody>{actionRows}</tbody></table>" +
            $"{Html.Hidden("a.count", Number(actions))}{lists}{Html.Hidden("feedback.count", Number(feedbackCount))}" +
            $"{(feedbackCount == 0 ? HtmlContent.Empty : (HtmlContent)$"<h3>Feedback</h3><ul class=\"actions\">{feedback}</ul>")}" +
            $"<p><label>Mood (1 to 5) <input type=\"text\" class=\"short\" inputmode=\"numeric\" name=\"mood\" value=\"{rows["mood"] ?? ""}\" size=\"2\" maxlength=\"1\"></label></p>";
    }

    /// <summary>The edited items as an extraction; what is unticked or emptied is left out.</summary>
    private static Extraction Read(FormFields form)
    {
        var actions = new List<ExtractedAction>();
        for (int i = 0; i < Count(form, "a.count"); i++)
        {
            if (!Kept(form, $"a{i}") || Text(form, $"a{i}.text") is not { } text) continue;
            DateOnly? due = form[$"a{i}.due"] is { Length: > 0 } d
                ? IsoDate.TryParse(d, out var parsed) ? parsed : throw new RapportException(ErrorCode.Usage, $"the due date '{d}' of '{text}' is not a date")
                : null;
            string priority = form[$"a{i}.priority"] is "P1" or "P2" or "P3" ? form[$"a{i}.priority"]! : "P2";
            actions.Add(new ExtractedAction(form[$"a{i}.owner"] == "them" ? ActionOwner.Them : ActionOwner.Me, text, due, priority, Line(form, $"a{i}")));
        }
        var lists = Lists.SelectMany(kind => Enumerable.Range(0, Count(form, $"{kind.Json}.count"))
            .Where(i => Kept(form, $"{kind.Json}{i}") && Text(form, $"{kind.Json}{i}.text") is not null)
            .Select(i => new ExtractedItem(kind, new NoteItem(Text(form, $"{kind.Json}{i}.text")!, Line(form, $"{kind.Json}{i}")))));
        var feedback = Enumerable.Range(0, Count(form, "feedback.count"))
            .Where(i => Kept(form, $"f{i}") && Text(form, $"f{i}.text") is not null)
            .Select(i => new ExtractedFeedback(form[$"f{i}.kind"] == "watch-out" ? "watch-out" : "high-five", Text(form, $"f{i}.text")!, Line(form, $"f{i}")))
            .ToList();
        int? mood = form["mood"]?.Trim() is { Length: > 0 } m
            ? int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 5 ? value : throw new RapportException(ErrorCode.Usage, $"mood '{m}' is not 1 to 5")
            : null;
        return Extraction.FromItems(
            [.. actions.Select(a => new ExtractedItem(ItemKind.Action, a)), .. feedback.Select(f => new ExtractedItem(ItemKind.Feedback, f)), .. lists], mood);
    }

    /// <summary>Why the engine guessed, beside the item it guessed (contract, "Saying when unsure"); nothing when it did not.</summary>
    private static HtmlContent Unsure(FormFields rows, string prefix) =>
        rows[$"{prefix}.unsure"] is { } why ? (HtmlContent)$" <span class=\"dim\">unsure: {why}</span>" : HtmlContent.Empty;

    private static int Count(FormFields form, string name) =>
        int.TryParse(form[name], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? Math.Min(n, MaxItems) : 0;

    private static bool Kept(FormFields form, string prefix) => form[$"{prefix}.keep"] == "1";

    private static int Line(FormFields form, string prefix) =>
        int.TryParse(form[$"{prefix}.line"], NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;

    /// <summary>The text of a row as one safe line (Markdown structure escaped), or null when empty.</summary>
    private static string? Text(FormFields form, string name) =>
        MarkdownText.ListItem(form[name] ?? "", 500).Trim() is { Length: > 0 } text ? text : null;

    private static HtmlContent Check(string name, bool on, string label) =>
        $"<input type=\"checkbox\" name=\"{name}\" value=\"1\"{(on ? (HtmlContent)$" checked" : HtmlContent.Empty)} aria-label=\"{label}\">";

    private static HtmlContent Select(string name, string value, (string Value, string Label)[] options) =>
        $"<select name=\"{name}\">{options.Select(o => (HtmlContent)$"<option value=\"{o.Value}\"{(o.Value == value ? (HtmlContent)$" selected" : HtmlContent.Empty)}>{o.Label}</option>")}</select>";
}
