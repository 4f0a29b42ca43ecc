using Rapport.Core;
using Rapport.Core.Cadence;
using Rapport.Core.Documents;
using Rapport.Core.Prep;
using Rapport.Core.Text;

namespace Rapport.Templates;

/// <summary>
/// Renders an agenda as Markdown through its framework's template body (the Handlebars subset of
/// <see cref="MarkdownTemplate"/>). Templates see a plain model with camel-case names (documented
/// in docs/prep.md) and write Markdown, so nothing is HTML-escaped.
/// </summary>
public static class AgendaMarkdown
{
    public static string Render(Agenda agenda)
    {
        var framework = agenda.Framework;
        MarkdownTemplate template;
        try
        {
            template = MarkdownTemplate.Parse(framework.Body);
        }
        catch (TemplateSyntaxException ex)
        {
            throw new RapportException(ErrorCode.InvalidFile, $"template error: {ex.Message}", framework.Path, framework.BodyLine + ex.Line - 1, ex);
        }
        string markdown = template.Render(Model(agenda));
        return agenda.Briefing is { } briefing ? markdown.TrimEnd('\n') + "\n\n" + Briefing(briefing) : markdown;
    }

    /// <summary>The language model's briefing (<c>prep --llm</c>), after whatever the template wrote.</summary>
    public static string Briefing(Core.Assist.Briefing briefing) =>
        $"## Briefing\n\n_Drafted by {briefing.Model}._\n\n{briefing.Summary}\n" +
        (briefing.Questions.Count == 0 ? "" : "\n" + string.Concat(briefing.Questions.Select(q => $"- {q}\n")));

    /// <summary>The data a template sees.</summary>
    public static Dictionary<string, object?> Model(Agenda a) => new()
    {
        ["person"] = a.Person,
        ["firstName"] = a.FirstName,
        ["date"] = IsoDate.Format(a.Date),
        ["when"] = Schedule.Relative(a.Date, a.Today),
        ["due"] = IsoDate.Format(a.Due),
        ["kind"] = a.Kind?.ToWord(),
        ["framework"] = a.Framework.Id,
        ["frameworkName"] = a.Framework.Name,
        ["minutes"] = a.Minutes,
        ["cadence"] = a.Cadence.ToWord(),
        ["lastMet"] = a.LastMet is { } met ? IsoDate.Format(met) : null,
        ["intention"] = a.Intention,
        ["last"] = a.Last is not { } last ? null : new Dictionary<string, object?>
        {
            ["date"] = IsoDate.Format(last.Date),
            ["summary"] = last.Summary,
            ["intention"] = last.Intention,
            ["outcome"] = last.Outcome,
        },
        ["wins"] = a.Wins.Select(w => new Dictionary<string, object?> { ["date"] = Date(w.Date), ["text"] = w.Text, ["source"] = w.Source }).ToList(),
        ["done"] = a.Done.Select(d => new Dictionary<string, object?> { ["owner"] = Owner(d.Owner), ["text"] = d.Text, ["completed"] = Date(d.Completed) }).ToList(),
        ["myActions"] = a.MyActions.Select(Action).ToList(),
        ["theirActions"] = a.TheirActions.Select(Action).ToList(),
        ["points"] = a.Points.Select(p => new Dictionary<string, object?> { ["text"] = p.Text, ["by"] = p.By, ["added"] = Date(p.Added), ["carriedOver"] = p.CarriedOver }).ToList(),
        ["threads"] = a.Threads.Select(t => new Dictionary<string, object?> { ["topic"] = t.Topic, ["latest"] = t.Latest }).ToList(),
        ["goals"] = a.Goals.Select(g => new Dictionary<string, object?> { ["text"] = g.Text, ["due"] = Date(g.Due), ["progress"] = g.Progress, ["progressDate"] = Date(g.ProgressDate) }).ToList(),
        ["feedback"] = a.Feedback.Select(f => new Dictionary<string, object?> { ["kind"] = f.Kind, ["skill"] = f.Skill, ["text"] = f.Text, ["path"] = f.Path }).ToList(),
        ["starter"] = a.Starter,
        ["questions"] = a.Questions.ToList(),
        ["steps"] = a.Steps.Select(s => new Dictionary<string, object?>
        {
            ["number"] = s.Number,
            ["title"] = s.Title,
            ["items"] = s.Items.Select(i => i.Text).ToList(),
            ["question"] = s.Question,
        }).ToList(),
    };

    private static Dictionary<string, object?> Action(AgendaAction a) => new()
    {
        ["text"] = a.Text,
        ["due"] = Date(a.Due),
        ["overdueDays"] = a.OverdueDays,
        ["priority"] = a.Priority,
    };

    private static string? Date(DateOnly? date) => date is { } d ? IsoDate.Format(d) : null;

    private static string Owner(ActionOwner owner) => owner == ActionOwner.Me ? "me" : "them";
}
