namespace Rapport.Core.Notes;

/// <summary>The ways notes refer to the other person: full name, first or last name, initials.</summary>
public sealed class PersonNames
{
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);

    public PersonNames(string fullName)
    {
        FullName = fullName.Trim();
        var parts = FullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return;
        _names.Add(FullName);
        _names.Add(parts[0]);
        if (parts.Length > 1)
        {
            _names.Add(parts[^1]);
            // Only words that start with a letter make initials: "Sam Ortiz (old)" is "SO".
            var letters = parts.Where(p => char.IsLetter(p[0])).Select(p => char.ToUpperInvariant(p[0])).ToList();
            if (letters.Count > 1) Initials = string.Concat(letters);
        }
        FirstName = parts[0];
    }

    public string FullName { get; }

    public string FirstName { get; } = "";

    /// <summary>"LF" for Lena Fischer; initials are matched case-sensitively so "hs" in prose is not a name.</summary>
    public string? Initials { get; }

    public bool IsName(string text)
    {
        string t = text.Trim().Trim('@', '[', ']', '(', ')', '*', '_');
        return t.Length > 0 && (_names.Contains(t) || Initials is not null && t == Initials);
    }

    /// <summary>A regex alternation of every name form, longest first.</summary>
    public string Pattern => string.Join('|', _names.OrderByDescending(n => n.Length).Select(System.Text.RegularExpressions.Regex.Escape)
        .Concat(Initials is null ? [] : [$"(?-i:{System.Text.RegularExpressions.Regex.Escape(Initials)})"]));
}
