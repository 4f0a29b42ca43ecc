using System.CommandLine;
using Rapport.Core.Text;
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

    /// <summary>
    /// A date typed for <paramref name="what"/>, read as <see cref="DateArgument"/> reads it: from today, at the given edge of
    /// a span, looking back or ahead, and with the vault's <c>dates:</c> setting for numeric dates when there is a vault.
    /// </summary>
    public DateOnly ReadDate(ParseResult result, CommandContext context, string text, string what,
        DateArgument.Edge edge = DateArgument.Edge.Start, DateArgument.Lean lean = DateArgument.Lean.Back) =>
        DateArgument.Parse(text, what, new DateArgument.Reading(context.Today, edge, lean, DayFirst(result, context)));

    /// <summary>The vault's <c>dates:</c> setting, or null when there is no vault here (<c>extract</c> needs none) or it says nothing.</summary>
    private bool? DayFirst(ParseResult result, CommandContext context)
    {
        try
        {
            string root = VaultLocator.Locate(result.GetValue(Vault), context.Environment(VaultLocator.EnvironmentVariable), context.WorkingDirectory, context.Files);
            return Core.Vaults.Vault.Open(root, context.Files).Config.DayFirst;
        }
        catch (Core.RapportException)
        {
            return null;
        }
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
