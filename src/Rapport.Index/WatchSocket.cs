using System.Net.Sockets;
using System.Text;

namespace Rapport.Index;

/// <summary>
/// How a reading command asks a running watcher (<see cref="IndexWatcher"/>) whether the index is
/// fresh: a Unix domain socket in a folder only the user can enter (mode 0700; under
/// <c>$XDG_RUNTIME_DIR</c>, else the temporary folder), named from the vault's full path. The
/// request names the protocol, this build and the vault; the answer is one word, <c>fresh</c> or
/// <c>no</c>, and nothing else from the socket is used. No socket, a socket nobody listens on (a
/// killed watcher's), a slow answer or any other answer: the command walks as it would without.
/// </summary>
public static class WatchSocket
{
    /// <summary>How long a reading command waits for the watcher's answer before it walks itself.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private const string Protocol = "rapport-watch 1";

    /// <summary>The longest path a Unix domain socket address holds (108 bytes with the ending zero).</summary>
    private const int MaxPath = 107;

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>This build: a watcher of another version (or index schema) is not asked.</summary>
    public static string Build { get; } = $"{Schema.Version}/{BuildVersion.Informational}";

    /// <summary>
    /// The socket's path for a vault, or null when there is none to use: no folder only the user can
    /// enter, or a path past the 108-byte limit. <paramref name="folder"/> is where the sockets live
    /// (by default <see cref="Folder"/>); with <paramref name="create"/> it is made, mode 0700.
    /// </summary>
    public static string? PathFor(string vaultRoot, string? folder = null, bool create = false)
    {
        folder ??= Folder();
        if (OperatingSystem.IsWindows()) return null;
        try
        {
            if (create && !Directory.Exists(folder)) Directory.CreateDirectory(folder, OwnerOnly);
            // Someone else's folder, a link, or one others can enter: not used (another user could answer in the watcher's name).
            var info = new DirectoryInfo(folder);
            if (!info.Exists || info.LinkTarget is not null || info.UnixFileMode != OwnerOnly) return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        string path = Path.Combine(folder, NameOf(Path.GetFullPath(vaultRoot)));
        return Encoding.UTF8.GetByteCount(path) <= MaxPath ? path : null;
    }

    /// <summary>
    /// The socket's name for a vault's full path: 96 bits of two FNV-1a hashes. Not a secret and not a
    /// check (the watcher compares the vault each request names, and answers only for its own), so a hash
    /// that needs no OpenSSL: SHA-256 here loaded libcrypto into every reading command, about 200 page faults.
    /// </summary>
    private static string NameOf(string fullPath)
    {
        ulong a = 14695981039346656037, b = 0x6c62272e07bb0142;
        foreach (byte x in Encoding.UTF8.GetBytes(fullPath))
        {
            a = (a ^ x) * 1099511628211;
            b = (b ^ x) * 0x100000001b3 + 0x9e3779b97f4a7c15;
        }
        return $"{a:x16}{(uint)(b >> 32):x8}.sock";
    }

    /// <summary>The folder of the sockets: <c>$XDG_RUNTIME_DIR/rapport</c> (a folder of the user's own), else <c>rapport-USER</c> in the temporary folder; the shorter when the first is too long for a socket.</summary>
    public static string Folder()
    {
        // The user's name (a passwd lookup through nsswitch) only when it is needed.
        return Environment.GetEnvironmentVariable("XDG_RUNTIME_DIR") is { Length: > 0 } runtime && Path.IsPathFullyQualified(runtime)
            && Encoding.UTF8.GetByteCount(runtime) + 50 <= MaxPath
            ? Path.Combine(runtime, "rapport")
            : Path.Combine(Path.GetTempPath(), $"rapport-{Environment.UserName}");
    }

    /// <summary>
    /// True when a watcher of this build for this vault answered that every change made so far is in
    /// the index; false when there is none, it is of another version or vault, or it did not answer in time.
    /// </summary>
    public static bool AskFresh(string vaultRoot, string? folder = null)
    {
        if (PathFor(vaultRoot, folder) is not { } path || !File.Exists(path)) return false;
        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.SendTimeout = socket.ReceiveTimeout = (int)Timeout.TotalMilliseconds;
            socket.Connect(new UnixDomainSocketEndPoint(path));
            socket.Send(Encoding.UTF8.GetBytes(Request(vaultRoot)));
            return ReadLine(socket) == "fresh";
        }
        catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
        {
            return false;
        }
    }

    private static string Request(string vaultRoot) => $"{Protocol} {Build} {Path.GetFullPath(vaultRoot)}\n";

    /// <summary>One line of at most 4 KB, or null.</summary>
    private static string? ReadLine(Socket socket)
    {
        var buffer = new byte[4096];
        int length = 0;
        while (length < buffer.Length)
        {
            int read = socket.Receive(buffer, length, buffer.Length - length, SocketFlags.None);
            if (read == 0) return null;
            int end = Array.IndexOf(buffer, (byte)'\n', length, read);
            length += read;
            if (end >= 0) return Encoding.UTF8.GetString(buffer, 0, end);
        }
        return null;
    }

    /// <summary>
    /// Answers reading commands for <paramref name="watcher"/>'s vault on its socket until disposed.
    /// A socket file left by a watcher that was killed (nobody listens) is replaced; one that answers
    /// belongs to a running watcher, and this one does not listen (<see cref="Listen"/> returns null).
    /// </summary>
    public sealed class Server : IDisposable
    {
        private readonly Socket _socket;
        private readonly IndexWatcher _watcher;
        private readonly string _expected;
        private readonly Thread _accept;
        private volatile bool _stopped;

        private Server(Socket socket, IndexWatcher watcher, string vaultRoot, string path)
        {
            _socket = socket;
            _watcher = watcher;
            _expected = Request(vaultRoot).TrimEnd('\n');
            SocketPath = path;
            _accept = new Thread(Accept) { IsBackground = true, Name = "rapport watch socket" };
            _accept.Start();
        }

        /// <summary>Where it listens.</summary>
        public string SocketPath { get; }

        /// <summary>The server, or null with the reason in <paramref name="why"/>.</summary>
        public static Server? Listen(IndexWatcher watcher, string vaultRoot, out string why, string? folder = null)
        {
            if (PathFor(vaultRoot, folder, create: true) is not { } path)
            {
                why = $"no socket: {folder ?? Folder()} is not a folder only you can enter (mode 0700), or the path is too long";
                return null;
            }
            if (File.Exists(path))
            {
                if (Answers(path))
                {
                    why = $"another watcher already answers for this vault at {path}";
                    return null;
                }
                File.Delete(path); // left by a watcher that was killed
            }
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                socket.Bind(new UnixDomainSocketEndPoint(path));
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                socket.Listen(16);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                why = $"cannot listen at {path} ({ex.Message})";
                return null;
            }
            why = "";
            return new Server(socket, watcher, vaultRoot, path);
        }

        /// <summary>Whether something listens at the path (a connection is accepted).</summary>
        private static bool Answers(string path)
        {
            try
            {
                using var probe = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                probe.Connect(new UnixDomainSocketEndPoint(path));
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }

        private void Accept()
        {
            while (!_stopped)
            {
                Socket client;
                try
                {
                    client = _socket.Accept();
                }
                catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
                {
                    if (_stopped) return;
                    continue;
                }
                ThreadPool.QueueUserWorkItem(_ => Answer(client));
            }
        }

        private void Answer(Socket client)
        {
            using (client)
            {
                try
                {
                    client.SendTimeout = client.ReceiveTimeout = (int)Timeout.TotalMilliseconds;
                    bool mine = ReadLine(client) == _expected;
                    if (mine) _watcher.Fresh();
                    client.Send(Encoding.UTF8.GetBytes(mine ? "fresh\n" : "no\n"));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    // The asker walks on its own when it gets no answer.
                }
            }
        }

        public void Dispose()
        {
            _stopped = true;
            try
            {
                File.Delete(SocketPath);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
            }
            _socket.Dispose();
            _accept.Join(TimeSpan.FromSeconds(2));
        }
    }
}
