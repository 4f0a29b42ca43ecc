using System.Globalization;
using System.Text.RegularExpressions;

namespace Rapport.Core.Documents;

/// <summary>
/// A date as people write it in headings, file names and journals, before it is pinned down: the
/// year may be missing (<c>December 9th</c>) and the order of day and month may be open (<c>01/12/21</c>).
/// </summary>
public sealed record DateMention(int Index, int Length, int? Year, int First, int Second, DateForm Form, char Separator)
{
    /// <summary>Whether the numbers alone say the day comes first (<c>24/11/21</c>) or second (<c>11/24/21</c>); null when both fit.</summary>
    public bool? DayFirst => Form != DateForm.Numeric ? null : First > 12 && Second <= 12 ? true : Second > 12 && First <= 12 ? false : null;

    /// <summary>The date, given whether ambiguous numeric dates put the day first and a year for dates written without one.</summary>
    public DateOnly? Resolve(bool dayFirst, int? yearHint)
    {
        int? year = Year ?? yearHint;
        if (year is not { } y) return null;
        (int month, int day) = Form switch
        {
            DateForm.Numeric => (DayFirst ?? dayFirst) ? (Second, First) : (First, Second),
            _ => (First, Second),
        };
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month) && y is >= 1900 and <= 2200
            ? new DateOnly(y, month, day)
            : null;
    }
}

/// <summary>How a date is spelled: <c>2026-01-20</c>, <c>Jan 20, 2026</c> / <c>20 January 2026</c>, or numbers only (<c>20/01/26</c>).</summary>
public enum DateForm
{
    Iso,
    MonthName,
    Numeric,
}

/// <summary>
/// Finds dates in text in the common forms, as a table of patterns (<see cref="Forms"/>): ISO, month
/// names either side of the day with optional ordinal and year, Logseq's <c>Jan 20th, 2026</c>, and
/// numeric dates with <c>/</c>, <c>.</c>, <c>-</c> or <c>_</c>, with or without a year.
/// </summary>
public static partial class DateText
{
    /// <summary>The patterns, tried in this order; an earlier match wins where two overlap.</summary>
    public static IReadOnlyList<(DateForm Form, Regex Pattern)> Forms { get; } =
    [
        (DateForm.Iso, Iso()),
        (DateForm.MonthName, MonthDay()),
        (DateForm.MonthName, DayMonth()),
        (DateForm.Numeric, Numeric()),
    ];

    /// <summary>
    /// An ISO week (<c>2025-W10</c>, <c>2025W10</c>) as the Monday it opens with: a weekly 1:1 log dated by week meets in that
    /// week, and its first day is the one date the heading names (as <c>Week of March 3</c> is read).
    /// </summary>
    public static DateMention? IsoWeek(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Week().Match(text);
        if (!m.Success) return null;
        int year = Number(m.Groups["y"].Value), week = Number(m.Groups["w"].Value);
        if (week is < 1 or > 53 || week > ISOWeek.GetWeeksInYear(year)) return null;
        var monday = ISOWeek.ToDateTime(year, week, DayOfWeek.Monday);
        return new DateMention(m.Index, m.Length, monday.Year, monday.Month, monday.Day, DateForm.Iso, '-');
    }

    /// <summary>Every date mention in <paramref name="text"/>, left to right; numeric dates without a year only when <paramref name="allowNoYear"/>.</summary>
    public static IReadOnlyList<DateMention> Find(string text, bool allowNoYear = true)
    {
        var found = new List<DateMention>();
        foreach (var (form, pattern) in Forms)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (found.Any(f => m.Index < f.Index + f.Length && f.Index < m.Index + m.Length)) continue;
                int? year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : null;
                if (form == DateForm.Numeric && year is null && !allowNoYear) continue;
                int first, second;
                if (form == DateForm.MonthName)
                {
                    first = MonthNumber(m.Groups["mon"].Value);
                    second = Number(m.Groups["d"].Value);
                }
                else if (form == DateForm.Iso)
                {
                    first = Number(m.Groups["m"].Value);
                    second = Number(m.Groups["d"].Value);
                }
                else
                {
                    first = Number(m.Groups["a"].Value);
                    second = Number(m.Groups["b"].Value);
                    if (first is < 1 or > 31 || second is < 1 or > 31 || first > 12 && second > 12) continue;
                }
                char separator = form == DateForm.Numeric ? m.Groups["sep"].Value[0] : '-';
                found.Add(new DateMention(m.Index, m.Length, year, first, second, form, separator));
            }
        }
        if (IsoWeek(text) is { } week && !found.Any(f => week.Index < f.Index + f.Length && f.Index < week.Index + week.Length)) found.Add(week);
        return found.OrderBy(f => f.Index).ToList();
    }

    /// <summary>
    /// The numeric dates with a year in <paramref name="text"/>, as <see cref="Find"/> gives them (where a date in another form
    /// overlaps one, that one wins): a whole document's evidence of its order of day and month. The numeric pattern alone is
    /// tried first; the other forms are looked for only when it finds a date with a year (most documents write none, and
    /// every form read over the whole text was the largest part of reading a document).
    /// </summary>
    public static IReadOnlyList<DateMention> WholeNumeric(string text)
    {
        for (var m = Numeric().Match(text); m.Success; m = m.NextMatch())
            if (m.Groups["y"].Success) return Find(text, allowNoYear: false).Where(f => f.Form == DateForm.Numeric).ToList();
        return [];
    }

    /// <summary>
    /// Whether a set of numeric dates puts the day first: what any unambiguous one says (<c>24/11</c>),
    /// else the vault's <c>dates:</c> setting (<paramref name="preference"/>), else what the separator suggests
    /// (dots and underscores day first, slashes and dashes month first).
    /// </summary>
    public static bool DayFirst(IEnumerable<DateMention> mentions, bool? preference = null)
    {
        var numeric = mentions.Where(m => m.Form == DateForm.Numeric).ToList();
        int first = numeric.Count(m => m.DayFirst == true), second = numeric.Count(m => m.DayFirst == false);
        if (first != second) return first > second;
        return preference ?? numeric.FirstOrDefault() is { Separator: '.' or '_' };
    }

    /// <summary>The one date a short text (a file name, a <c>date:</c> value) holds, or null.</summary>
    public static DateOnly? Single(string text, int? yearHint = null, bool? dayFirst = null)
    {
        var mentions = Find(text);
        if (mentions.Count == 0) return null;
        return mentions[0].Resolve(DayFirst(mentions, dayFirst), yearHint);
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int Year(string digits)
    {
        int year = Number(digits);
        return digits.Length == 2 ? 2000 + year : year;
    }

    /// <summary>
    /// The months' names in the languages people keep notes in besides English (German, Spanish, French, Dutch, Portuguese),
    /// spelt in full, with and without accents: <c>11. März 2025</c>, <c>4 de marzo de 2025</c>, <c>4 mars 2025</c>. English
    /// names and their abbreviations are in the patterns themselves. A row per month; add a language by adding its words.
    /// </summary>
    public static IReadOnlyList<(int Month, string[] Names)> MonthWords { get; } =
    [
        (1, ["januar", "enero", "janvier", "januari", "janeiro"]),
        (2, ["februar", "febrero", "février", "fevrier", "februari", "fevereiro"]),
        (3, ["märz", "marz", "maerz", "marzo", "mars", "maart", "março", "marco"]),
        (4, ["abril", "avril"]),
        (5, ["mai", "mayo", "mei", "maio"]),
        (6, ["juni", "junio", "juin", "junho"]),
        (7, ["juli", "julio", "juillet", "julho"]),
        (8, ["agosto", "août", "aout", "augustus"]),
        (9, ["septiembre", "setiembre", "septembre", "setembro"]),
        (10, ["oktober", "octubre", "octobre", "outubro"]),
        (11, ["noviembre", "novembre", "novembro"]),
        (12, ["dezember", "diciembre", "décembre", "decembre", "dezembro"]),
    ];

    private static readonly Dictionary<string, int> MonthByWord = MonthWords
        .SelectMany(r => r.Names.Select(n => (n, r.Month))).ToDictionary(p => p.n, p => p.Month, StringComparer.OrdinalIgnoreCase);

    /// <summary>The number of a month named in English (or its abbreviation) or in <see cref="MonthWords"/>; 0 when it is none.</summary>
    public static int MonthNumber(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return MonthByWord.TryGetValue(name, out int month) ? month : Text.IsoDate.MonthNumber(name);
    }

    // The foreign names first, longest first: "marzo" before "mar", "juillet" before "juli".
    private const string MonthNames = @"(?<mon>januar|enero|janvier|januari|janeiro|februar|febrero|février|fevrier|februari|fevereiro|märz|maerz|marzo|março|marco|maart|mars|marz|abril|avril|mayo|maio|mai|mei|junio|junho|juni|juin|juillet|julio|julho|juli|agosto|augustus|août|aout|septiembre|setiembre|septembre|setembro|oktober|octubre|octobre|outubro|noviembre|novembre|novembro|dezember|diciembre|décembre|decembre|dezembro|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private const string Ordinal = @"(?:st|nd|rd|th|er)?(?:<sup>[a-z]{2}</sup>)?";

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20|21)\d{2})[-_./\u2010\u2011](?<m>\d{1,2})[-_./\u2010\u2011](?<d>\d{1,2})(?![\d])")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\p{L}])" + MonthNames + @"\.?[ _\u00a0]+(?<d>\d{1,2})" + Ordinal + @"(?![\d:])(?:,?[ _\u00a0]+(?<y>(?:19|20|21)\d{2})(?!\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();

    // "20 January 2026", "20th of Jan", and as other languages write it: "11. März 2025", "4 de marzo de 2025", "1er mars 2025".
    [GeneratedRegex(@"(?<![\d.:])(?<d>\d{1,2})" + Ordinal + @"(?:\.(?=[ \u00a0]))?[ _\-\u00a0]+(?:(?:of|de)[ ]+)?" + MonthNames + @"(?![\p{L}])\.?(?:,?[ _\-\u00a0]+(?:de[ ]+)?(?<y>(?:19|20|21)\d{2})(?!\d))?", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})-?W(?<w>\d{2})(?!\d)")]
    private static partial Regex Week();

    [GeneratedRegex(@"(?<![\d.:/])(?<a>\d{1,2})(?<sep>[/._\-])(?<b>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![\d:]|[/.]\d)")]
    private static partial Regex Numeric();
}
