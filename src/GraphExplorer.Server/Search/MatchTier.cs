namespace GraphExplorer.Server.Search;

/// <summary>How well a name matched the query; lower ranks first.</summary>
public enum MatchTier
{
    Exact,
    Prefix,
    Fuzzy,
    Substring,
}
