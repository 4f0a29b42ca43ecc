namespace Rapport.Core.Documents;

/// <summary>Whose commitment an action item is: the vault owner's, or the other person's.</summary>
public enum ActionOwner
{
    Me,
    Them,
}
