using System.Text;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Core.Tests.Vaults;

/// <summary>
/// What the <see cref="IFileSystem"/> port promises, checked the same way against the disk
/// (<see cref="PhysicalFileSystemContractTests"/>, in a temporary folder) and against memory
/// (<see cref="InMemoryFileSystemContractTests"/>), so a test that uses the in-memory one tests what
/// the real one does.
/// </summary>
public abstract class FileSystemContractTests
{
    protected abstract IFileSystem Files { get; }

    /// <summary>An empty folder, given as its real path.</summary>
    protected abstract string Root { get; }

    protected abstract void Link(string link, string target);

    protected string At(params string[] parts) => Path.Combine([Root, .. parts]);

    [Fact]
    public void Should_read_back_exactly_the_bytes_written_and_replace_them_whole()
    {
        string path = At("a.md");
        byte[] first = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("# Bo\r\n- café\r\n")];

        Files.WriteAllBytesAtomic(path, first);
        Files.FileExists(path).ShouldBeTrue();
        Files.ReadAllBytes(path).ShouldBe(first);
        Files.GetLength(path).ShouldBe(first.Length);

        Files.WriteAllBytesAtomic(path, "x"u8);
        Files.ReadAllBytes(path).ShouldBe("x"u8.ToArray());
        Files.GetLength(path).ShouldBe(1);
        Files.EnumerateFiles(Root, "*", recursive: true).ShouldBe([path]);
    }

    [Fact]
    public void Should_refuse_to_write_into_a_missing_folder_and_to_read_a_missing_file()
    {
        Should.Throw<DirectoryNotFoundException>(() => Files.WriteAllBytesAtomic(At("no", "a.md"), "x"u8));
        Should.Throw<FileNotFoundException>(() => Files.ReadAllBytes(At("missing.md")));
        Files.FileExists(At("no", "a.md")).ShouldBeFalse();
        Files.DirectoryExists(At("no")).ShouldBeFalse();
    }

    [Fact]
    public void Should_create_every_missing_folder_and_tell_files_from_folders()
    {
        Files.CreateDirectory(At("a", "b", "c"));
        Files.CreateDirectory(At("a", "b", "c"));

        Files.DirectoryExists(At("a", "b")).ShouldBeTrue();
        Files.DirectoryExists(At("a", "b", "c")).ShouldBeTrue();
        Files.FileExists(At("a", "b")).ShouldBeFalse();
        Files.WriteAllBytesAtomic(At("a", "b", "c", "x.md"), "x"u8);
        Files.DirectoryExists(At("a", "b", "c", "x.md")).ShouldBeFalse();
    }

    [Fact]
    public void Should_delete_a_file_and_accept_deleting_one_that_is_not_there()
    {
        Files.WriteAllBytesAtomic(At("a.md"), "x"u8);

        Files.DeleteFile(At("a.md"));
        Files.DeleteFile(At("a.md"));

        Files.FileExists(At("a.md")).ShouldBeFalse();
    }

    [Fact]
    public void Should_enumerate_by_pattern_ignoring_case_and_hidden_names_directly_or_below()
    {
        Files.CreateDirectory(At("notes", "bo"));
        Files.CreateDirectory(At(".rapport"));
        Files.CreateDirectory(At(".git", "x"));
        foreach (var file in new[] { At("a.md"), At("B.MD"), At("c.txt"), At(".hidden.md"), At("notes", "bo", "n.md"), At(".rapport", "s.md"), At(".git", "x", "g.md") })
            Files.WriteAllBytesAtomic(file, "x"u8);

        Files.EnumerateFiles(Root, "*.md", recursive: false).Order().ShouldBe([At("B.MD"), At("a.md")]);
        Files.EnumerateFiles(Root, "*.md", recursive: true).Order().ShouldBe([At("B.MD"), At("a.md"), At("notes", "bo", "n.md")]);
        Files.EnumerateStamps(Root, "*.md").Select(s => s.Path).Order().ShouldBe([At("B.MD"), At("a.md"), At("notes", "bo", "n.md")]);
        Files.EnumerateFiles(At("none"), "*", recursive: true).ShouldBeEmpty();
        Files.EnumerateStamps(At("none"), "*").ShouldBeEmpty();
    }

    [Fact]
    public void Should_walk_only_the_folders_a_walk_descends_into()
    {
        Files.CreateDirectory(At("people", "jo", "old"));
        Files.CreateDirectory(At("people", "archive"));
        foreach (var file in new[] { At("top.md"), At("people", "p.md"), At("people", "jo", "j.md"), At("people", "jo", "old", "o.md"), At("people", "archive", "a.md") })
            Files.WriteAllBytesAtomic(file, "x"u8);
        string people = At("people");

        // Into the folders directly in people/, except its archive: not below them.
        Files.EnumerateStamps(people, "*.md", dir => Path.GetDirectoryName(dir) == people && Path.GetFileName(dir) != "archive")
            .Select(s => s.Path).Order().ShouldBe([At("people", "jo", "j.md"), At("people", "p.md")]);
        Files.EnumerateStamps(Root, "*.md", static _ => false).Select(s => s.Path).ShouldBe([At("top.md")]);
    }

    [Fact]
    public void Should_enumerate_the_folders_directly_in_a_folder_without_hidden_ones()
    {
        Files.CreateDirectory(At("notes", "bo"));
        Files.CreateDirectory(At("archive"));
        Files.CreateDirectory(At(".git", "x"));
        Files.WriteAllBytesAtomic(At("a.md"), "x"u8);

        Files.EnumerateDirectories(Root).Order().ShouldBe([At("archive"), At("notes")]);
        Files.EnumerateDirectories(At("notes")).ShouldBe([At("notes", "bo")]);
        Files.EnumerateDirectories(At("notes", "bo")).ShouldBeEmpty();
        Files.EnumerateDirectories(At("none")).ShouldBeEmpty();
    }

    [Fact]
    public void Should_stamp_each_file_with_its_length_and_a_time_that_moves_on_a_rewrite()
    {
        string path = At("a.md");
        Files.WriteAllBytesAtomic(path, "one"u8);
        var before = Files.EnumerateStamps(Root, "*.md").Single();
        Thread.Sleep(20);

        Files.WriteAllBytesAtomic(path, "three"u8);
        var after = Files.EnumerateStamps(Root, "*.md").Single();

        before.Length.ShouldBe(3);
        after.Length.ShouldBe(5);
        after.ModifiedTicks.ShouldBeGreaterThan(before.ModifiedTicks);
    }

    [Fact]
    public async Task Should_let_a_reader_see_the_old_or_the_new_content_never_a_mix()
    {
        string path = At("a.md");
        byte[] small = Encoding.ASCII.GetBytes(new string('a', 1000));
        byte[] large = Encoding.ASCII.GetBytes(new string('b', 200_000));
        Files.WriteAllBytesAtomic(path, small);

        var writer = Task.Run(() =>
        {
            for (int i = 0; i < 60; i++) Files.WriteAllBytesAtomic(path, i % 2 == 0 ? large : small);
        }, TestContext.Current.CancellationToken);
        var seen = new List<int>();
        while (!writer.IsCompleted)
        {
            var bytes = Files.ReadAllBytes(path);
            bytes.Distinct().Count().ShouldBe(1);
            seen.Add(bytes.Length);
        }
        await writer;

        seen.ShouldAllBe(n => n == small.Length || n == large.Length);
    }

    [Fact]
    public async Task Should_hold_a_write_lock_until_it_is_disposed()
    {
        string path = At("a.md");
        var held = Files.LockForWrite(path);
        var second = Task.Run(() => Files.LockForWrite(path), TestContext.Current.CancellationToken);

        await Task.Delay(300, TestContext.Current.CancellationToken);
        second.IsCompleted.ShouldBeFalse();

        held.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken)).Dispose();
        Files.LockForWrite(At("b.md")).Dispose();
    }

    [Fact]
    public void Should_give_the_real_path_with_every_link_along_it_followed()
    {
        Files.CreateDirectory(At("real", "notes"));
        Files.WriteAllBytesAtomic(At("real", "notes", "n.md"), "x"u8);
        Link(At("linked"), At("real"));
        Link(At("real", "alias.md"), "notes/n.md");

        Files.RealPath(At("linked", "notes", "n.md")).ShouldBe(At("real", "notes", "n.md"));
        Files.RealPath(At("linked", "alias.md")).ShouldBe(At("real", "notes", "n.md"));
        Files.RealPath(At("real", "notes", "n.md")).ShouldBe(At("real", "notes", "n.md"));
        Files.RealPath(At("real", "missing.md")).ShouldBe(At("real", "missing.md"));
        Files.ReadAllBytes(At("linked", "notes", "n.md")).ShouldBe("x"u8.ToArray());
    }

    [Fact]
    public void Should_tell_a_link_itself_from_a_plain_file_or_folder()
    {
        Files.CreateDirectory(At("real"));
        Files.WriteAllBytesAtomic(At("real", "n.md"), "x"u8);
        Link(At("linked"), At("real"));
        Link(At("real", "alias.md"), "n.md");

        Files.IsLink(At("linked")).ShouldBeTrue();
        Files.IsLink(At("real", "alias.md")).ShouldBeTrue();
        Files.IsLink(At("real", "n.md")).ShouldBeFalse();
        Files.IsLink(At("real")).ShouldBeFalse();
        Files.IsLink(At("missing.md")).ShouldBeFalse();
    }
}

public sealed class PhysicalFileSystemContractTests : FileSystemContractTests, IDisposable
{
    [Fact]
    public void Should_stamp_each_walked_file_as_the_question_about_that_one_file_does()
    {
        // The walk asks for each file relative to its folder, StampOf by its full path: the answers are the same, for files in
        // several folders, a link whose target is relative to its own folder, and a root reached through a link. (Physical
        // only: the in-memory double does not list links to files.)
        Files.CreateDirectory(At("real", "a", "b"));
        Files.WriteAllBytesAtomic(At("real", "a", "b", "n.md"), "12345"u8);
        Files.WriteAllBytesAtomic(At("real", "a", "m.md"), "xy"u8);
        Files.WriteAllBytesAtomic(At("real", "top.md"), "z"u8);
        Link(At("real", "a", "b", "alias.md"), "n.md");
        Link(At("linked"), At("real"));

        foreach (var root in new[] { At("real"), At("linked") })
        {
            var walked = Files.EnumerateStamps(root, "*.md").OrderBy(s => s.Path, StringComparer.Ordinal).ToList();
            walked.Select(s => s.Path).ShouldBe(new[] { Path.Combine(root, "a", "b", "alias.md"), Path.Combine(root, "a", "b", "n.md"), Path.Combine(root, "a", "m.md"), Path.Combine(root, "top.md") });
            walked.Select(s => s.Length).ShouldBe([5L, 5L, 2L, 1L]);
            foreach (var stamp in walked) Files.StampOf(stamp.Path).ShouldBe(stamp);
        }
    }

    private readonly TempDirectory _dir = new();

    protected override IFileSystem Files => PhysicalFileSystem.Instance;

    protected override string Root => PhysicalFileSystem.Instance.RealPath(_dir.Path);

    protected override void Link(string link, string target)
    {
        if (Directory.Exists(Path.GetFullPath(target, Path.GetDirectoryName(link)!))) Directory.CreateSymbolicLink(link, target);
        else File.CreateSymbolicLink(link, target);
    }

    public void Dispose() => _dir.Dispose();
}

public sealed class InMemoryFileSystemContractTests : FileSystemContractTests
{
    private readonly InMemoryFileSystem _files = new();

    public InMemoryFileSystemContractTests() => _files.CreateDirectory(Root);

    protected override IFileSystem Files => _files;

    protected override string Root { get; } = Path.Combine(Path.GetTempPath(), "rapport-memory", "contract");

    protected override void Link(string link, string target) => _files.CreateSymbolicLink(link, target);
}
