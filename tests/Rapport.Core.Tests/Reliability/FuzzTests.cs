using Rapport.Testing;

namespace Rapport.Core.Tests.Reliability;

/// <summary>A few thousand mutated documents on every test run; bench/Rapport.Bench 'fuzz' runs 100,000.</summary>
[Trait("Speed", "slow")]
public sealed class FuzzTests
{
    [Fact]
    public void Should_read_write_and_edit_mutated_documents_without_losing_a_line()
    {
        using var vault = new TempDirectory();
        var report = new Fuzzer(Fuzzer.Seeds(), seed: 42).WithNotesProcessing(vault.Path).Run(3000);

        report.Failures.Select(f => $"input {f.Input}, {f.Check}: {f.Detail}").ShouldBeEmpty();
        report.Readable.ShouldBeGreaterThan(2000);
        report.Refused.ShouldBeGreaterThan(0);
    }
}
