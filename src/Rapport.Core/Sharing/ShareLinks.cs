using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Rapport.Core.Text;
using Rapport.Core.Vaults;

namespace Rapport.Core.Sharing;

/// <summary>
/// The secret links that show one relationship's shared agenda to the other person. Only a hash of
/// each token is kept, in <c>.rapport/shares.yml</c>, one relationship per line: a stolen vault copy
/// does not give the links away, and a new link for a relationship replaces the old one.
/// </summary>
public static partial class ShareLinks
{
    public const string FileName = "shares.yml";

    private const int TokenBytes = 32;

    public static string PathIn(Vault vault) => Path.Combine(vault.Root, Vault.SettingsFolder, FileName);

    /// <summary>Makes a new token for the relationship, ending any earlier link to it.</summary>
    /// <returns>The token: shown once, never stored.</returns>
    public static string Create(Vault vault, string slug)
    {
        string token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        Write(vault, lines =>
        {
            lines.RemoveAll(l => l.Slug == slug);
            lines.Add((slug, Hash(token)));
        });
        return token;
    }

    /// <summary>Ends the relationship's link.</summary>
    /// <returns>Whether there was one.</returns>
    public static bool Revoke(Vault vault, string slug)
    {
        bool had = false;
        Write(vault, lines => had = lines.RemoveAll(l => l.Slug == slug) > 0);
        return had;
    }

    /// <summary>Whether the relationship has a link.</summary>
    public static bool IsShared(Vault vault, string slug) => Read(vault).Lines.Any(l => l.Slug == slug);

    /// <summary>
    /// The relationship a token opens, or null. Every stored hash is compared in constant time, so
    /// the time taken says nothing about how close a guess came.
    /// </summary>
    public static string? Resolve(Vault vault, string token)
    {
        if (!TokenShape().IsMatch(token)) return null;
        var presented = Convert.FromHexString(Hash(token));
        string? found = null;
        foreach (var (slug, hash) in Read(vault).Lines)
        {
            if (CryptographicOperations.FixedTimeEquals(presented, Convert.FromHexString(hash))) found ??= slug;
        }
        return found;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static (List<(string Slug, string Hash)> Lines, byte[] Fingerprint, bool Exists) Read(Vault vault)
    {
        string path = PathIn(vault);
        if (!vault.Files.FileExists(path)) return ([], LoadedDocument.FingerprintOf([]), false);
        var bytes = vault.Files.ReadAllBytes(path);
        var lines = new List<(string, string)>();
        foreach (var line in Encoding.UTF8.GetString(bytes).Split('\n'))
        {
            if (Entry().Match(line.Trim()) is { Success: true } m) lines.Add((m.Groups["slug"].Value, m.Groups["hash"].Value));
        }
        return (lines, LoadedDocument.FingerprintOf(bytes), true);
    }

    private static void Write(Vault vault, Action<List<(string Slug, string Hash)>> change)
    {
        string path = PathIn(vault);
        var (lines, fingerprint, exists) = Read(vault);
        change(lines);
        var text = new StringBuilder()
            .Append("# Shared agenda links (rapport share PERSON; --revoke ends one). Only hashes of the tokens are kept.\n");
        foreach (var (slug, hash) in lines) text.Append(slug).Append(": ").Append(hash).Append('\n');
        if (exists) vault.Store.Save(path, fingerprint, new SourceText(text.ToString()));
        else vault.Store.Create(path, text.ToString());
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^(?<slug>[a-z0-9][a-z0-9-]*):\\s*(?<hash>[0-9a-f]{64})$")]
    private static partial Regex Entry();
}
