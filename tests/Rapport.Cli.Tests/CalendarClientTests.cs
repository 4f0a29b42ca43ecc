using System.Diagnostics;
using System.Text.Json;
using Rapport.Core.Cadence;
using Rapport.Core.Calendar;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Cli.Tests;

/// <summary>
/// Reads the example vault's calendar export with ical.js, as a calendar client would, and checks
/// each series' occurrences for the next three months, its time zone and length against the
/// relationship's slot, cadence and duration.
/// </summary>
public sealed class CalendarClientTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 1, 20);
    private static readonly SemaphoreSlim NpmLock = new(1, 1);

    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);

    public void Dispose() => _vault.Dispose();

    [Fact]
    public async Task Should_export_series_that_icaljs_expands_to_the_expected_occurrences()
    {
        string ics = _vault.File("1on1s.ics");
        var export = CliRunner.Run(_vault.Path, Today, null, "calendar", "export", "--out", ics);
        export.ExitCode.ShouldBe(0, export.Error);
        var end = Today.AddMonths(3);

        var events = await ReadWithIcalJs(ics, end);

        var vault = Vault.Open(_vault.Path, PhysicalFileSystem.Instance);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        events.Count.ShouldBe(vault.People.All.Count);
        foreach (var relationship in vault.People.All)
        {
            var d = relationship.Document;
            var e = events.Single(x => x.GetProperty("uid").GetString() == $"rapport-1on1-{relationship.Slug}@rapport.local");
            Slot.TryParse(d.FrontMatter?["slot"], out var slot).ShouldBeTrue();
            e.GetProperty("summary").GetString().ShouldBe($"1:1 {d.Person}");
            e.GetProperty("tzid").GetString().ShouldBe("Europe/London");
            e.GetProperty("minutes").GetDouble().ShouldBe(d.Duration ?? 30);

            var actual = e.GetProperty("occurrences").EnumerateArray().Select(o => DateTimeOffset.Parse(o.GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var expected = Expected(d.Frequency ?? Frequency.Weekly, Schedule.NextDue(d, Frequency.Weekly, Today), Today, slot!, end, zone);
            actual.ShouldBe(expected, $"{d.Person}: {e.GetProperty("rrule").GetString()}");
        }
    }

    [Fact]
    public async Task Should_tell_the_other_person_only_the_series_its_length_and_the_shared_agenda_link()
    {
        // Given Noah's document records the shared agenda's address, and every document has open actions of mine
        string noah = _vault.File("Career", "1-on-1s", "noah-patel.md");
        File.WriteAllText(noah, File.ReadAllText(noah).Replace("\n---\n", "\nagenda-link: https://rapport.example/s/tok3n\n---\n", StringComparison.Ordinal));
        string ics = _vault.File("1on1s.ics");

        var export = CliRunner.Run(_vault.Path, Today, null, "calendar", "export", "--out", ics);
        export.ExitCode.ShouldBe(0, export.Error);
        var events = await ReadWithIcalJs(ics, Today.AddDays(7));

        var vault = Vault.Open(_vault.Path, PhysicalFileSystem.Instance);
        foreach (var relationship in vault.People.All)
        {
            var d = relationship.Document;
            var e = events.Single(x => x.GetProperty("uid").GetString() == $"rapport-1on1-{relationship.Slug}@rapport.local");
            string description = e.GetProperty("description").GetString()!;
            var expected = new List<string> { $"1:1 {d.Person}", $"{d.Duration ?? 30} minutes, {(d.Frequency ?? Frequency.Weekly).ToString().ToLowerInvariant()}" };
            if (relationship.Slug == "noah-patel") expected.Add("Shared agenda: https://rapport.example/s/tok3n");
            description.Split('\n').ShouldBe(expected);
            foreach (var action in d.Actions) description.ShouldNotContain(action.Text);
            description.ShouldNotContain("rapport prep");
        }
    }

    /// <summary>Occurrences worked out independently: the slot's weekday on or after the due date, then by cadence; local time to UTC by the zone.</summary>
    private static List<DateTimeOffset> Expected(Frequency cadence, DateOnly due, DateOnly today, Slot slot, DateOnly end, TimeZoneInfo zone)
    {
        var first = due > today ? due : today;
        while (first.DayOfWeek != slot.Day) first = first.AddDays(1);
        int nth = (first.Day - 1) / 7 + 1;
        var dates = new List<DateOnly>();
        for (var day = first; day <= end; day = day.AddDays(1))
        {
            bool hit = cadence switch
            {
                Frequency.Weekly => day.DayOfWeek == slot.Day,
                Frequency.Biweekly => (day.DayNumber - first.DayNumber) % 14 == 0,
                _ => day.DayOfWeek == slot.Day && (nth == 5 ? day.AddDays(7).Month != day.Month : (day.Day - 1) / 7 + 1 == nth),
            };
            if (hit) dates.Add(day);
        }
        return dates.Select(x => new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(x.ToDateTime(slot.Start), zone), TimeSpan.Zero)).ToList();
    }

    private static async Task<List<JsonElement>> ReadWithIcalJs(string ics, DateOnly end)
    {
        string folder = Path.Combine(RepoPaths.Root, "tests", "Rapport.Cli.Tests", "ical");
        await NpmLock.WaitAsync(TestContext.Current.CancellationToken);
        try
        {
            if (!Directory.Exists(Path.Combine(folder, "node_modules", "ical.js")))
                (await Run("npm", ["ci", "--no-audit", "--no-fund"], folder)).ShouldBe(0, "npm ci in tests/Rapport.Cli.Tests/ical");
        }
        finally
        {
            NpmLock.Release();
        }
        var node = new ProcessStartInfo("node", [Path.Combine(folder, "check.mjs"), ics, $"{end:yyyy-MM-dd}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        using var process = Process.Start(node)!;
        string output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        string error = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        process.ExitCode.ShouldBe(0, error);
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray()];
    }

    private static async Task<int> Run(string file, string[] args, string folder)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.StandardOutput.ReadToEndAsync();
        await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode;
    }
}
