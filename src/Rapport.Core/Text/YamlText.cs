using System.Text.RegularExpressions;

namespace Rapport.Core.Text;

/// <summary>Values Rapport writes into YAML (front matter, <c>config.yml</c>): quoted only when a YAML reader would misread them.</summary>
public static partial class YamlText
{
    /// <summary>
    /// <paramref name="value"/> as a YAML scalar: plain when YAML reads it back as that text, else double-quoted and
    /// escaped. Quoted: YAML's indicators and comments (<c>:</c>, <c>#</c>, quotes, brackets…), space at either end, a
    /// leading <c>-</c> or <c>?</c>, control characters, and words other readers (Obsidian's properties, YAML 1.1) take
    /// for something else: <c>null</c>, <c>~</c>, <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>, <c>true</c>,
    /// <c>false</c>, numbers and dates.
    /// </summary>
    public static string Scalar(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        bool plain = value.Length > 0
            && !value.Any(c => c is ':' or '#' or '"' or '\'' or '[' or ']' or '{' or '}' or ',' or '&' or '*' or '!' or '|' or '>' or '%' or '@' or '`' || char.IsControl(c))
            && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]) && value[0] != '-' && value[0] != '?'
            && !NotText().IsMatch(value);
        if (plain) return value;
        var quoted = new System.Text.StringBuilder("\"");
        foreach (char c in value)
        {
            quoted.Append(c switch
            {
                '\\' => @"\\",
                '"' => "\\\"",
                '\n' => @"\n",
                '\r' => @"\r",
                '\t' => @"\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }
        return quoted.Append('"').ToString();
    }

    /// <summary>What YAML 1.1 readers take for a null, a boolean, a number or a date rather than text.</summary>
    [GeneratedRegex(@"^(?:~|null|yes|no|y|n|on|off|true|false|[-+]?(?:\.?\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|0x[0-9a-f]+|0o?[0-7]+|\.inf|\.nan)|\d{4}-\d{1,2}-\d{1,2}.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotText();
}
