using Rapport.Core.Text;

namespace Rapport.Core.Tests.Text;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Should_print_an_insertion_with_three_lines_of_context()
    {
        var before = new SourceText("a\nb\nc\nd\ne\nf\ng\n");
        var after = new SourceText("a\nb\nc\nd\nNEW\ne\nf\ng\n");

        UnifiedDiff.Format("x.md", before, after).ShouldBe("""
            --- a/x.md
            +++ b/x.md
            @@ -2,6 +2,7 @@
             b
             c
             d
            +NEW
             e
             f
             g

            """);
    }

    [Fact]
    public void Should_show_a_new_file_against_dev_null()
    {
        UnifiedDiff.Format("n.md", null, new SourceText("one\ntwo\n")).ShouldBe("--- /dev/null\n+++ b/n.md\n@@ -0,0 +1,2 @@\n+one\n+two\n");
    }

    [Fact]
    public void Should_print_nothing_for_equal_texts()
    {
        UnifiedDiff.Format("x.md", new SourceText("a\n"), new SourceText("a\n")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_split_distant_changes_into_separate_hunks()
    {
        var lines = Enumerable.Range(1, 30).Select(i => $"l{i}").ToList();
        var before = new SourceText(string.Join('\n', lines) + "\n");
        lines[2] = "changed";
        lines.Insert(25, "added");

        var diff = UnifiedDiff.Format("x.md", before, new SourceText(string.Join('\n', lines) + "\n"));

        diff.Split('\n').Count(l => l.StartsWith("@@", StringComparison.Ordinal)).ShouldBe(2);
        diff.ShouldContain("@@ -1,6 +1,6 @@\n l1\n l2\n-l3\n+changed\n l4\n l5\n l6\n");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Should_produce_a_patch_that_turns_the_old_text_into_the_new(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 200; round++)
        {
            var old = Enumerable.Range(0, random.Next(0, 40)).Select(_ => "l" + random.Next(0, 6)).ToList();
            var changed = new List<string>(old);
            for (int edits = random.Next(1, 6); edits > 0; edits--)
            {
                int at = random.Next(0, changed.Count + 1);
                switch (random.Next(3))
                {
                    case 0: changed.Insert(at, "n" + random.Next(0, 6)); break;
                    case 1 when at < changed.Count: changed.RemoveAt(at); break;
                    default: if (at < changed.Count) changed[at] = "m" + random.Next(0, 6); break;
                }
            }
            var before = new SourceText(string.Concat(old.Select(l => l + "\n")));
            var after = new SourceText(string.Concat(changed.Select(l => l + "\n")));

            var diff = UnifiedDiff.Format("x.md", before, after);

            Patch(old, diff).ShouldBe(changed, $"seed {seed}, round {round}:\n{diff}");
        }
    }

    /// <summary>Applies a unified diff as patch(1) would, checking every context and removed line.</summary>
    private static List<string> Patch(List<string> old, string diff)
    {
        var result = new List<string>();
        int position = 0;
        var lines = diff.Split('\n');
        for (int i = 2; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0) continue;
            if (line.StartsWith("@@", StringComparison.Ordinal))
            {
                var range = line.Split(' ')[1][1..].Split(',');
                int start = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
                int count = range.Length > 1 ? int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
                int zeroBased = count == 0 ? start : start - 1;
                while (position < zeroBased) result.Add(old[position++]);
                continue;
            }
            switch (line[0])
            {
                case ' ':
                    old[position].ShouldBe(line[1..]);
                    result.Add(old[position++]);
                    break;
                case '-':
                    old[position].ShouldBe(line[1..]);
                    position++;
                    break;
                case '+':
                    result.Add(line[1..]);
                    break;
            }
        }
        while (position < old.Count) result.Add(old[position++]);
        return result;
    }
}
