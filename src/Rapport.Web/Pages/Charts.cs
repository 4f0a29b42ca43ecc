using System.Globalization;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Web;

/// <summary>Scores and moods (1 to 5) over time, drawn as small SVG line charts with a text alternative.</summary>
internal static class Charts
{
    private const int Width = 420, Height = 140, Left = 24, Right = 12, Top = 10, Bottom = 24;

    public static HtmlContent Line(string title, IReadOnlyList<Score> scores)
    {
        if (scores.Count == 0) return HtmlContent.Empty;
        string summary = $"{title}: {string.Join(", ", scores.Select(s => $"{IsoDate.Format(s.Date)} {s.Value}"))}";
        long first = scores[0].Date.DayNumber, span = Math.Max(1, scores[^1].Date.DayNumber - first);
        double X(Score s) => scores.Count == 1 ? (Left + Width - Right) / 2.0 : Left + (Width - Left - Right) * (s.Date.DayNumber - first) / (double)span;
        var grid = Enumerable.Range(1, 5).Select(value => (HtmlContent)
            $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{Y(value):0.#}\" y2=\"{Y(value):0.#}\" stroke=\"#e0e0e0\"/><text x=\"4\" y=\"{Y(value) + 4:0.#}\">{value}</text>");
        string points = string.Join(' ', scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{X(s):0.#},{Y(s.Value):0.#}")));
        var dots = scores.Select(s => (HtmlContent)
            $"<circle cx=\"{X(s):0.#}\" cy=\"{Y(s.Value):0.#}\" r=\"3.5\" fill=\"#24425c\"><title>{IsoDate.Format(s.Date)}: {s.Value}/5{(s.Note is { } n ? $" ({n})" : "")}</title></circle>");
        return $"<figure class=\"card\"><figcaption>{title} <span class=\"dim\">{Scores.Trend(scores)}</span></figcaption>" +
            $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{summary}\"><title>{summary}</title>{grid}" +
            $"<polyline fill=\"none\" stroke=\"#24425c\" stroke-width=\"2\" points=\"{points}\"/>{dots}" +
            $"<text x=\"{Left}\" y=\"{Height - 6}\">{IsoDate.Format(scores[0].Date)}</text><text x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\">{IsoDate.Format(scores[^1].Date)}</text></svg></figure>";
    }

    private static double Y(int value) => Top + (Height - Top - Bottom) * (5 - value) / 4.0;
}
