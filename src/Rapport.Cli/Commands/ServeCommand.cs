using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Vaults;
using Rapport.Web;
using Spectre.Console;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport serve</c>: the local web app over the vault, on loopback unless told otherwise.</summary>
public static class ServeCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5170, HelpName = "PORT" };
        var host = new Option<string>("--host") { Description = "Address to listen on (loopback unless --allow-remote)", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var remote = new Option<bool>("--allow-remote") { Description = "Listen beyond loopback; every owner page then needs the owner password" };
        var hostName = new Option<string[]>("--host-name")
        {
            Description = "With --allow-remote: a name the app is reached by (the Host header), besides web: hosts: in the config; repeatable",
            HelpName = "NAME",
            AllowMultipleArgumentsPerToken = false,
        };
        var setPassword = new Option<bool>("--set-password") { Description = "Set the owner password (read from standard input) and exit" };
        var command = new Command("serve", "Start the local web app (dashboard, people, prep, notes, review, search) at http://127.0.0.1:5170")
        {
            port, host, remote, hostName, setPassword,
        };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var vault = global.OpenVault(result, context);
            if (result.GetValue(setPassword))
            {
                string password = ReadPassword(context);
                VaultConfig.Set(vault, OwnerPassword.ConfigKey, OwnerPassword.Hash(password));
                context.Output.WriteLine($"owner password set in {vault.Display(Vault.ConfigPath(vault.Root))} (only its hash is kept)");
                return 0;
            }
            if (result.GetValue(port) is < 1 or > 65535) throw new RapportException(ErrorCode.Usage, "--port is 1 to 65535");
            var names = (result.GetValue(hostName) ?? []).Select(n => WebSettings.TryHostName(n)
                ?? throw new RapportException(ErrorCode.Usage, $"--host-name '{n}' is not a host name such as 1on1.example.com or 1on1.example.com:8443")).ToList();
            var options = new WebOptions(result.GetValue(host)!, result.GetValue(port), result.GetValue(remote)) { HostNames = names, Messages = context.Error };
            var app = RapportWebApp.Build(vault, options, context.Time);
            RapportWebApp.StartWatching(app);
            context.Output.WriteLine($"Rapport for {vault.Root} at {options.Url}{(options.AllowRemote ? " (owner password required)" : "")} (Ctrl+C stops it)");
            app.Run();
            return 0;
        }));
        return command;
    }

    /// <summary>The password: asked for without echo on a terminal, else the first line of standard input.</summary>
    private static string ReadPassword(CommandContext context)
    {
        if (!context.IsInputRedirected)
            return context.Console.Prompt(new TextPrompt<string>($"Owner password (at least {OwnerPassword.MinLength} characters):").Secret());
        return context.Input.ReadLine()?.TrimEnd('\r') ?? throw new RapportException(ErrorCode.Usage, "no password on standard input");
    }
}
