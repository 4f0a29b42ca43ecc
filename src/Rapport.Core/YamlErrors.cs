using YamlDotNet.Core;

namespace Rapport.Core;

internal static class YamlErrors
{
    /// <summary>YamlDotNet's message without its "(Line: 1, Col: 2, Idx: 3) - (…): " prefix, on one line.</summary>
    public static string Describe(YamlException ex)
    {
        string message = ex.Message;
        int prefix = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith('(') && prefix >= 0) message = message[(prefix + 3)..];
        return message.ReplaceLineEndings(" ").Trim();
    }
}
