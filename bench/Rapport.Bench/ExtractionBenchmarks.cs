using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using Rapport.Core.Cadence;
using Rapport.Core.Notes;

namespace Rapport.Bench;

/// <summary>The notes engine on one megabyte of notes: the target is at least 1 MB per second.</summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class ExtractionBenchmarks
{
    public const int Megabyte = 1024 * 1024;

    private static readonly MeetingContext Meeting = new(new DateOnly(2026, 1, 15), "Sarah Chen", Frequency.Weekly);

    private string _notes = "";

    [GlobalSetup]
    public void Setup() => _notes = NotesGenerator.Generate(Megabyte);

    [Benchmark]
    public Extraction ExtractOneMegabyte() => NotesEngine.Extract(_notes, Meeting);
}
