namespace Rapport.Cli.Rendering;

/// <summary>
/// Each distinct value formatted once: a table of 2,000 relationships repeats a few dates, counts and percentages on
/// every row, and a new string for each cell was the table's main cost (fresh memory for the collector to hand out).
/// </summary>
internal sealed class Formatted<T>(Func<T, string> format) where T : notnull
{
    private readonly Dictionary<T, string> _done = [];

    public string this[T value]
    {
        get
        {
            if (!_done.TryGetValue(value, out var text)) _done[value] = text = format(value);
            return text;
        }
    }
}
