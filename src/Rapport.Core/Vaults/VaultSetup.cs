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
}
