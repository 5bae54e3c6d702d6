namespace GraphExplorer.Cypher.Ast;

/// <summary>-[var:TYPE|OTHER *min..max {props}]-&gt;; Length null means exactly one hop.</summary>
public sealed record RelationshipPattern(string? Variable, IReadOnlyList<string> Types, RelationshipDirection Direction,
    Expr? Properties, VariableLength? Length, int Offset);
