namespace Rapport.Core.Documents;

/// <summary>Who the other person is to the vault's owner.</summary>
public enum RelationshipKind
{
    /// <summary>My manager.</summary>
    Manager,

    /// <summary>Someone who reports to me.</summary>
    Direct,

    /// <summary>A skip-level: my manager's manager, or my report's report.</summary>
    Skip,

    Mentor,
    Mentee,
    Customer,
    Peer,
}
