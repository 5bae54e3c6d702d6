namespace GraphExplorer.Server.Security;

public enum AdminAccess
{
    /// <summary>No admin key in the request.</summary>
    None,
    Granted,
    /// <summary>A key was given but it is not the configured one, or none is configured.</summary>
    Refused,
}
