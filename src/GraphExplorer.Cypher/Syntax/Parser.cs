using System.Runtime.CompilerServices;
using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Syntax;

/// <summary>
/// Recursive-descent parser for openCypher statements and the Neo4j 5 schema commands. Nesting is
/// limited so that hostile input ends in a SyntaxError rather than a stack overflow.
/// </summary>
public sealed partial class Parser
{
    private const int MaxDepth = 200;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private int _index;
    private int _depth;

    private Parser(string text)
    {
        _text = text;
        _tokens = Lexer.Tokenize(text);
    }

    public static Statement Parse(string text)
    {
        var parser = new Parser(text);
        try
        {
            var statement = parser.ParseStatement();
            parser.Accept(";");
            if (parser.Current.Kind != TokenKind.End) throw parser.Unexpected();
            return statement;
        }
        catch (InsufficientExecutionStackException)
        {
            throw SyntaxErrors.At(text, 0, "Query is nested too deeply");
        }
    }

    private Token Current => _tokens[_index];

    private Token Peek(int ahead = 1) => _tokens[Math.Min(_index + ahead, _tokens.Count - 1)];

    private int PreviousEnd => _index == 0 ? 0 : _tokens[_index - 1].End;

    private Token Advance() => _tokens[_index++];

    private bool Accept(string symbol)
    {
        if (!Current.IsSymbol(symbol)) return false;
        _index++;
        return true;
    }

    private bool AcceptKeyword(string keyword)
    {
        if (!Current.IsKeyword(keyword)) return false;
        _index++;
        return true;
    }

    private void Expect(string symbol)
    {
        if (!Accept(symbol)) throw Unexpected($"'{symbol}'");
    }

    private void ExpectKeyword(string keyword)
    {
        if (!AcceptKeyword(keyword)) throw Unexpected(keyword);
    }

    private Exception Unexpected(string? expected = null)
    {
        var found = Current.Kind == TokenKind.End ? "end of input" : $"'{Current.Text}'";
        return SyntaxErrors.At(_text, Current.Offset, expected is null ? $"Unexpected {found}" : $"Expected {expected} but found {found}");
    }

    private void Enter()
    {
        if (++_depth > MaxDepth) throw SyntaxErrors.At(_text, Current.Offset, "Query is nested too deeply");
        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    private void Leave() => _depth--;

    /// <summary>A name: an identifier (keywords included) or a backtick-quoted name.</summary>
    private string Name()
    {
        if (Current.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier) return Advance().Text;
        throw Unexpected("a name");
    }

    private bool AtName => Current.Kind is TokenKind.Identifier or TokenKind.QuotedIdentifier;

    private Statement ParseStatement()
    {
        if (AcceptKeyword("EXPLAIN")) return ParseQuery(explain: true);
        if (Current.IsKeyword("CREATE") && (Peek().IsKeyword("INDEX") || Peek().IsKeyword("CONSTRAINT"))) return ParseSchemaCreate();
        if (Current.IsKeyword("DROP")) return ParseSchemaDrop();
        if (Current.IsKeyword("SHOW")) return ParseSchemaShow();
        return ParseQuery(explain: false);
    }

    private Query ParseQuery(bool explain)
    {
        var parts = new List<SingleQuery> { ParseSingleQuery() };
        var all = new List<bool>();
        while (AcceptKeyword("UNION"))
        {
            all.Add(AcceptKeyword("ALL"));
            parts.Add(ParseSingleQuery());
        }
        return new Query(parts, all, explain);
    }

    private SingleQuery ParseSingleQuery()
    {
        var clauses = new List<Clause>();
        while (true)
        {
            var clause = ParseClause();
            if (clause is null) break;
            clauses.Add(clause);
        }
        if (clauses.Count == 0) throw Unexpected("a clause");
        return new SingleQuery(clauses);
    }

    private Clause? ParseClause()
    {
        var offset = Current.Offset;
        Clause? clause = null;
        if (AcceptKeyword("MATCH")) clause = ParseMatch(false);
        else if (Current.IsKeyword("OPTIONAL") && Peek().IsKeyword("MATCH")) { _index += 2; clause = ParseMatch(true); }
        else if (AcceptKeyword("UNWIND")) clause = ParseUnwind();
        else if (AcceptKeyword("WITH")) clause = ParseWith();
        else if (AcceptKeyword("RETURN")) clause = new ReturnClause(ParseProjection());
        else if (AcceptKeyword("CREATE")) clause = new CreateClause(ParsePatternList());
        else if (AcceptKeyword("MERGE")) clause = ParseMerge();
        else if (AcceptKeyword("SET")) clause = new SetClause(ParseSetItems());
        else if (AcceptKeyword("REMOVE")) clause = ParseRemove();
        else if (AcceptKeyword("DELETE")) clause = new DeleteClause(false, ParseExpressionList());
        else if (Current.IsKeyword("DETACH") && Peek().IsKeyword("DELETE")) { _index += 2; clause = new DeleteClause(true, ParseExpressionList()); }
        else if (Current.IsKeyword("NODETACH") && Peek().IsKeyword("DELETE")) { _index += 2; clause = new DeleteClause(false, ParseExpressionList()); }
        else if (AcceptKeyword("CALL")) clause = ParseCall();
        return clause is null ? null : clause with { Offset = offset };
    }

    private MatchClause ParseMatch(bool optional)
    {
        var patterns = ParsePatternList();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new MatchClause(optional, patterns, where);
    }

    private UnwindClause ParseUnwind()
    {
        var list = ParseExpression();
        ExpectKeyword("AS");
        return new UnwindClause(list, Name());
    }

    private WithClause ParseWith()
    {
        var projection = ParseProjection();
        var where = AcceptKeyword("WHERE") ? ParseExpression() : null;
        return new WithClause(projection, where);
    }

    private Projection ParseProjection()
    {
        var distinct = AcceptKeyword("DISTINCT");
        var star = false;
        var items = new List<ProjectionItem>();
        if (Accept("*"))
        {
            star = true;
            if (!Accept(",")) goto Tail;
        }
        do
        {
            var start = Current.Offset;
            var expression = ParseExpression();
            var text = _text[start..PreviousEnd];
            string? alias = AcceptKeyword("AS") ? Name() : null;
            items.Add(new ProjectionItem(expression, alias, text));
        } while (Accept(","));
    Tail:
        var order = new List<SortItem>();
        if (Current.IsKeyword("ORDER") && Peek().IsKeyword("BY"))
        {
            _index += 2;
            do
            {
                var expression = ParseExpression();
                var descending = false;
                if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) descending = true;
                else if (!AcceptKeyword("ASC")) AcceptKeyword("ASCENDING");
                order.Add(new SortItem(expression, descending));
            } while (Accept(","));
        }
        var skip = AcceptKeyword("SKIP") || AcceptKeyword("OFFSET") ? ParseExpression() : null;
        var limit = AcceptKeyword("LIMIT") ? ParseExpression() : null;
        return new Projection(distinct, star, items, order, skip, limit);
    }

    private MergeClause ParseMerge()
    {
        var pattern = ParsePatternPart();
        var onCreate = new List<SetItem>();
        var onMatch = new List<SetItem>();
        while (Current.IsKeyword("ON"))
        {
            _index++;
            var create = AcceptKeyword("CREATE");
            if (!create) ExpectKeyword("MATCH");
            ExpectKeyword("SET");
            (create ? onCreate : onMatch).AddRange(ParseSetItems());
        }
        return new MergeClause(pattern, onCreate, onMatch);
    }

    private List<SetItem> ParseSetItems()
    {
        var items = new List<SetItem>();
        do
        {
            items.Add(ParseSetItem());
        } while (Accept(","));
        return items;
    }

    private SetItem ParseSetItem()
    {
        var offset = Current.Offset;
        if (AtName && Peek().IsSymbol(":"))
        {
            var variable = Name();
            return new SetLabels(variable, ParseLabels());
        }
        var target = ParsePostfix(ParseAtom(), allowLabels: false);
        if (Accept("+=")) return new SetAllProperties(target, ParseExpression(), true);
        Expect("=");
        var value = ParseExpression();
        return target switch
        {
            PropertyAccess property => new SetProperty(property, value),
            Variable or Parameter => new SetAllProperties(target, value, false),
            _ => throw SyntaxErrors.At(_text, offset, "Invalid SET target"),
        };
    }

    private RemoveClause ParseRemove()
    {
        var items = new List<RemoveItem>();
        do
        {
            var offset = Current.Offset;
            if (AtName && Peek().IsSymbol(":"))
            {
                var variable = Name();
                items.Add(new RemoveItem(null, variable, ParseLabels()));
                continue;
            }
            if (ParsePostfix(ParseAtom(), allowLabels: false) is not PropertyAccess property)
                throw SyntaxErrors.At(_text, offset, "Invalid REMOVE target");
            items.Add(new RemoveItem(property, null, []));
        } while (Accept(","));
        return new RemoveClause(items);
    }

    private List<string> ParseLabels()
    {
        var labels = new List<string>();
        while (Accept(":"))
        {
            labels.Add(Name());
            while (Accept("&")) labels.Add(Name());
        }
        return labels;
    }

    private CallClause ParseCall()
    {
        var name = Name();
        while (Accept(".")) name += "." + Name();
        List<Expr>? arguments = null;
        if (Accept("("))
        {
            arguments = [];
            if (!Accept(")"))
            {
                arguments.AddRange(ParseExpressionList());
                Expect(")");
            }
        }
        List<YieldItem>? yield = null;
        var yieldAll = false;
        Expr? where = null;
        if (AcceptKeyword("YIELD"))
        {
            if (Accept("*")) yieldAll = true;
            else
            {
                yield = [];
                do
                {
                    var field = Name();
                    yield.Add(new YieldItem(field, AcceptKeyword("AS") ? Name() : null));
                } while (Accept(","));
                if (AcceptKeyword("WHERE")) where = ParseExpression();
            }
        }
        return new CallClause(name, arguments, yield, yieldAll, where);
    }

    private List<Expr> ParseExpressionList()
    {
        var list = new List<Expr>();
        do
        {
            list.Add(ParseExpression());
        } while (Accept(","));
        return list;
    }
}
