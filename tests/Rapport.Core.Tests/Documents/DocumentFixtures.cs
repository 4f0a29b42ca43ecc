using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Testing;

namespace Rapport.Core.Tests.Documents;

internal static class DocumentFixtures
{
    public static RunningDocument Parse(string text) => RunningDocumentParser.Parse(new SourceText(text), "doc.md");

    /// <summary>Reads a text in a vault whose owner is <paramref name="owner"/> (<c>owner:</c> in its config).</summary>
    public static RunningDocument ParseAs(string owner, string text, bool? dayFirst = null) =>
        RunningDocumentParser.Parse(new SourceText(text), "doc.md", dayFirst: dayFirst, myNames: NameRules.OwnNames(owner));

    /// <summary>Reads a fixture in a vault whose owner is <paramref name="owner"/>, or that names none (null).</summary>
    public static RunningDocument LoadAs(string? owner, params string[] parts)
    {
        string path = RepoPaths.Fixture(parts);
        return RunningDocumentParser.Parse(TextCodec.Decode(File.ReadAllBytes(path), path), path, myNames: NameRules.OwnNames(owner));
    }

    public static RunningDocument Load(params string[] parts)
    {
        string path = RepoPaths.Fixture(parts);
        return RunningDocumentParser.Parse(TextCodec.Decode(File.ReadAllBytes(path), path), path);
    }
}
