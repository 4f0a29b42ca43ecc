using System.CommandLine;
using Rapport.Core;
using Rapport.Core.Sharing;
using Rapport.Core.Vaults;

namespace Rapport.Cli.Commands;

/// <summary><c>rapport share PERSON</c>: a secret link to the shared agenda of one 1:1, for the other person.</summary>
public static class ShareCommand
{
    public static Command Create(CommandContext context, GlobalOptions global)
    {
        var person = new Argument<string>("PERSON") { Description = "Whose 1:1 agenda to share" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Where rapport serve is reached (default: web: base-url: in the config, else http://127.0.0.1:5170)", HelpName = "URL" };
        var revoke = new Option<bool>("--revoke") { Description = "End the link instead" };
        var command = new Command("share", "Print a secret link that shows one 1:1's agenda and the other person's actions, nothing else") { person, baseUrl, revoke };
        command.SetAction(RapportCli.Guard(context, result =>
        {
            var given = result.GetValue(baseUrl) is { } text ? WebSettings.BaseUrlOf(text, "--base-url") : null;
            var vault = global.OpenVault(result, context);
            var url = given ?? vault.Config.Web.BaseUrl ?? new Uri("http://127.0.0.1:5170");
            var loaded = vault.People.Resolve(result.GetValue(person)!);
            string name = loaded.Document.Person ?? loaded.Slug;
            if (result.GetValue(revoke))
            {
                bool had = ShareLinks.Revoke(vault, loaded.Slug);
                context.Output.WriteLine(had ? $"ended the shared link for {name}" : $"{name} had no shared link");
                return 0;
            }
            bool replaced = ShareLinks.IsShared(vault, loaded.Slug);
            string token = ShareLinks.Create(vault, loaded.Slug);
            context.Output.WriteLine($"{url.GetLeftPart(UriPartial.Path).TrimEnd('/')}/s/{token}");
            if (replaced) context.Error.WriteLine($"the earlier link for {name} no longer works");
            return 0;
        }));
        return command;
    }
}
