using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>Atoms: literals, parameters, CASE, function calls, comprehensions, quantifiers, patterns, maps.</summary>
public sealed partial class Parser
{
    private Expr ParseAtom()
    {
        var token = Current;
        var offset = token.Offset;
        switch (token.Kind)
        {
            case TokenKind.Integer:
            case TokenKind.Float:
                _index++;
                return ParseNumber(token, negative: false);
            case TokenKind.String:
                _index++;
                return new Literal(token.Text) { Offset = offset };
            case TokenKind.Parameter:
                _index++;
                return new Parameter(token.Text) { Offset = offset };
            case TokenKind.QuotedIdentifier:
                _index++;
                return new Variable(token.Text) { Offset = offset };
            case TokenKind.Symbol when token.Text == "[":
                return ParseBracket();
            case TokenKind.Symbol when token.Text == "{":
                return ParseMapLiteral();
            case TokenKind.Symbol when token.Text == "(":
                return ParseParenthesis();
            case TokenKind.Identifier:
                return ParseIdentifierAtom();
            default:
                throw Unexpected("an expression");
        }
    }

    private Expr ParseIdentifierAtom()
    {
        var token = Current;
        var offset = token.Offset;
        if (token.IsKeyword("TRUE")) { _index++; return new Literal(true) { Offset = offset }; }
        if (token.IsKeyword("FALSE")) { _index++; return new Literal(false) { Offset = offset }; }
        if (token.IsKeyword("NULL")) { _index++; return new Literal(null) { Offset = offset }; }
        if (token.IsKeyword("CASE")) { _index++; return ParseCase(offset); }
        if (token.IsKeyword("COUNT") && Peek().IsSymbol("(") && Peek(2).IsSymbol("*") && Peek(3).IsSymbol(")"))
        {
            _index += 4;
            return new CountStar { Offset = offset };
        }
        if (token.IsKeyword("EXISTS") && Peek().IsSymbol("{")) return ParseExistsSubquery();
        if (Peek().IsSymbol("(") && Peek(2).Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier && Peek(3).IsKeyword("IN"))
        {
            QuantifierKind? kind = token.Text.ToLowerInvariant() switch
            {
                "any" => QuantifierKind.Any,
                "all" => QuantifierKind.All,
                "none" => QuantifierKind.None,
                "single" => QuantifierKind.Single,
                _ => null,
            };
            if (kind is not null) return ParseQuantifier(kind.Value, offset);
        }
        if (token.IsKeyword("reduce") && Peek().IsSymbol("(")) return ParseReduce(offset);
        if (token.IsKeyword("shortestPath") || token.IsKeyword("allShortestPaths"))
        {
            if (Peek().IsSymbol("(")) return new PatternExpression(ParsePatternPart()) { Offset = offset };
        }

        // A function call: a possibly dotted name followed by '('.
        var ahead = 1;
        while (Peek(ahead).IsSymbol(".") && Peek(ahead + 1).Kind == TokenKind.Identifier) ahead += 2;
        if (Peek(ahead).IsSymbol("("))
        {
            var name = Name();
            while (Accept(".")) name += "." + Name();
            return ParseFunctionCall(name, offset);
        }
        _index++;
        var variable = new Variable(token.Text) { Offset = offset };
        if (Current.IsSymbol("{")) return ParseMapProjection(variable.Name, offset);
        return variable;
    }

    private Expr ParseFunctionCall(string name, int offset)
    {
        Enter();
        Expect("(");
        var distinct = AcceptKeyword("DISTINCT");
        var arguments = new List<Expr>();
        if (!Accept(")"))
        {
            arguments.AddRange(ParseExpressionList());
            Expect(")");
        }
        Leave();
        return new FunctionCall(name, distinct, arguments) { Offset = offset };
    }

    private Expr ParseCase(int offset)
    {
        Enter();
        Expr? subject = Current.IsKeyword("WHEN") ? null : ParseExpression();
        var alternatives = new List<CaseAlternative>();
        while (AcceptKeyword("WHEN"))
        {
            var when = ParseExpression();
            ExpectKeyword("THEN");
            alternatives.Add(new CaseAlternative(when, ParseExpression()));
        }
        if (alternatives.Count == 0) throw Unexpected("WHEN");
        Expr? otherwise = AcceptKeyword("ELSE") ? ParseExpression() : null;
        ExpectKeyword("END");
        Leave();
        return new CaseExpression(subject, alternatives, otherwise) { Offset = offset };
    }

    private Expr ParseQuantifier(QuantifierKind kind, int offset)
    {
        Enter();
        _index += 2;
        var variable = Name();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expr? where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        Expect(")");
        Leave();
        return new Quantifier(kind, variable, source, where) { Offset = offset };
    }

    private Expr ParseReduce(int offset)
    {
        Enter();
        _index += 2;
        var accumulator = Name();
        Expect("=");
        var initial = ParseExpression();
        Expect(",");
        var variable = Name();
        ExpectKeyword("IN");
        var source = ParseExpression();
        Expect("|");
        var body = ParseExpression();
        Expect(")");
        Leave();
        return new Reduce(accumulator, initial, variable, source, body) { Offset = offset };
    }

    private Expr ParseBracket()
    {
        var offset = Current.Offset;
        Enter();
        Expect("[");
        Expr result;
        if (AtName && Peek().IsKeyword("IN"))
        {
            var variable = Name();
            _index++;
            var source = ParseExpression();
            Expr? where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            Expr? projection = Accept("|") ? ParseExpression() : null;
            Expect("]");
            result = new ListComprehension(variable, source, where, projection) { Offset = offset };
        }
        else if (TryParsePatternComprehension(offset) is { } comprehension)
        {
            result = comprehension;
        }
        else
        {
            var items = new List<Expr>();
            if (!Accept("]"))
            {
                items.AddRange(ParseExpressionList());
                Expect("]");
            }
            result = new ListLiteral(items) { Offset = offset };
        }
        Leave();
        return result;
    }

    private Expr? TryParsePatternComprehension(int offset)
    {
        if (!Current.IsSymbol("(") && !(AtName && Peek().IsSymbol("="))) return null;
        var save = _index;
        var saveDepth = _depth;
        PatternPart pattern;
        try
        {
            pattern = ParsePatternPart();
        }
        catch (Graph.GraphDatabaseException)
        {
            _index = save;
            _depth = saveDepth;
            return null;
        }
        if (pattern.Relationships.Count == 0 || !(Current.IsKeyword("WHERE") || Current.IsSymbol("|")))
        {
            _index = save;
            _depth = saveDepth;
            return null;
        }
        Expr? where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        Expect("|");
        var projection = ParseExpression();
        Expect("]");
        return new PatternComprehension(pattern, where, projection) { Offset = offset };
    }

    private Expr ParseParenthesis()
    {
        var offset = Current.Offset;
        var save = _index;
        var saveDepth = _depth;
        if (LooksLikeNodePattern())
        {
            try
            {
                var pattern = ParsePatternPart();
                if (pattern.Relationships.Count > 0) return new PatternExpression(pattern) { Offset = offset };
            }
            catch (Graph.GraphDatabaseException)
            {
            }
            _index = save;
            _depth = saveDepth;
        }
        Enter();
        Expect("(");
        var inner = ParseExpression();
        Expect(")");
        Leave();
        return inner;
    }

    private bool LooksLikeNodePattern()
    {
        var next = Peek();
        if (next.IsSymbol(")") || next.IsSymbol(":")) return true;
        if (next.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier)
        {
            var after = Peek(2);
            return after.IsSymbol(")") || after.IsSymbol(":") || after.IsSymbol("{") || after.Kind == TokenKind.Parameter;
        }
        return false;
    }

    private Expr ParseMapLiteral()
    {
        var offset = Current.Offset;
        Enter();
        Expect("{");
        var entries = new List<MapEntry>();
        if (!Accept("}"))
        {
            do
            {
                var key = Name();
                Expect(":");
                entries.Add(new MapEntry(key, ParseExpression()));
            } while (Accept(","));
            Expect("}");
        }
        Leave();
        return new MapLiteral(entries) { Offset = offset };
    }

    private Expr ParseMapProjection(string variable, int offset)
    {
        Enter();
        Expect("{");
        var items = new List<MapProjectionItem>();
        if (!Accept("}"))
        {
            do
            {
                if (Accept("."))
                {
                    if (Accept("*")) items.Add(new MapProjectionItem(null, null, true));
                    else items.Add(new MapProjectionItem(Name(), null, false));
                }
                else
                {
                    var keyOffset = Current.Offset;
                    var key = Name();
                    if (Accept(":")) items.Add(new MapProjectionItem(key, ParseExpression(), false));
                    else items.Add(new MapProjectionItem(key, new Variable(key) { Offset = keyOffset }, false));
                }
            } while (Accept(","));
            Expect("}");
        }
        Leave();
        return new MapProjection(variable, items) { Offset = offset };
    }

    private static readonly string[] ClauseKeywords =
        ["MATCH", "OPTIONAL", "WITH", "UNWIND", "RETURN", "CALL", "CREATE", "MERGE", "SET", "REMOVE", "DELETE", "DETACH"];

    private bool StartsClause() => Array.Exists(ClauseKeywords, Current.IsKeyword);

    private Expr ParseExistsSubquery()
    {
        var offset = Current.Offset;
        Enter();
        _index += 2;
        if (!StartsClause())
        {
            var patterns = ParsePatternList();
            Expr? where = AcceptKeyword("WHERE") ? ParseExpression() : null;
            Expect("}");
            Leave();
            return new ExistsSubquery(patterns, where) { Offset = offset };
        }
        var body = ParseQuery(explain: false);
        Expect("}");
        Leave();
        return body is { Parts: [{ Clauses: [MatchClause { Optional: false } match] }] }
            ? new ExistsSubquery(match.Patterns, match.Where) { Offset = offset }
            : new ExistsSubquery([], null, body) { Offset = offset };
    }
}
