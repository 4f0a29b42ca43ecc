using System.Globalization;
using System.Text;

namespace Rapport.Core.Calendar;

/// <summary>
/// RFC 5545 content lines: TEXT values escaped, lines folded at 75 octets (never inside a UTF-8
/// sequence) and ended with CRLF.
/// </summary>
public sealed class ICalendarText
{
    private readonly StringBuilder _text = new();

    public ICalendarText Line(string name, string value)
    {
        Fold($"{name}:{value}");
        return this;
    }

    /// <summary>A TEXT property: backslash, semicolon, comma and newline escaped.</summary>
    public ICalendarText Text(string name, string value) => Line(name, Escape(value));

    public static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace(";", "\\;", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal).Replace("\r\n", "\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    public static string Local(DateTime time) => time.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public override string ToString() => _text.ToString();

    /// <summary>Writes a content line, folding it into lines of at most 75 octets; continuation lines start with a space.</summary>
    private void Fold(string line)
    {
        int octets = 0, limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            int size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 1;
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
    }
}
