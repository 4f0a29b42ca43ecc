using Rapport.Core;

namespace Rapport.Cli.Rendering;

public static class Warnings
{
    /// <summary>What reading commands say in a vault with no relationships yet.</summary>
    public static string NoRelationshipsYet(Rapport.Core.Vaults.Vault vault) =>
        $"no relationships in {vault.Config.RelationshipsFolder} yet; add one with: rapport add \"Alex Kim\" --kind direct";

    /// <summary>What reading a document found wrong in it, one <c>warning: file:line: message</c> line each on standard error (show, prep).</summary>
    public static void Problems(CommandContext context, Rapport.Core.Vaults.LoadedDocument loaded, string shown)
    {
        foreach (var problem in loaded.Document.Problems)
            context.Error.WriteLine($"warning: {problem.Describe(shown)}");
    }

    /// <summary>Reading commands skip unreadable documents but say so, one line each, on standard error.</summary>
    public static void Unreadable(CommandContext context, IEnumerable<RapportException> errors)
    {
        foreach (var error in errors) context.Error.WriteLine($"warning: skipped {error.ToDisplayString()}");
    }
}
