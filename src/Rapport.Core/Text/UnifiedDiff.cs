using System.Text;

namespace Rapport.Core.Text;

/// <summary>
/// A unified diff between two texts, line by line, as <c>diff -u</c> and git print it. Lines are
/// matched with Myers' O(ND) algorithm, which is quick when few lines change in a long file.
/// </summary>
public static class UnifiedDiff
{
    private enum Op { Equal, Delete, Insert }

    /// <summary>The diff of <paramref name="before"/> (null for a new file) against <paramref name="after"/>; empty when they are equal.</summary>
    public static string Format(string path, SourceText? before, SourceText after, int context = 3)
    {
        var a = before is null ? [] : Lines(before);
        var b = Lines(after);
        var script = Script(a, b);
        if (script.All(s => s.Op == Op.Equal)) return "";

        var output = new StringBuilder();
        output.Append(before is null ? "--- /dev/null" : $"--- a/{path}").Append('\n');
        output.Append($"+++ b/{path}").Append('\n');
        foreach (var (start, end) in Hunks(script, context))
        {
            var hunk = script.GetRange(start, end - start);
            int oldCount = hunk.Count(s => s.Op != Op.Insert), newCount = hunk.Count(s => s.Op != Op.Delete);
            output.Append($"@@ -{Range(hunk[0].A, oldCount)} +{Range(hunk[0].B, newCount)} @@").Append('\n');
            foreach (var step in hunk)
            {
                var (mark, text) = step.Op switch
                {
                    Op.Equal => (' ', a[step.A]),
                    Op.Delete => ('-', a[step.A]),
                    _ => ('+', b[step.B]),
                };
                output.Append(mark).Append(text).Append('\n');
            }
        }
        return output.ToString();
    }

    /// <summary>A hunk's line range: one-based start and count; an empty range names the line before it.</summary>
    private static string Range(int start, int count) => count switch
    {
        0 => $"{start},0",
        1 => $"{start + 1}",
        _ => $"{start + 1},{count}",
    };

    private static string[] Lines(SourceText text) => Enumerable.Range(0, text.Length == 0 ? 0 : text.LineCount).Select(text.Line).ToArray();

    private readonly record struct Step(Op Op, int A, int B);

    /// <summary>Groups changes with up to <paramref name="context"/> equal lines around them; nearby groups merge.</summary>
    private static IEnumerable<(int Start, int End)> Hunks(List<Step> script, int context)
    {
        int i = 0;
        while (i < script.Count)
        {
            while (i < script.Count && script[i].Op == Op.Equal) i++;
            if (i == script.Count) yield break;
            int start = Math.Max(0, i - context);
            int end = i;
            while (end < script.Count)
            {
                if (script[end].Op != Op.Equal) { end++; continue; }
                int run = end;
                while (run < script.Count && script[run].Op == Op.Equal) run++;
                if (run == script.Count || run - end > 2 * context)
                {
                    end = Math.Min(run, end + context);
                    break;
                }
                end = run;
            }
            yield return (start, end);
            i = end;
        }
    }

    /// <summary>The edit script: every line of both texts, in order, as kept, deleted or inserted.</summary>
    private static List<Step> Script(string[] a, string[] b)
    {
        int prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < a.Length - prefix && suffix < b.Length - prefix && a[^(suffix + 1)] == b[^(suffix + 1)]) suffix++;

        var steps = new List<Step>(a.Length + b.Length);
        for (int k = 0; k < prefix; k++) steps.Add(new Step(Op.Equal, k, k));
        Middle(a, b, prefix, a.Length - suffix, prefix, b.Length - suffix, steps);
        for (int k = 0; k < suffix; k++) steps.Add(new Step(Op.Equal, a.Length - suffix + k, b.Length - suffix + k));
        return steps;
    }

    /// <summary>Myers' greedy shortest edit script for a[aStart..aEnd) against b[bStart..bEnd).</summary>
    private static void Middle(string[] a, string[] b, int aStart, int aEnd, int bStart, int bEnd, List<Step> steps)
    {
        int n = aEnd - aStart, m = bEnd - bStart, max = n + m;
        if (max == 0) return;
        int offset = max + 1;
        var v = new int[2 * max + 3];
        // trace[d] keeps v for diagonals -d-1..d+1 as it stood before round d: all the backtrack reads.
        var trace = new List<int[]>();
        int found = -1;
        for (int d = 0; d <= max && found < 0; d++)
        {
            trace.Add(v.AsSpan(offset - d - 1, 2 * d + 3).ToArray());
            for (int k = -d; k <= d; k += 2)
            {
                int x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
                int y = x - k;
                while (x < n && y < m && a[aStart + x] == b[bStart + y]) { x++; y++; }
                v[offset + k] = x;
                if (x >= n && y >= m) { found = d; break; }
            }
        }

        var reversed = new List<Step>();
        int cx = n, cy = m;
        for (int d = found; d >= 0; d--)
        {
            var previous = trace[d];
            int At(int k) => previous[k + d + 1];
            int k = cx - cy;
            int prevK = k == -d || (k != d && At(k - 1) < At(k + 1)) ? k + 1 : k - 1;
            int prevX = d == 0 ? 0 : At(prevK);
            int prevY = d == 0 ? 0 : prevX - prevK;
            while (cx > prevX && cy > prevY)
            {
                cx--; cy--;
                reversed.Add(new Step(Op.Equal, aStart + cx, bStart + cy));
            }
            if (d > 0)
            {
                if (cx == prevX) reversed.Add(new Step(Op.Insert, aStart + prevX, bStart + prevY));
                else reversed.Add(new Step(Op.Delete, aStart + prevX, bStart + prevY));
            }
            cx = prevX;
            cy = prevY;
        }
        reversed.Reverse();
        steps.AddRange(reversed);
    }
}
