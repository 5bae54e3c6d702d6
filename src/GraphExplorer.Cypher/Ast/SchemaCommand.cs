namespace GraphExplorer.Cypher.Ast;

/// <summary>CREATE/DROP INDEX/CONSTRAINT and SHOW INDEXES/CONSTRAINTS.</summary>
public sealed record SchemaCommand(SchemaCommandKind Kind, string? Name, bool IfExistsOption, string? Label, string? PropertyKey) : Statement;
