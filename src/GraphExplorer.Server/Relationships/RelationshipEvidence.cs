using GraphExplorer.Graph.Values;

namespace GraphExplorer.Server.Relationships;

/// <summary>The answer of <c>GET /api/relationships/{id}/evidence</c>.</summary>
public sealed record RelationshipEvidence(Relationship Relationship, Node Source, Node Target, IReadOnlyList<EvidenceItem> Evidence);
