namespace GraphExplorer.Cypher.Ast;

/// <summary>How a pattern part is matched: every match, or the shortest ones.</summary>
public enum PathFunction
{
    None,
    ShortestPath,
    AllShortestPaths,
}
