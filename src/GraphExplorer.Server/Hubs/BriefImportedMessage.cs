using GraphExplorer.Graph.Values;
using GraphExplorer.Server.Graph;

namespace GraphExplorer.Server.Hubs;

/// <summary>What <c>briefImported</c> carries: the brief and the entities and relations it added or changed.</summary>
public sealed record BriefImportedMessage(BriefReference Brief, IReadOnlyList<Node> Nodes, IReadOnlyList<Relationship> Relationships);
