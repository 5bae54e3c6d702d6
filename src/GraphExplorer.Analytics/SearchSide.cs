using GraphExplorer.Graph.Values;

namespace GraphExplorer.Analytics;

/// <summary>One end of a bidirectional breadth-first search: the depth of every node reached, and the frontier.</summary>
internal sealed class SearchSide
{
    public SearchSide(Node start)
    {
        Depths[start.Id] = 0;
        Frontier = [start];
    }

    public Dictionary<long, int> Depths { get; } = new();

    /// <summary>The nodes of the last level reached: expanded next.</summary>
    public List<Node> Frontier { get; set; }

    /// <summary>How many levels were expanded: every relationship of a node nearer than this was read.</summary>
    public int Levels { get; set; }
}
