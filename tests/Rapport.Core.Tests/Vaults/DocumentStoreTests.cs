using Rapport.Core.Text;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Vaults;

public sealed class DocumentStoreTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly DocumentStore _store = new(PhysicalFileSystem.Instance);

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Should_write_an_edit_atomically_and_leave_no_temporary_file()
    {
        string path = _dir.Write("a.md", "# 1:1 with Bo\n\n## Meeting History\n");
        var loaded = _store.Load(path);

        _store.Save(loaded, loaded.Document.Source.Apply([TextEdit.Insert(loaded.Document.Source.Length, "- 2026-01-01: Kickoff\n")])).ShouldBeTrue();

        File.ReadAllText(path).ShouldEndWith("- 2026-01-01: Kickoff\n");
        Directory.GetFiles(_dir.Path).ShouldBe([path]);
    }

    [Fact]
    public void Should_not_write_when_nothing_changed()
    {
        string path = _dir.Write("a.md", "# x\n");
        var before = File.GetLastWriteTimeUtc(path);
        var loaded = _store.Load(path);

        _store.Save(loaded, loaded.Document.Source).ShouldBeFalse();
        File.GetLastWriteTimeUtc(path).ShouldBe(before);
    }

    [Fact]
    public void Should_refuse_to_overwrite_a_file_changed_since_it_was_read()
    {
        // Given a document read, then edited by someone else
        string path = _dir.Write("a.md", "# x\n");
        var loaded = _store.Load(path);
        File.WriteAllText(path, "# x\nsomeone else's line\n");

        // When our edit is saved
        var ex = Should.Throw<RapportException>(() => _store.Save(loaded, loaded.Document.Source.Apply([TextEdit.Insert(0, "mine\n")])));

        // Then it is refused and their change stays
        ex.Code.ShouldBe(ErrorCode.Conflict);
        File.ReadAllText(path).ShouldBe("# x\nsomeone else's line\n");
    }

    [Fact]
    public void Should_read_a_zero_byte_file_as_an_empty_document_and_refuse_an_oversized_one()
    {
        // D4: a zero-byte file is an empty document, not an error
        string empty = _dir.Write("empty.md", "");
        var loaded = _store.Load(empty);
        loaded.Document.Source.Length.ShouldBe(0);
        loaded.Document.Actions.ShouldBeEmpty();

        string big = _dir.File("big.md");
        using (var stream = File.Create(big)) stream.SetLength(20 * 1024 * 1024);
        var ex = Should.Throw<RapportException>(() => _store.Load(big));
        ex.Code.ShouldBe(ErrorCode.InvalidFile);
        ex.Message.ShouldStartWith("file is 20.0 MB");
    }

    [Fact]
    public void Should_refuse_to_create_over_an_existing_file()
    {
        string path = _dir.Write("a.md", "keep me\n");
        Should.Throw<RapportException>(() => _store.Create(path, "new\n")).Code.ShouldBe(ErrorCode.Conflict);
        File.ReadAllText(path).ShouldBe("keep me\n");
    }

    [Fact]
    public void Should_reapply_an_update_to_what_another_writer_saved_meanwhile()
    {
        string path = _dir.Write("a.md", "# 1:1 with Bo\n\n## Next Meeting\n- First\n");
        int calls = 0;

        bool written = _store.Update(path, loaded =>
        {
            // The first time, someone else saves between this read and the write.
            if (++calls == 1) File.AppendAllText(path, "- Added by hand\n");
            return loaded.Document.Source.Apply([TextEdit.Insert(loaded.Document.Source.Length, "- Added by the update\n")]);
        });

        written.ShouldBeTrue();
        calls.ShouldBe(2);
        File.ReadAllText(path).ShouldBe("# 1:1 with Bo\n\n## Next Meeting\n- First\n- Added by hand\n- Added by the update\n");
    }

    [Fact]
    public void Should_report_a_conflict_when_the_file_keeps_changing()
    {
        string path = _dir.Write("a.md", "# x\n");

        var error = Should.Throw<RapportException>(() => _store.Update(path, loaded =>
        {
            File.AppendAllText(path, "- again\n");
            return loaded.Document.Source.Apply([TextEdit.Insert(0, "<!-- mine -->\n")]);
        }));

        error.Code.ShouldBe(ErrorCode.Conflict);
        File.ReadAllText(path).ShouldNotContain("mine");
    }
}
