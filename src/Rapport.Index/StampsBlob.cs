using System.Buffers.Binary;
using System.Text;
using Rapport.Core.Vaults;

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

        /// <summary>
        /// Whether the blob holds exactly the walked files with the same stamps (the no-change sync's
        /// question), without a string per stored path: paths are compared as the blob's UTF-8 bytes.
        /// Null when the blob is not <paramref name="count"/> well-formed stamps.
        /// </summary>
        public static bool? Matches(byte[] blob, long count, List<FileStamp> files, Func<string, ReadOnlySpan<char>> relative)
        {
            if (count != files.Count) return false;
            var stored = new Dictionary<Slice, (long Mtime, long Size)>((int)Math.Min(count, 1 << 24), new SliceComparer(blob));
            var rest = blob.AsSpan();
            while (rest.Length > 0)
            {
                if (rest.Length < Fixed) return null;
                int length = BinaryPrimitives.ReadInt32LittleEndian(rest[24..]);
                if (length < 0 || length > rest.Length - Fixed) return null;
                int offset = blob.Length - rest.Length + Fixed;
                if (!stored.TryAdd(new Slice(offset, length, SliceComparer.Hash(rest.Slice(Fixed, length))),
                        (BinaryPrimitives.ReadInt64LittleEndian(rest[8..]), BinaryPrimitives.ReadInt64LittleEndian(rest[16..])))) return null;
                rest = rest[(Fixed + length)..];
            }
            if (stored.Count != count) return null;
            var lookup = stored.GetAlternateLookup<ReadOnlySpan<byte>>();
            byte[] name = new byte[1024];
            foreach (var file in files)
            {
                var path = relative(file.Path);
                int most = Encoding.UTF8.GetMaxByteCount(path.Length);
                if (name.Length < most) name = new byte[most];
                int length = Encoding.UTF8.GetBytes(path, name);
                if (!lookup.TryGetValue(name.AsSpan(0, length), out var stamp) || stamp.Mtime != file.ModifiedTicks || stamp.Size != file.Length) return false;
            }
            return true;
        }

        /// <summary>A path in the blob: where its UTF-8 bytes are, and their hash.</summary>
        private readonly record struct Slice(int Offset, int Length, int Hash);

        /// <summary>Compares paths in the blob with each other and with UTF-8 bytes, so a look-up needs no string.</summary>
        private sealed class SliceComparer(byte[] blob) : IEqualityComparer<Slice>, IAlternateEqualityComparer<ReadOnlySpan<byte>, Slice>
        {
            public static int Hash(ReadOnlySpan<byte> bytes)
            {
                var hash = new HashCode();
                hash.AddBytes(bytes);
                return hash.ToHashCode();
            }

            public bool Equals(Slice x, Slice y) => x.Hash == y.Hash && blob.AsSpan(x.Offset, x.Length).SequenceEqual(blob.AsSpan(y.Offset, y.Length));

            public int GetHashCode(Slice slice) => slice.Hash;

            public bool Equals(ReadOnlySpan<byte> alternate, Slice other) => blob.AsSpan(other.Offset, other.Length).SequenceEqual(alternate);

            public int GetHashCode(ReadOnlySpan<byte> alternate) => Hash(alternate);

            public Slice Create(ReadOnlySpan<byte> alternate) => throw new NotSupportedException("the stored paths are only looked up");
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
