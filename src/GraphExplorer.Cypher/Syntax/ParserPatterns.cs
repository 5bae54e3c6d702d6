using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Patterns: node and relationship patterns, named paths, shortestPath.</summary>
public sealed partial class Parser
{
    private List<PatternPart> ParsePatternList()
    {
        var list = new List<PatternPart>();
        do
        {
            list.Add(ParsePatternPart());
        } while (Accept(","));
        return list;
    }

    private PatternPart ParsePatternPart()
    {
        var offset = Current.Offset;
        string? pathVariable = null;
        if (AtName && Peek().IsSymbol("="))
        {
            pathVariable = Name();
            _index++;
        }
        var function = PathFunction.None;
        if (Current.IsKeyword("shortestPath") && Peek().IsSymbol("(")) function = PathFunction.ShortestPath;
        else if (Current.IsKeyword("allShortestPaths") && Peek().IsSymbol("(")) function = PathFunction.AllShortestPaths;
        if (function != PathFunction.None)
        {
            _index += 2;
            var inner = ParsePatternElement(pathVariable, function, offset);
            Expect(")");
            return inner;
        }
        return ParsePatternElement(pathVariable, function, offset);
    }

    private PatternPart ParsePatternElement(string? pathVariable, PathFunction function, int offset)
    {
        Enter();
        if (Current.IsSymbol("(") && Peek().IsSymbol("("))
        {
            _index++;
            var inner = ParsePatternElement(pathVariable, function, offset);
            Expect(")");
            Leave();
            return inner;
        }
        var nodes = new List<NodePattern> { ParseNodePattern() };
        var relationships = new List<RelationshipPattern>();
        while (Current.IsSymbol("-") || Current.IsSymbol("<-") || Current.IsSymbol("->") || Current.IsSymbol("<"))
        {
            relationships.Add(ParseRelationshipPattern());
            nodes.Add(ParseNodePattern());
        }
        Leave();
        return new PatternPart(pathVariable, nodes, relationships, function, offset);
    }

    private NodePattern ParseNodePattern()
    {
        var offset = Current.Offset;
        Expect("(");
        string? variable = AtName ? Name() : null;
        var labels = ParseLabelsOrTypes(allowAlternatives: false);
        var properties = ParseProperties();
        Expect(")");
        return new NodePattern(variable, labels, properties, offset);
    }

    private List<string> ParseLabelsOrTypes(bool allowAlternatives)
    {
        var labels = new List<string>();
        if (!Accept(":")) return labels;
        labels.Add(Name());
        while (true)
        {
            if (allowAlternatives && Accept("|"))
            {
                Accept(":");
                labels.Add(Name());
            }
            else if (!allowAlternatives && (Accept(":") || Accept("&"))) labels.Add(Name());
            else return labels;
        }
    }

    private Expr? ParseProperties()
    {
        if (Current.IsSymbol("{")) return ParseMapLiteral();
        if (Current.Kind == TokenKind.Parameter)
        {
            var token = Advance();
            return new Parameter(token.Text) { Offset = token.Offset };
        }
        return null;
    }

    private RelationshipPattern ParseRelationshipPattern()
    {
        var offset = Current.Offset;
        var left = false;
        if (Accept("<-")) left = true;
        else if (Accept("<")) { left = true; Expect("-"); }
        else if (Accept("->")) return Finish(offset, left, null, [], null, null, rightArrowAlready: true);
        else Expect("-");

        string? variable = null;
        List<string> types = [];
        VariableLength? length = null;
        Expr? properties = null;
        if (Accept("["))
        {
            variable = AtName ? Name() : null;
            types = ParseLabelsOrTypes(allowAlternatives: true);
            if (Accept("*")) length = ParseVariableLength();
            else if (Current.IsSymbol("..") || Current.Kind == TokenKind.Integer)
                throw SyntaxErrors.At(_text, Current.Offset, "A variable length relationship needs '*' before its bounds", "InvalidRelationshipPattern");
            properties = ParseProperties();
            Expect("]");
        }
        return Finish(offset, left, variable, types, length, properties, rightArrowAlready: false);
    }

    private RelationshipPattern Finish(int offset, bool left, string? variable, List<string> types, VariableLength? length,
        Expr? properties, bool rightArrowAlready)
    {
        var right = rightArrowAlready;
        if (!rightArrowAlready)
        {
            if (Accept("->")) right = true;
            else if (Accept("-")) { if (Accept(">")) right = true; }
            else throw Unexpected("'-'");
        }
        var direction = left && right ? RelationshipDirection.Both
            : left ? RelationshipDirection.Incoming
            : right ? RelationshipDirection.Outgoing
            : RelationshipDirection.Both;
        return new RelationshipPattern(variable, types, direction, properties, length, offset);
    }

    private VariableLength ParseVariableLength()
    {
        long? min = null, max = null;
        if (Current.Kind == TokenKind.Integer) min = ParseIntegerToken(Advance());
        if (Accept(".."))
        {
            RejectNegativeBound();
            if (Current.Kind == TokenKind.Integer) max = ParseIntegerToken(Advance());
            return new VariableLength(min, max);
        }
        RejectNegativeBound();
        return min is null ? new VariableLength(null, null) : new VariableLength(min, min);
    }

    private void RejectNegativeBound()
    {
        if (Current.IsSymbol("-"))
            throw SyntaxErrors.At(_text, Current.Offset, "The bounds of a variable length relationship cannot be negative", "InvalidRelationshipPattern");
    }
}
