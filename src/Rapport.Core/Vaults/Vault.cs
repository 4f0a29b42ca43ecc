namespace Rapport.Core.Vaults;

/// <summary>
/// A folder of running documents with its settings in <c>.rapport/</c>. Every path Rapport reads or
/// writes goes through <see cref="Resolve"/>, which refuses anything outside the root.
/// </summary>
public sealed class Vault
{
    public const string SettingsFolder = ".rapport";
    public const string ConfigFile = "config.yml";
    public const string ArchiveFolder = "archive";

    private Vault(string root, VaultConfig config, IFileSystem files)
    {
        Root = root;
        Config = config;
        Files = files;
    }

    /// <summary>Absolute path of the vault folder, without a trailing separator.</summary>
    public string Root { get; }

    public VaultConfig Config { get; }

    public IFileSystem Files { get; }

    /// <summary>Reads and writes documents, showing paths relative to the vault.</summary>
    public DocumentStore Store => _store ??= new DocumentStore(Files, Display, IsReallyInside) { DayFirst = Config.DayFirst, MyNames = Config.MyNames };

    /// <summary>The relationships in this vault, loaded once on first use.</summary>
    public People People => _people ??= new People(this, Store);

    private DocumentStore? _store;
    private People? _people;

    public string RelationshipsDirectory => Resolve(Config.RelationshipsFolder);

    public string ArchiveDirectory => Path.Combine(RelationshipsDirectory, ArchiveFolder);

    public static string ConfigPath(string root) => Path.Combine(root, SettingsFolder, ConfigFile);

    /// <summary>Opens the vault at <paramref name="root"/>; a vault with no settings file uses the defaults.</summary>
    public static Vault Open(string root, IFileSystem files)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!files.DirectoryExists(full))
            throw new RapportException(ErrorCode.NoVault, $"vault folder '{root}' does not exist");
        string configPath = ConfigPath(full);
        var config = files.FileExists(configPath)
            ? VaultConfig.Parse(System.Text.Encoding.UTF8.GetString(files.ReadAllBytes(configPath)), Path.Combine(SettingsFolder, ConfigFile))
            : new VaultConfig();
        var vault = new Vault(full, config, files);
        _ = vault.RelationshipsDirectory; // a relationships folder outside the vault is refused up front
        return vault;
    }

    /// <summary>Files of running documents: the Markdown files directly in the relationships folder, sorted.</summary>
    public IReadOnlyList<string> RelationshipFiles() =>
        Files.EnumerateFiles(RelationshipsDirectory, "*.md", recursive: false)
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Folders of meeting notes, one person each: the folders directly in the relationships folder that
    /// hold Markdown files, except the archive, the raw notes Rapport keeps and hidden folders. Sorted.
    /// </summary>
    public IReadOnlyList<string> RelationshipFolders()
    {
        string root = RelationshipsDirectory;
        if (!Files.DirectoryExists(root)) return [];
        var skip = new HashSet<string>(StringComparer.Ordinal) { ArchiveFolder, Notes.NotesProcessor.NotesFolder };
        // Each folder is asked whether it holds a Markdown file, not every file below the relationships folder listed:
        // the archive alone holds 40,000 files on the 2,000 × 5 vault (49 ms of CPU for status and prep).
        return Files.EnumerateDirectories(root)
            .Where(dir => Path.GetFileName(dir) is { } name && !skip.Contains(name) && !name.StartsWith('.') && Files.EnumerateFiles(dir, "*.md", recursive: false).Any())
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The path for a person's running document, by slug.</summary>
    public string RelationshipPath(string slug) => Resolve(Path.Combine(Config.RelationshipsFolder, slug + ".md"));

    /// <summary>Resolves a vault-relative path, refusing any that escape the vault.</summary>
    public string Resolve(string relative)
    {
        if (relative.Contains('\0'))
            throw new RapportException(ErrorCode.UnsafePath, "path contains a NUL character");
        string full = Path.GetFullPath(Path.Combine(Root, relative));
        if (!IsInside(full))
            throw new RapportException(ErrorCode.UnsafePath, $"'{relative}' is outside the vault");
        return full;
    }

    /// <summary>Whether the path stays inside the vault once symbolic links along it are followed.</summary>
    public bool IsReallyInside(string fullPath)
    {
        _realRoot ??= Path.TrimEndingDirectorySeparator(Files.RealPath(Root));
        string real = Files.RealPath(fullPath);
        return real == _realRoot || real.StartsWith(_realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    private string? _realRoot;

    public bool IsInside(string fullPath) =>
        fullPath == Root || fullPath.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>
    /// Whether <paramref name="fullPath"/> is one of the files the vault keeps: its settings and index (<c>.rapport/</c>), a
    /// running document, archive or note in the relationships folder, <c>BACKLOG.md</c> or the wins log. A file written on
    /// request (a review packet, a calendar) must never replace one.
    /// </summary>
    public bool Keeps(string fullPath)
    {
        string full = Path.GetFullPath(fullPath);
        bool Under(string folder) => full.StartsWith(Path.GetFullPath(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return Under(Path.Combine(Root, SettingsFolder))
            || Under(RelationshipsDirectory) && full.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            || full == Path.GetFullPath(BacklogFile.PathIn(this))
            || full == Path.GetFullPath(Tracking.WinsLog.PathIn(this));
    }

    /// <summary>The path as shown to the user: relative to the vault, with '/' separators.</summary>
    public string Display(string fullPath) =>
        IsInside(fullPath) ? Path.GetRelativePath(Root, fullPath).Replace('\\', '/') : fullPath;
}
