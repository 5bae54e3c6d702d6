using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>The Neo4j 5 schema commands: CREATE/DROP INDEX and CONSTRAINT, SHOW INDEXES/CONSTRAINTS.</summary>
public sealed partial class Parser
{
    private SchemaCommand ParseSchemaCreate()
    {
        _index++;
        var isIndex = AcceptKeyword("INDEX");
        if (!isIndex) ExpectKeyword("CONSTRAINT");
        string? name = null;
        if (!Current.IsKeyword("FOR") && !(Current.IsKeyword("IF") && Peek().IsKeyword("NOT"))) name = Name();
        var ifNotExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("NOT");
            ExpectKeyword("EXISTS");
            ifNotExists = true;
        }
        ExpectKeyword("FOR");
        Expect("(");
        var variable = Name();
        Expect(":");
        var label = Name();
        Expect(")");
        string key;
        if (isIndex)
        {
            ExpectKeyword("ON");
            Expect("(");
            key = ParsePropertyOf(variable);
            Expect(")");
        }
        else
        {
            if (!AcceptKeyword("REQUIRE")) ExpectKeyword("ASSERT");
            key = ParsePropertyOf(variable);
            ExpectKeyword("IS");
            ExpectKeyword("UNIQUE");
        }
        return new SchemaCommand(isIndex ? SchemaCommandKind.CreateIndex : SchemaCommandKind.CreateConstraint, name, ifNotExists, label, key);
    }

    private string ParsePropertyOf(string variable)
    {
        var offset = Current.Offset;
        if (Name() != variable) throw SyntaxErrors.At(_text, offset, $"Expected the variable {variable}");
        Expect(".");
        return Name();
    }

    private SchemaCommand ParseSchemaDrop()
    {
        _index++;
        var isIndex = AcceptKeyword("INDEX");
        if (!isIndex) ExpectKeyword("CONSTRAINT");
        var name = Name();
        var ifExists = false;
        if (AcceptKeyword("IF"))
        {
            ExpectKeyword("EXISTS");
            ifExists = true;
        }
        return new SchemaCommand(isIndex ? SchemaCommandKind.DropIndex : SchemaCommandKind.DropConstraint, name, ifExists, null, null);
    }

    private SchemaCommand ParseSchemaShow()
    {
        _index++;
        AcceptKeyword("ALL");
        SchemaCommandKind kind;
        if (AcceptKeyword("INDEX") || AcceptKeyword("INDEXES")) kind = SchemaCommandKind.ShowIndexes;
        else if (AcceptKeyword("CONSTRAINT") || AcceptKeyword("CONSTRAINTS")) kind = SchemaCommandKind.ShowConstraints;
        else throw Unexpected("INDEXES or CONSTRAINTS");
        return new SchemaCommand(kind, null, false, null, null);
    }
}
