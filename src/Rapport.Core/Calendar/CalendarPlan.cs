using Rapport.Core.Documents;
using Rapport.Core.Vaults;

namespace Rapport.Core.Calendar;

/// <summary>A proposed slot: who, from when, for how long.</summary>
public sealed record PlannedSlot(LoadedDocument Relationship, string Person, Slot Slot, int Minutes)
{
    public TimeOnly End => Slot.Start.AddMinutes(Minutes);
}

/// <summary>Batches 1:1s back to back on one day (shortest first), so the context switch happens once.</summary>
public static class CalendarPlan
{
    public static IReadOnlyList<PlannedSlot> Propose(IEnumerable<LoadedDocument> relationships, DayOfWeek day, TimeOnly start, int gapMinutes, int defaultMinutes)
    {
        if (gapMinutes is < 0 or > 240) throw new RapportException(ErrorCode.Usage, "--gap is 0 to 240 minutes");
        var plan = new List<PlannedSlot>();
        var at = start;
        foreach (var r in relationships
            .Select(r => (Relationship: r, Person: r.Document.Person ?? r.Slug, Minutes: r.Document.Duration ?? defaultMinutes))
            .OrderBy(r => r.Minutes).ThenBy(r => r.Person, StringComparer.OrdinalIgnoreCase))
        {
            var end = at.AddMinutes(r.Minutes);
            if (end < at) throw new RapportException(ErrorCode.Usage, $"the 1:1s do not fit in one day from {start:HH\\:mm}; start earlier or plan fewer");
            plan.Add(new PlannedSlot(r.Relationship, r.Person, new Slot(day, at), r.Minutes));
            var next = end.AddMinutes(gapMinutes);
            if (next < end) throw new RapportException(ErrorCode.Usage, $"the 1:1s do not fit in one day from {start:HH\\:mm}; start earlier or plan fewer");
            at = next;
        }
        return plan;
    }

    /// <summary>Records the slot as <c>slot: tue 09:00</c> in the document's front matter.</summary>
    public static bool Apply(Vault vault, PlannedSlot slot)
    {
        var editor = new DocumentEditor(slot.Relationship.Document);
        FrontMatterEditor.Set(editor, "slot", slot.Slot.ToString());
        return vault.Store.Save(slot.Relationship, editor.Apply());
    }
}
