using System.Buffers.Binary;
using System.Text;

namespace Rapport.Index;

public sealed partial class VaultIndex
{
    /// <summary>
    /// The index's stamps of every file in one blob (the <c>stamps</c> table's one row), so that a
    /// sync that finds nothing changed reads one value, not a row per file: for each file its id,
    /// modified time and size (8 bytes each, little-endian), then its vault-relative path (a 4-byte
    /// length and UTF-8). Written by each sync that changes anything, in its transaction.
    /// </summary>
    private static class StampsBlob
    {
        private const int Fixed = 3 * sizeof(long) + sizeof(int);

        public static byte[] Write(Dictionary<string, Known> known)
        {
            int total = 0;
            foreach (var path in known.Keys) total += Fixed + Encoding.UTF8.GetByteCount(path);
            var blob = new byte[total];
            var rest = blob.AsSpan();
            foreach (var (path, row) in known)
            {
                BinaryPrimitives.WriteInt64LittleEndian(rest, row.Id);
                BinaryPrimitives.WriteInt64LittleEndian(rest[8..], row.Mtime);
                BinaryPrimitives.WriteInt64LittleEndian(rest[16..], row.Size);
                int length = Encoding.UTF8.GetBytes(path, rest[Fixed..]);
                BinaryPrimitives.WriteInt32LittleEndian(rest[24..], length);
                rest = rest[(Fixed + length)..];
            }
            return blob;
        }

        /// <summary>The stamps, or null when the blob is not exactly <paramref name="count"/> well-formed ones.</summary>
        public static Dictionary<string, Known>? Read(byte[] blob, long count)
        {
            var known = new Dictionary<string, Known>((int)Math.Min(count, 1 << 24), StringComparer.Ordinal);
            var rest = blob.AsSpan();
            while (rest.Length > 0)
            {
                if (rest.Length < Fixed) return null;
                int length = BinaryPrimitives.ReadInt32LittleEndian(rest[24..]);
                if (length < 0 || length > rest.Length - Fixed) return null;
                var row = new Known(BinaryPrimitives.ReadInt64LittleEndian(rest), BinaryPrimitives.ReadInt64LittleEndian(rest[8..]), BinaryPrimitives.ReadInt64LittleEndian(rest[16..]));
                if (!known.TryAdd(Encoding.UTF8.GetString(rest.Slice(Fixed, length)), row)) return null;
                rest = rest[(Fixed + length)..];
            }
            return known.Count == count ? known : null;
        }
    }
}
