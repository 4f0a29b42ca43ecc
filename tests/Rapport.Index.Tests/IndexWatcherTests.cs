using System.Net.Sockets;
using System.Reflection;
using System.Text;
using Microsoft.Data.Sqlite;
using Rapport.Core.Vaults;
using Rapport.Testing;

namespace Rapport.Index.Tests;

/// <summary>
/// The watcher (<see cref="IndexWatcher"/>) and the socket a reading command asks it on
/// (<see cref="WatchSocket"/>): every change made before the question is in the index when the
/// answer is "fresh", checked by reading the index without a sync of its own.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class IndexWatcherTests : IDisposable
{
    private readonly TempDirectory _vault = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
    private readonly TempDirectory _sockets = new();
    private readonly List<string> _said = [];
    private readonly List<IDisposable> _running = [];

    public void Dispose()
    {
        for (int i = _running.Count - 1; i >= 0; i--) _running[i].Dispose();
        SqliteConnection.ClearAllPools();
        _vault.Dispose();
        _sockets.Dispose();
    }

    private string Folder => Path.Combine(_sockets.Path, "run");

    private string Md(params string[] parts) => _vault.File(["Career", "1-on-1s", .. parts]);

    [Fact]
    public void Should_see_a_same_size_edit_in_place_made_just_before_the_question()
    {
        Watch();
        string file = Md("noah-patel.md");
        var time = File.GetLastWriteTimeUtc(file);
        string text = File.ReadAllText(file);
        int at = text.IndexOf("Noah", StringComparison.Ordinal);
        File.WriteAllText(file, string.Concat(text.AsSpan(0, at), "Zorq", text.AsSpan(at + 4)));
        File.SetLastWriteTimeUtc(file, time);

        Ask().ShouldBeTrue();

        People().ShouldContain(p => p.StartsWith("Zorq", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_see_a_created_and_a_deleted_file()
    {
        Watch();
        File.WriteAllText(Md("lena-fischer.md"), "---\nperson: Lena Fischer\n---\n\n## Meeting History\n- 2026-01-05: Intro\n");
        File.Delete(Md("marco-rossi.md"));

        Ask().ShouldBeTrue();

        Slugs().ShouldContain("lena-fischer");
        Slugs().ShouldNotContain("marco-rossi");
    }

    [Fact]
    public void Should_see_a_renamed_file()
    {
        Watch();
        File.Move(Md("dana-whitfield.md"), Md("dana-w.md"));

        Ask().ShouldBeTrue();

        Slugs().ShouldContain("dana-w");
        Slugs().ShouldNotContain("dana-whitfield");
    }

    [Fact]
    public void Should_see_a_renamed_a_created_and_a_deleted_folder()
    {
        Watch();
        Directory.Move(Md("archive"), Md("old"));
        Directory.CreateDirectory(_vault.File("Notes", "deep"));
        File.WriteAllText(_vault.File("Notes", "deep", "idea.md"), "# An idea\n");
        Ask().ShouldBeTrue();
        Paths().ShouldContain("Career/1-on-1s/old/sarah-chen-2025-Q3.md");
        Paths().ShouldNotContain("Career/1-on-1s/archive/sarah-chen-2025-Q3.md");
        Paths().ShouldContain("Notes/deep/idea.md");

        Directory.Delete(_vault.File("Notes"), recursive: true);
        Directory.Move(_vault.File("Career"), _vault.File(".Career")); // hidden: out of the index, as the walk has it

        Ask().ShouldBeTrue();
        Paths().ShouldBe(["BACKLOG.md"]);
    }

    [Fact]
    public void Should_hold_what_a_walk_holds_after_a_burst_of_changes()
    {
        var watcher = Watch();
        for (int i = 0; i < 40; i++) File.WriteAllText(Md($"person-{i}.md"), $"---\nperson: Person {i}\n---\n\n## Meeting History\n- 2026-01-{i % 28 + 1:00}: Met\n");
        for (int i = 0; i < 40; i += 3) File.Delete(Md($"person-{i}.md"));
        File.Move(Md("person-1.md"), Md("person-one.md"));

        Ask().ShouldBeTrue();
        var watched = Paths();

        using var walked = VaultIndex.Open(Vault());
        walked.Sync().Changed.ShouldBeFalse(); // the walk finds nothing the watcher missed
        Paths().ShouldBe(watched);
        watcher.Walks.ShouldBe(0);
    }

    [Fact]
    public void Should_walk_the_whole_vault_and_say_so_when_events_were_lost()
    {
        var watcher = Watch();
        watcher.Lose("a test lost the events");
        File.WriteAllText(Md("lena-fischer.md"), "---\nperson: Lena Fischer\n---\n");

        Ask().ShouldBeTrue();

        watcher.Walks.ShouldBe(1);
        _said.ShouldContain(s => s.Contains("a test lost the events; walking the whole vault", StringComparison.Ordinal));
        Slugs().ShouldContain("lena-fischer");
    }

    [Fact]
    public void Should_walk_the_whole_vault_when_the_kernel_queue_overflows()
    {
        int limit = int.Parse(File.ReadAllText("/proc/sys/fs/inotify/max_queued_events").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (limit > 100_000) Assert.Skip($"the kernel queues {limit} events: too many to overflow in a test");
        var watcher = Watch();
        watcher.Running.Reset(); // the watcher is busy: events queue up in the kernel
        File.WriteAllText(Md("lena-fischer.md"), "---\nperson: Lena Fischer\n---\n");
        Thread.Sleep(200); // the first event is taken and waits; the rest fill the queue
        string a = _vault.File("a.txt"), b = _vault.File("b.txt");
        for (int i = 0; i < limit + 100; i++) File.AppendAllText(i % 2 == 0 ? a : b, "x"); // alternating, so no two events merge
        watcher.Running.Set();

        watcher.Fresh(); // as an asker would, with no time limit: the queued events take a while to go through on a busy machine
        Ask().ShouldBeTrue(string.Join("\n", _said));

        _said.ShouldContain(s => s.Contains("overflowed", StringComparison.Ordinal));
        watcher.Walks.ShouldBeGreaterThanOrEqualTo(1);
        Slugs().ShouldContain("lena-fischer");
    }

    [Fact]
    public void Should_fall_back_to_the_walk_when_a_killed_watcher_left_its_socket()
    {
        string path = WatchSocket.PathFor(_vault.Path, Folder, create: true)!;
        using (var dead = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
        {
            // Bound elsewhere and moved into place, so that closing it here leaves the file behind, as a killed process does.
            dead.Bind(new UnixDomainSocketEndPoint(path + ".bound"));
            File.Move(path + ".bound", path);
        }
        File.Exists(path).ShouldBeTrue();

        Ask().ShouldBeFalse();

        // A new watcher takes the place of the dead one.
        Watch();
        Ask().ShouldBeTrue();
    }

    [Fact]
    public void Should_name_this_build_by_its_version_and_commit()
    {
        // The constant written at build time is the version the assembly carries (its commit included), as reflection reads it.
        string version = typeof(WatchSocket).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        WatchSocket.Build.ShouldBe($"{Schema.Version}/{version}");
    }

    [Fact]
    public void Should_not_share_a_watcher_between_two_vaults()
    {
        using var other = TempDirectory.CopyFrom(RepoPaths.ExampleVault);
        Watch();

        WatchSocket.PathFor(other.Path, Folder).ShouldNotBe(WatchSocket.PathFor(_vault.Path, Folder));
        WatchSocket.AskFresh(other.Path, Folder).ShouldBeFalse();
        // Asked on this vault's socket in the other vault's name, or by another build: no.
        Raw($"rapport-watch 1 {WatchSocket.Build} {other.Path}\n").ShouldBe("no");
        Raw($"rapport-watch 1 0/another-build {_vault.Path}\n").ShouldBe("no");
        Raw($"rapport-watch 1 {WatchSocket.Build} {_vault.Path}\n").ShouldBe("fresh");
    }

    [Fact]
    public void Should_keep_the_sockets_in_a_folder_only_the_user_can_enter()
    {
        Watch();

        File.GetUnixFileMode(Folder).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        File.GetUnixFileMode(WatchSocket.PathFor(_vault.Path, Folder)!).ShouldBe(UnixFileMode.UserRead | UnixFileMode.UserWrite);

        // A folder others can enter is not used, by the watcher or by the asker.
        string open = Path.Combine(_sockets.Path, "open");
        Directory.CreateDirectory(open);
        File.SetUnixFileMode(open, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        WatchSocket.PathFor(_vault.Path, open, create: true).ShouldBeNull();
        using var watcher = IndexWatcher.Start(Vault(), _said.Add);
        WatchSocket.Server.Listen(watcher, _vault.Path, out string why, open).ShouldBeNull();
        why.ShouldContain("0700");
        WatchSocket.AskFresh(_vault.Path, open).ShouldBeFalse();
    }

    [Fact]
    public void Should_not_answer_for_a_vault_another_watcher_answers_for()
    {
        Watch();
        using var second = IndexWatcher.Start(Vault(), _said.Add);

        WatchSocket.Server.Listen(second, _vault.Path, out string why, Folder).ShouldBeNull();

        why.ShouldContain("another watcher");
        Ask().ShouldBeTrue();
    }

    [Fact]
    public void Should_keep_socket_paths_within_the_limit_of_an_address()
    {
        string deep = Path.Combine(_sockets.Path, new string('d', 90));
        WatchSocket.PathFor(_vault.Path, deep, create: true).ShouldBeNull();
        WatchSocket.PathFor(_vault.Path, Folder, create: true)!.Length.ShouldBeLessThanOrEqualTo(107);
    }

    [Fact]
    public void Should_reopen_the_index_when_a_new_file_is_renamed_over_the_one_it_holds()
    {
        var watcher = Watch();
        using var other = TempDirectory.CopyFrom(_vault.Path);
        using (var fresh = VaultIndex.Open(Core.Vaults.Vault.Open(other.Path, PhysicalFileSystem.Instance)))
            fresh.Sync(force: true);
        SqliteConnection.ClearAllPools();
        File.Move(VaultIndex.PathIn(Core.Vaults.Vault.Open(other.Path, PhysicalFileSystem.Instance)), VaultIndex.PathIn(Vault()), overwrite: true);
        File.WriteAllText(Md("zed-new.md"), "---\nperson: Zed New\n---\n");

        Ask().ShouldBeTrue();

        watcher.Walks.ShouldBe(1);
        _said.ShouldContain(s => s.Contains("the index file was replaced; walking the whole vault", StringComparison.Ordinal));
        Slugs().ShouldContain("zed-new");
        // The old file is unlinked: a connection still on it would write where no reader looks.
        if (Directory.Exists("/proc/self/fd"))
            Directory.GetFiles("/proc/self/fd").Select(fd => new FileInfo(fd).LinkTarget ?? "").ShouldNotContain(t => t.EndsWith("index.db (deleted)", StringComparison.Ordinal));
    }

    private IndexWatcher Watch()
    {
        var watcher = IndexWatcher.Start(Vault(), _said.Add);
        _running.Add(watcher);
        var server = WatchSocket.Server.Listen(watcher, _vault.Path, out string why, Folder);
        server.ShouldNotBeNull(why);
        _running.Add(server);
        return watcher;
    }

    private bool Ask() => WatchSocket.AskFresh(_vault.Path, Folder);

    /// <summary>A request line sent as is, and the answer's line.</summary>
    private string Raw(string request)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.ReceiveTimeout = 5000;
        socket.Connect(new UnixDomainSocketEndPoint(WatchSocket.PathFor(_vault.Path, Folder)!));
        socket.Send(Encoding.UTF8.GetBytes(request));
        var buffer = new byte[64];
        int length = 0, read;
        while ((read = socket.Receive(buffer, length, buffer.Length - length, SocketFlags.None)) > 0) length += read;
        return Encoding.UTF8.GetString(buffer, 0, length).TrimEnd('\n');
    }

    private Vault Vault() => Core.Vaults.Vault.Open(_vault.Path, PhysicalFileSystem.Instance);

    /// <summary>The index as it is, read without a sync.</summary>
    private List<string> Paths()
    {
        using var connection = new SqliteConnection($"Data Source={VaultIndex.PathIn(Vault())};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT path FROM files ORDER BY path";
        using var reader = command.ExecuteReader();
        var paths = new List<string>();
        while (reader.Read()) paths.Add(reader.GetString(0));
        return paths;
    }

    private List<string> Slugs()
    {
        using var index = VaultIndex.Open(Vault());
        return [.. index.Relationships().Select(r => r.Slug)];
    }

    private List<string> People()
    {
        using var index = VaultIndex.Open(Vault());
        return [.. index.Relationships().Select(r => r.Person)];
    }
}
