using System.CommandLine;
using Rapport.Core.Vaults;

namespace Rapport.Cli;

/// <summary>Options every command accepts.</summary>
public sealed class GlobalOptions
{
    public Option<string?> Vault { get; } = new("--vault")
    {
        Description = $"The vault folder (default: ${VaultLocator.EnvironmentVariable}, else the nearest folder above holding .rapport/)",
        Recursive = true,
        HelpName = "DIR",
    };

    public Option<string?> Today { get; } = new("--today")
    {
        Description = $"Take this day as today, for every date a command works out (default: ${Core.PinnedDay.EnvironmentVariable}, else the system clock)",
        Recursive = true,
        HelpName = "YYYY-MM-DD",
    };

    /// <summary>Pins the context's clock to <c>--today</c>, else <c>RAPPORT_TODAY</c>, when either is given.</summary>
    public void ApplyToday(ParseResult result, CommandContext context)
    {
        if (result.GetValue(Today) is { Length: > 0 } option) context.PinToday(Core.Text.IsoDate.ParseArgument(option, "--today"));
        else if (context.Environment(Core.PinnedDay.EnvironmentVariable) is { Length: > 0 } variable)
            context.PinToday(Core.Text.IsoDate.ParseArgument(variable, Core.PinnedDay.EnvironmentVariable));
    }

    public Core.Vaults.Vault OpenVault(ParseResult result, CommandContext context)
    {
        string root = VaultLocator.Locate(
            result.GetValue(Vault), context.Environment(VaultLocator.EnvironmentVariable), context.WorkingDirectory, context.Files);
        var vault = Core.Vaults.Vault.Open(root, context.Files);
        vault.Store.Warn = warning => context.Error.WriteLine($"warning: {warning}");
        vault.Store.Today = context.Today;
        return vault;
    }
}
