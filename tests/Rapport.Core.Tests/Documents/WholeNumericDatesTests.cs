using Rapport.Core.Documents;
using Rapport.Testing;

namespace Rapport.Core.Tests.Documents;

/// <summary>
/// <see cref="DateText.WholeNumeric"/> looks for the other forms only when the numeric pattern finds a date with a year: it must
/// give exactly what <see cref="DateText.Find"/> gives of numeric dates with a year, overlaps and all.
/// </summary>
public sealed class WholeNumericDatesTests
{
    [Theory]
    [InlineData("## 2025-03-04\n- talked about 03-04 plans", 0)]
    [InlineData("- Mood 5/5, then 4/5", 0)]
    [InlineData("Met on 24/11/2021 and again 3/12/21", 2)]
    [InlineData("## Jan 12/03/2024 review", 0)]
    [InlineData("- [ ] Send it (by 2021-03-05) (completed 2021-03-04)", 0)]
    [InlineData("Version 1.2.2024 ships; 07.03.2025 is the day", 2)]
    [InlineData("12-03-2024-05-06 and 2024-05-06", 0)]
    public void Should_give_the_numeric_dates_with_a_year_that_finding_every_form_gives(string text, int count)
    {
        var expected = DateText.Find(text, allowNoYear: false).Where(m => m.Form == DateForm.Numeric).ToList();

        DateText.WholeNumeric(text).ShouldBe(expected);
        expected.Count.ShouldBe(count);
    }

    [Fact]
    public void Should_agree_with_finding_every_form_on_every_fixture_document()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Fixtures, "*.md", SearchOption.AllDirectories).ToList();
        files.Count.ShouldBeGreaterThan(50);
        foreach (var file in files)
        {
            string text = File.ReadAllText(file);
            DateText.WholeNumeric(text).ShouldBe(DateText.Find(text, allowNoYear: false).Where(m => m.Form == DateForm.Numeric).ToList(), file);
        }
    }
}
