namespace GraphExplorer.Graph.Storage;

/// <summary>
/// Optional capability of a reader: how many live nodes carry no label. The Cypher planner uses it to
/// answer an unlabelled lookup, (n {key: $v}), from the label indexes alone when it is zero.
/// </summary>
public interface ILabelStatistics
{
    long UnlabelledNodeCount { get; }
}
