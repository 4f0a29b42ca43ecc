using System.CommandLine;
using Rapport.Web;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport serve</c>: the local web app over the vault, on loopback.</summary>
public static class ServeCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var port = new Option<int>("--port") { Description = "Port to listen on", DefaultValueFactory = _ => 5170, HelpName = "PORT" };
        var host = new Option<string>("--host") { Description = "Loopback address to listen on", DefaultValueFactory = _ => "127.0.0.1", HelpName = "ADDRESS" };
        var command = new Command("serve", "Start the local web app (dashboard, people, prep) at http://127.0.0.1:5170") { port, host };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            if (result.GetValue(port) is < 1 or > 65535) throw new Core.RapportException(Core.ErrorCode.Usage, "--port is 1 to 65535");
            var vault = global.OpenVault(result, context);
            var app = RapportWebApp.Build(vault, new WebOptions(result.GetValue(host)!, result.GetValue(port)), context.Time);
            context.Output.WriteLine($"Rapport for {vault.Root} at http://{result.GetValue(host)}:{result.GetValue(port)}/ (Ctrl+C stops it)");
            app.Run();
            return 0;
        }));
        return command;
    }
}
