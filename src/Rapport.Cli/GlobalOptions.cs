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

    public Core.Vaults.Vault OpenVault(ParseResult result, CommandContext context)
    {
        string root = VaultLocator.Locate(
            result.GetValue(Vault), context.Environment(VaultLocator.EnvironmentVariable), context.WorkingDirectory, context.Files);
        return Core.Vaults.Vault.Open(root, context.Files);
    }
}
