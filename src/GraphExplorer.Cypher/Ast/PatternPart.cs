namespace GraphExplorer.Cypher.Ast;

/// <summary>[path =] (a)-[r]-&gt;(b)...; Nodes has one more item than Relationships.</summary>
public sealed record PatternPart(string? PathVariable, IReadOnlyList<NodePattern> Nodes, IReadOnlyList<RelationshipPattern> Relationships,
    PathFunction Function, int Offset);
