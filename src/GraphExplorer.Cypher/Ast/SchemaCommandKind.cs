namespace GraphExplorer.Cypher.Ast;

/// <summary>The Neo4j 5 schema commands.</summary>
public enum SchemaCommandKind
{
    CreateIndex,
    CreateConstraint,
    DropIndex,
    DropConstraint,
    ShowIndexes,
    ShowConstraints,
}
