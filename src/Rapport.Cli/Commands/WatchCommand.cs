using System.CommandLine;
using System.Runtime.InteropServices;
using Rapport.Core;
using Rapport.Index;

namespace Rapport.Cli.Commands;

/// <summary>
/// <c>rapport watch</c>: keeps the vault's index current from file-system events, in the
/// foreground until Ctrl+C, and answers the reading commands' "is it fresh?" on a socket only the
/// user can reach, so they do not walk the vault (docs/performance.md, "The watcher").
/// </summary>
public static class WatchCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var command = new Command("watch", "Keep the index current from file-system events, so reading commands need not look at every file (Ctrl+C stops it)");
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            using var stopped = new ManualResetEventSlim();
            void Stop(PosixSignalContext signal)
            {
                signal.Cancel = true;
                stopped.Set();
            }
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
            IndexWatcher watcher;
            try
            {
                watcher = IndexWatcher.Start(vault, line => context.Error.WriteLine(line), context.Time);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                throw new RapportException(ErrorCode.Io, $"cannot watch {vault.Root}: {ex.Message}");
            }
            using (watcher)
            {
                using var server = WatchSocket.Server.Listen(watcher, vault.Root, out string why)
                    ?? throw new RapportException(ErrorCode.Io, $"cannot answer for {vault.Root}: {why}");
                context.Output.WriteLine($"Watching {vault.Root}: {watcher.Last.Files} files indexed; answering at {server.SocketPath} (Ctrl+C stops it)");
                context.Output.Flush();
                stopped.Wait();
            }
            context.Output.WriteLine("Stopped watching.");
            return 0;
        }));
        return command;
    }
}
