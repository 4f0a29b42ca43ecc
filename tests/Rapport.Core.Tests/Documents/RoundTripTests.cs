using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Documents;

public sealed class RoundTripTests
{
    public static TheoryData<string> Fixtures()
    {
        var data = new TheoryData<string>();
        foreach (var dir in new[] { RepoPaths.Fixture("documents"), RepoPaths.Fixture("real-world"), Path.Combine(RepoPaths.ExampleVault, "Career", "1-on-1s") })
            foreach (var file in Directory.EnumerateFiles(dir, "*.md").Order()) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Should_write_back_every_fixture_byte_for_byte(string path)
    {
        var store = new DocumentStore(PhysicalFileSystem.Instance);
        var result = DocumentCheck.Check(store, path, path);

        result.Readable.ShouldBeTrue();
        result.RoundTrip.ShouldBeTrue();
    }

    [Fact]
    public void Should_read_and_write_back_the_shared_corpus_when_present()
    {
        // The corpus lives beside the repository for developers; a user's clone has none.
        if (RepoPaths.SharedCorpus is not { } corpus)
        {
            Assert.Skip("../shared/corpus is not beside the repository");
            return;
        }
        var store = new DocumentStore(PhysicalFileSystem.Instance);
        var files = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories).ToList();
        files.Count.ShouldBeGreaterThan(40);
        foreach (var file in files)
        {
            var result = DocumentCheck.Check(store, file, file);
            result.Readable.ShouldBeTrue(file);
            result.RoundTrip.ShouldBeTrue(file);
        }
    }

    [Fact]
    public void Should_report_a_file_nested_too_deeply_to_read_as_its_own_problem()
    {
        // A list nested 100 deep stopped the whole check (a probe); it is that file's problem, and the check goes on.
        var files = new InMemoryFileSystem();
        string path = files.AddFile("/v/clip.md", "# Clipped\n\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', 2 * i) + "- x\n")));

        var result = DocumentCheck.Check(new DocumentStore(files), path, "clip.md");

        result.Readable.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().Message.ShouldContain("nested too deeply");
    }

    [Fact]
    public void Should_not_report_problems_in_the_example_vault()
    {
        var store = new DocumentStore(PhysicalFileSystem.Instance);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.ExampleVault, "Career", "1-on-1s"), "*.md"))
            DocumentCheck.Check(store, file, file).Problems.ShouldBeEmpty(file);
    }

    [Fact]
    public void Should_keep_bytes_after_an_edit_everywhere_but_the_edited_line()
    {
        // Given a CRLF file with a BOM
        string path = RepoPaths.Fixture("documents", "bom.md");
        var original = File.ReadAllBytes(path);
        var doc = RunningDocumentParser.Parse(TextCodec.Decode(original, path), path);
        var action = doc.Actions.First(a => a.Text == "Book the rollback drill");

        // When the checkbox is ticked
        int box = doc.Source.LineStart(action.Source.Line) + doc.Source.Line(action.Source.Line).IndexOf("[ ]", StringComparison.Ordinal) + 1;
        var edited = TextCodec.Encode(doc.Source.Apply([new TextEdit(box, 1, "x")]));

        // Then exactly one byte differs
        edited.Length.ShouldBe(original.Length);
        Enumerable.Range(0, original.Length).Count(i => original[i] != edited[i]).ShouldBe(1);
    }
}
