using Rapport.Core;

namespace Rapport.Cli.Rendering;

public static class Warnings
{
    /// <summary>Reading commands skip unreadable documents but say so, one line each, on standard error.</summary>
    public static void Unreadable(CommandContext context, IEnumerable<RapportException> errors)
    {
        foreach (var error in errors) context.Error.WriteLine($"warning: skipped {error.ToDisplayString()}");
    }
}
