using System.Security.Cryptography;
using System.Text;

namespace Rapport.Core.Vaults;

/// <summary>
/// The password that guards the web app when it listens beyond loopback. Kept in
/// <c>.rapport/config.yml</c> as <c>web-password: pbkdf2-sha256$ITERATIONS$SALT$HASH</c>, never in
/// clear; checked in constant time.
/// </summary>
public static class OwnerPassword
{
    public const string ConfigKey = "web-password";
    public const int MinLength = 10;
    private const string Scheme = "pbkdf2-sha256";
    private const int Iterations = 210_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password)
    {
        if (password.Length < MinLength)
            throw new RapportException(ErrorCode.Usage, $"the password is too short: use at least {MinLength} characters");
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    /// <summary>Whether <paramref name="password"/> is the one <paramref name="stored"/> was made from; a malformed hash matches nothing.</summary>
    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Scheme || !int.TryParse(parts[1], out int iterations) || iterations is < 10_000 or > 10_000_000) return false;
        try
        {
            var salt = Convert.FromBase64String(parts[2]);
            var expected = Convert.FromBase64String(parts[3]);
            var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
            return CryptographicOperations.FixedTimeEquals(actual, expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Whether a stored value has the shape of a hash this class writes.</summary>
    public static bool IsHash(string stored) => stored.StartsWith(Scheme + "$", StringComparison.Ordinal) && stored.Split('$').Length == 4;
}
