namespace Rapport.Core.Text;

/// <summary>How far apart two words are as typed: Levenshtein distance with adjacent transpositions counted once.</summary>
public static class EditDistance
{
    /// <remarks>
    /// The table is kept three rows at a time (row i reads only rows i - 1 and i - 2), on the stack for short words:
    /// every misspelt-weekday candidate in the notes is measured against the seven weekdays.
    /// </remarks>
    public static int Of(string a, string b)
    {
        int width = b.Length + 1;
        Span<int> rows = width <= 64 ? stackalloc int[3 * width] : new int[3 * width];
        Span<int> before = rows[..width], previous = rows.Slice(width, width), current = rows.Slice(2 * width, width);
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) current[j] = Math.Min(current[j], before[j - 2] + 1);
            }
            var spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }
}
