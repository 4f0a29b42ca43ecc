using System.Text;
using Rapport.Core.Notes;
using Rapport.Core.Documents;
using Rapport.Core.Text;
using Rapport.Core.Tracking;

namespace Rapport.Core.Tests.Text;

/// <summary>The managed SHA-256 against the platform's, whose digests (and so every derived action id) it must keep.</summary>
public sealed class Sha256Tests
{
    [Fact]
    public void Should_give_the_platform_digest_for_every_length_around_the_block_edges()
    {
        var random = new Random(19);
        // Every length from 0 to 300 covers the one- and two-block paddings (55, 56, 63, 64, 119, 120 bytes ...).
        for (int length = 0; length <= 300; length++)
            for (int round = 0; round < 4; round++)
            {
                var data = new byte[length];
                random.NextBytes(data);
                Sha256.HashData(data).ShouldBe(System.Security.Cryptography.SHA256.HashData(data), $"{length} bytes");
            }
    }

    [Fact]
    public void Should_give_the_platform_digest_for_large_and_known_inputs()
    {
        var random = new Random(8);
        foreach (int length in new[] { 1000, 4095, 4096, 65_537, 1_000_003 })
        {
            var data = new byte[length];
            random.NextBytes(data);
            Sha256.HashData(data).ShouldBe(System.Security.Cryptography.SHA256.HashData(data), $"{length} bytes");
        }
        // FIPS 180-4's example.
        Convert.ToHexStringLower(Sha256.HashData("abc"u8)).ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    [Fact]
    public void Should_derive_the_same_action_ids_as_the_platform_hash()
    {
        var random = new Random(1);
        string[] words = ["Send", "the", "Q3", "plan", "to", "Priya", "review", "café", "naïve", "日本語", "🚀", "  ", "#tag", "[[Link]]", "**bold**", "due", "2026-01-14"];
        for (int i = 0; i < 2000; i++)
        {
            string text = string.Join(' ', Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            foreach (var owner in new[] { ActionOwner.Me, ActionOwner.Them })
            {
                var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes((owner == ActionOwner.Me ? "me:" : "them:") + Wording.Key(text)));
                ActionId.Of(owner, text).ShouldBe(Expected(hash), text);
            }
        }
    }

    /// <summary>The id as ActionId derived it from the platform's SHA-256 before.</summary>
    private static string Expected(byte[] hash)
    {
        const string letters = "abcdefghjkmnpqrstuvwxyz", alphabet = letters + "23456789";
        var id = new StringBuilder().Append(letters[hash[0] % letters.Length]);
        for (int i = 1; i < ActionId.Length; i++) id.Append(alphabet[hash[i] % alphabet.Length]);
        return id.ToString();
    }
}
