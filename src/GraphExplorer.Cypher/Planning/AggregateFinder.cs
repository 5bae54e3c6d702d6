using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution.Aggregation;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Finds the aggregate calls in an expression (not inside nested scopes' own aggregates) and rejects nested ones.</summary>
public static class AggregateFinder
{
    public static bool IsAggregate(Expr expression) =>
        expression is CountStar || (expression is FunctionCall call && AggregateSpec.Names.Contains(call.Name));

    public static List<Expr> Find(Expr expression, PlanContext plan)
    {
        var found = new List<Expr>();
        Walk(expression, found, plan, insideAggregate: false, 0);
        return found;
    }

    public static bool Contains(Expr expression, PlanContext plan) => Find(expression, plan).Count > 0;

    private static void Walk(Expr expression, List<Expr> found, PlanContext plan, bool insideAggregate, int depth)
    {
        if (depth > 1000) return;
        if (IsAggregate(expression))
        {
            if (insideAggregate) throw plan.Error(expression.Offset, "NestedAggregation", "Aggregate functions cannot be nested");
            found.Add(expression);
            if (expression is FunctionCall call)
                foreach (var argument in call.Arguments)
                {
                    if (CallsRand(argument, depth + 1))
                        throw plan.Error(argument.Offset, "NonConstantExpression", "Can't use non-deterministic (random) functions inside of aggregate functions");
                    Walk(argument, found, plan, true, depth + 1);
                }
            return;
        }
        // An aggregate cannot run per element of a list: only the list itself may aggregate.
        Expr[] perElement = expression switch
        {
            ListComprehension c => [.. Present(c.Where, c.Projection)],
            Quantifier q => [.. Present(q.Where)],
            Reduce r => [r.Body],
            _ => [],
        };
        foreach (var inner in perElement)
            if (Contains(inner, plan))
                throw plan.Error(inner.Offset, "InvalidAggregation", "Can't use aggregating expressions inside of expressions executing over lists");
        foreach (var child in Children(expression)) Walk(child, found, plan, insideAggregate, depth + 1);
    }

    private static IEnumerable<Expr> Present(params Expr?[] expressions) => expressions.OfType<Expr>();

    private static bool CallsRand(Expr expression, int depth) =>
        depth <= 1000 && ((expression is FunctionCall call && string.Equals(call.Name, "rand", StringComparison.OrdinalIgnoreCase))
            || Children(expression).Any(child => CallsRand(child, depth + 1)));

    public static IEnumerable<Expr> Children(Expr expression)
    {
        switch (expression)
        {
            case PropertyAccess p: yield return p.Target; break;
            case ListLiteral l: foreach (var item in l.Items) yield return item; break;
            case MapLiteral m: foreach (var entry in m.Entries) yield return entry.Value; break;
            case Unary u: yield return u.Operand; break;
            case Binary b: yield return b.Left; yield return b.Right; break;
            case IsNull n: yield return n.Operand; break;
            case LabelCheck l: yield return l.Target; break;
            case FunctionCall f: foreach (var argument in f.Arguments) yield return argument; break;
            case CaseExpression c:
                if (c.Subject is not null) yield return c.Subject;
                foreach (var a in c.Alternatives) { yield return a.When; yield return a.Then; }
                if (c.Else is not null) yield return c.Else;
                break;
            case IndexAccess i: yield return i.Target; yield return i.Index; break;
            case SliceAccess s:
                yield return s.Target;
                if (s.From is not null) yield return s.From;
                if (s.To is not null) yield return s.To;
                break;
            case ListComprehension c:
                yield return c.Source;
                if (c.Where is not null) yield return c.Where;
                if (c.Projection is not null) yield return c.Projection;
                break;
            case Quantifier q:
                yield return q.Source;
                if (q.Where is not null) yield return q.Where;
                break;
            case Reduce r: yield return r.Initial; yield return r.Source; yield return r.Body; break;
            case MapProjection m: foreach (var item in m.Items) if (item.Value is not null) yield return item.Value; break;
        }
    }
}
