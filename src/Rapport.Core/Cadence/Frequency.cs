namespace Rapport.Core.Cadence;

/// <summary>How often a relationship's 1:1 happens.</summary>
public enum Frequency
{
    Weekly,
    Biweekly,
    Monthly,
}
