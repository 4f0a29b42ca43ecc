using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Testing;

namespace Rapport.Core.Tests.Documents;

internal static class DocumentFixtures
{
    public static RunningDocument Parse(string text) => RunningDocumentParser.Parse(new SourceText(text), "doc.md");

    public static RunningDocument Load(params string[] parts)
    {
        string path = RepoPaths.Fixture(parts);
        return RunningDocumentParser.Parse(TextCodec.Decode(File.ReadAllBytes(path), path), path);
    }
}
