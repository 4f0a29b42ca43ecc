namespace Rapport.Testing;

/// <summary>A scratch folder removed on dispose; <see cref="CopyFrom"/> seeds it with a fixture vault.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "rapport-tests", Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public static TempDirectory CopyFrom(string source)
    {
        var temp = new TempDirectory();
        Copy(source, temp.Path);
        return temp;
    }

    public string File(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public string Write(string relative, string content)
    {
        string full = File(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void Copy(string source, string target)
    {
        Directory.CreateDirectory(target);
        // A derived index (.rapport/index.db*) that reading the fixture in place left behind is not part of it.
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !System.IO.Path.GetFileName(f).StartsWith("index.db", StringComparison.Ordinal)))
            System.IO.File.Copy(file, System.IO.Path.Combine(target, System.IO.Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(source))
            Copy(dir, System.IO.Path.Combine(target, System.IO.Path.GetFileName(dir)));
    }
}
