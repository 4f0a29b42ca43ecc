namespace Rapport.Core.Vaults;

/// <summary>What <c>rapport init</c> creates.</summary>
public static class VaultSetup
{
    /// <returns>The paths created, relative to the root.</returns>
    public static IReadOnlyList<string> Initialise(string root, VaultConfig config, IFileSystem files)
    {
        string configPath = Vault.ConfigPath(root);
        if (files.FileExists(configPath))
            throw new RapportException(ErrorCode.Conflict, $"already a vault: {configPath} exists");
        Check(config);
        var created = new List<string>();
        files.CreateDirectory(Path.Combine(root, Vault.SettingsFolder));
        files.WriteAllBytesAtomic(configPath, System.Text.Encoding.UTF8.GetBytes(config.ToYaml()));
        created.Add($"{Vault.SettingsFolder}/{Vault.ConfigFile}");

        string ignore = Path.Combine(root, Vault.SettingsFolder, ".gitignore");
        if (!files.FileExists(ignore))
        {
            // The index is derived from the files and rebuilt at will, and lock files are transient: keep them out of git.
            files.WriteAllBytesAtomic(ignore, "index.db*\ndrafts/\nlocks/\n"u8);
            created.Add($"{Vault.SettingsFolder}/.gitignore");
        }

        // The meeting frameworks and question bank, as files to edit.
        string templates = Path.Combine(root, Vault.SettingsFolder, Prep.FrameworkLibrary.TemplatesFolder);
        files.CreateDirectory(templates);
        foreach (var id in Prep.FrameworkLibrary.BuiltIn)
        {
            string path = Path.Combine(templates, id + ".md");
            if (files.FileExists(path)) continue;
            files.WriteAllBytesAtomic(path, System.Text.Encoding.UTF8.GetBytes(Prep.FrameworkLibrary.Default(id + ".md")!));
            created.Add($"{Vault.SettingsFolder}/{Prep.FrameworkLibrary.TemplatesFolder}/{id}.md");
        }
        string questions = Path.Combine(root, Vault.SettingsFolder, Prep.FrameworkLibrary.QuestionsFile);
        if (!files.FileExists(questions))
        {
            files.WriteAllBytesAtomic(questions, System.Text.Encoding.UTF8.GetBytes(Prep.FrameworkLibrary.Default(Prep.FrameworkLibrary.QuestionsFile)!));
            created.Add($"{Vault.SettingsFolder}/{Prep.FrameworkLibrary.QuestionsFile}");
        }

        var vault = Vault.Open(root, files);
        foreach (var dir in new[] { vault.RelationshipsDirectory, vault.ArchiveDirectory })
        {
            if (files.DirectoryExists(dir)) continue;
            files.CreateDirectory(dir);
            created.Add(vault.Display(dir) + "/");
        }
        return created;
    }

    /// <summary>
    /// Refuses settings that would make a vault that cannot be read, before anything is created: an owner's name that is
    /// empty or more than one line, and a relationships folder that is empty, absolute, leaves the vault or is Rapport's own.
    /// </summary>
    private static void Check(VaultConfig config)
    {
        if (config.Owner is { } owner && (owner.Trim().Length == 0 || owner.Any(char.IsControl)))
            throw new RapportException(ErrorCode.Usage, "--owner is your name, on one line: for example --owner \"Jordan Lee\"");
        string folder = config.RelationshipsFolder;
        if (folder.Trim().Length == 0 || folder.Any(char.IsControl))
            throw new RapportException(ErrorCode.Usage, "--relationships names a folder inside the vault, for example Career/1-on-1s");
        var parts = folder.Split('/', '\\');
        if (Path.IsPathRooted(folder) || parts.Contains(".."))
            throw new RapportException(ErrorCode.UnsafePath, $"--relationships '{folder}' is outside the vault; name a folder inside it, for example Career/1-on-1s");
        if (parts[0] == Vault.SettingsFolder || parts.All(p => p is "." or ""))
            throw new RapportException(ErrorCode.Usage, $"--relationships '{folder}' is Rapport's own folder or the vault itself; name a folder inside the vault, for example Career/1-on-1s");
    }
}
