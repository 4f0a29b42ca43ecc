using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Rapport.Core.Text;

/// <summary>
/// Strict UTF-8 decoding and encoding. Strictness is what makes round trips byte-identical:
/// a file that decodes without replacement characters encodes back to the same bytes.
/// </summary>
public static class TextCodec
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes a file's bytes; throws <see cref="RapportException"/> naming the line of the first bad byte.</summary>
    public static SourceText Decode(ReadOnlySpan<byte> bytes, string path)
    {
        bool hasBom = bytes.StartsWith(Bom);
        var body = hasBom ? bytes[3..] : bytes;
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, body.Length));
        try
        {
            var status = Utf8.ToUtf16(body, buffer, out int bytesRead, out int charsWritten, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                int line = 1 + body[..bytesRead].Count((byte)'\n');
                throw new RapportException(ErrorCode.InvalidFile, "not valid UTF-8 text (Rapport reads UTF-8 files only)", path, line);
            }
            return new SourceText(new string(buffer, 0, charsWritten), hasBom);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static byte[] Encode(SourceText text)
    {
        int count = Strict.GetByteCount(text.Text);
        var bytes = new byte[count + (text.HasBom ? 3 : 0)];
        int offset = 0;
        if (text.HasBom)
        {
            Bom.CopyTo(bytes, 0);
            offset = 3;
        }
        Strict.GetBytes(text.Text, 0, text.Text.Length, bytes, offset);
        return bytes;
    }
}
