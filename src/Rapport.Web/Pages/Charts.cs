using System.Globalization;
using System.Text;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Web;

/// <summary>Scores and moods (1 to 5) over time, drawn as small SVG line charts with a text alternative.</summary>
internal static class Charts
{
    private const int Width = 420, Height = 140, Left = 24, Right = 12, Top = 10, Bottom = 24;

    public static string Line(string title, IReadOnlyList<Score> scores)
    {
        if (scores.Count == 0) return "";
        var svg = new StringBuilder();
        string summary = $"{title}: {string.Join(", ", scores.Select(s => $"{IsoDate.Format(s.Date)} {s.Value}"))}";
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"card\"><figcaption>{Html.Text(title)} <span class=\"dim\">{Html.Text(Scores.Trend(scores))}</span></figcaption>")
            .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"{Html.Text(summary)}\"><title>{Html.Text(summary)}</title>");
        for (int value = 1; value <= 5; value++)
        {
            double y = Y(value);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\" stroke=\"#e0e0e0\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text x=\"4\" y=\"{y + 4:0.#}\">{value}</text>");
        }
        long first = scores[0].Date.DayNumber, span = Math.Max(1, scores[^1].Date.DayNumber - first);
        double X(Score s) => scores.Count == 1 ? (Left + Width - Right) / 2.0 : Left + (Width - Left - Right) * (s.Date.DayNumber - first) / (double)span;
        svg.Append("<polyline fill=\"none\" stroke=\"#24425c\" stroke-width=\"2\" points=\"")
            .AppendJoin(' ', scores.Select(s => string.Create(CultureInfo.InvariantCulture, $"{X(s):0.#},{Y(s.Value):0.#}")))
            .Append("\"/>");
        foreach (var s in scores)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{X(s):0.#}\" cy=\"{Y(s.Value):0.#}\" r=\"3.5\" fill=\"#24425c\"><title>{Html.Text($"{IsoDate.Format(s.Date)}: {s.Value}/5{(s.Note is { } n ? $" ({n})" : "")}")}</title></circle>");
        }
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left}\" y=\"{Height - 6}\">{IsoDate.Format(scores[0].Date)}</text>")
            .Append(CultureInfo.InvariantCulture, $"<text x=\"{Width - Right}\" y=\"{Height - 6}\" text-anchor=\"end\">{IsoDate.Format(scores[^1].Date)}</text>")
            .Append("</svg></figure>");
        return svg.ToString();
    }

    private static double Y(int value) => Top + (Height - Top - Bottom) * (5 - value) / 4.0;
}
