namespace GraphExplorer.Cypher.Tck.Values;

/// <summary>One hop of a <see cref="PathLiteral"/>; <see cref="Forward"/> when written <c>-[..]-&gt;</c>.</summary>
public sealed record PathLiteralStep(RelationshipLiteral Relationship, bool Forward, NodeLiteral Node);
