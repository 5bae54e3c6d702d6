using System.Globalization;
using System.Text;

namespace GraphExplorer.Cypher.Ast;

/// <summary>
/// Prints expressions and patterns in one canonical, fully parenthesised form: for parser tests, and to
/// recognise an ORDER BY expression that repeats a projected one.
/// </summary>
public static class AstPrinter
{
    public static string Print(Expr expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    public static string Print(PatternPart pattern)
    {
        var text = new StringBuilder();
        Write(text, pattern);
        return text.ToString();
    }

    private static void Write(StringBuilder text, Expr expression)
    {
        switch (expression)
        {
            case Literal { Value: null }: text.Append("null"); break;
            case Literal { Value: string s }: text.Append('\'').Append(s.Replace("'", "\\'")).Append('\''); break;
            case Literal { Value: bool b }: text.Append(b ? "true" : "false"); break;
            case Literal { Value: double d }: text.Append(d.ToString("R", CultureInfo.InvariantCulture)); if (d == Math.Floor(d) && !double.IsInfinity(d)) text.Append(".0"); break;
            case Literal literal: text.Append(Convert.ToString(literal.Value, CultureInfo.InvariantCulture)); break;
            case Parameter p: text.Append('$').Append(p.Name); break;
            case Variable v: text.Append(v.Name); break;
            case PropertyAccess p: Write(text, p.Target); text.Append('.').Append(p.Key); break;
            case ListLiteral l: text.Append('['); List(text, l.Items); text.Append(']'); break;
            case MapLiteral m:
                text.Append('{');
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    text.Append(m.Entries[i].Key).Append(": ");
                    Write(text, m.Entries[i].Value);
                }
                text.Append('}');
                break;
            case Unary u:
                text.Append('(').Append(u.Operator switch { UnaryOperator.Not => "NOT ", UnaryOperator.Negate => "-", _ => "+" });
                Write(text, u.Operand);
                text.Append(')');
                break;
            case Binary b:
                text.Append('(');
                Write(text, b.Left);
                text.Append(' ').Append(Symbol(b.Operator)).Append(' ');
                Write(text, b.Right);
                text.Append(')');
                break;
            case IsNull n: text.Append('('); Write(text, n.Operand); text.Append(n.Negated ? " IS NOT NULL)" : " IS NULL)"); break;
            case LabelCheck l: text.Append('('); Write(text, l.Target); foreach (var label in l.Labels) text.Append(':').Append(label); text.Append(')'); break;
            case CountStar: text.Append("count(*)"); break;
            case FunctionCall f:
                text.Append(f.Name).Append('(');
                if (f.Distinct) text.Append("DISTINCT ");
                List(text, f.Arguments);
                text.Append(')');
                break;
            case CaseExpression c:
                text.Append("CASE");
                if (c.Subject is not null) { text.Append(' '); Write(text, c.Subject); }
                foreach (var a in c.Alternatives) { text.Append(" WHEN "); Write(text, a.When); text.Append(" THEN "); Write(text, a.Then); }
                if (c.Else is not null) { text.Append(" ELSE "); Write(text, c.Else); }
                text.Append(" END");
                break;
            case IndexAccess i: Write(text, i.Target); text.Append('['); Write(text, i.Index); text.Append(']'); break;
            case SliceAccess s:
                Write(text, s.Target);
                text.Append('[');
                if (s.From is not null) Write(text, s.From);
                text.Append("..");
                if (s.To is not null) Write(text, s.To);
                text.Append(']');
                break;
            case ListComprehension c:
                text.Append('[').Append(c.Variable).Append(" IN ");
                Write(text, c.Source);
                if (c.Where is not null) { text.Append(" WHERE "); Write(text, c.Where); }
                if (c.Projection is not null) { text.Append(" | "); Write(text, c.Projection); }
                text.Append(']');
                break;
            case Quantifier q:
                text.Append(q.Kind.ToString().ToLowerInvariant()).Append('(').Append(q.Variable).Append(" IN ");
                Write(text, q.Source);
                if (q.Where is not null) { text.Append(" WHERE "); Write(text, q.Where); }
                text.Append(')');
                break;
            case Reduce r:
                text.Append("reduce(").Append(r.Accumulator).Append(" = ");
                Write(text, r.Initial);
                text.Append(", ").Append(r.Variable).Append(" IN ");
                Write(text, r.Source);
                text.Append(" | ");
                Write(text, r.Body);
                text.Append(')');
                break;
            case MapProjection m:
                text.Append(m.Variable).Append('{');
                for (var i = 0; i < m.Items.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    var item = m.Items[i];
                    if (item.AllProperties) text.Append(".*");
                    else if (item.Value is null) text.Append('.').Append(item.Key);
                    else { text.Append(item.Key).Append(": "); Write(text, item.Value); }
                }
                text.Append('}');
                break;
            case PatternExpression p: Write(text, p.Pattern); break;
            case PatternComprehension p:
                text.Append('[');
                Write(text, p.Pattern);
                if (p.Where is not null) { text.Append(" WHERE "); Write(text, p.Where); }
                text.Append(" | ");
                Write(text, p.Projection);
                text.Append(']');
                break;
            case ExistsSubquery e:
                text.Append("EXISTS { ");
                for (var i = 0; i < e.Patterns.Count; i++)
                {
                    if (i > 0) text.Append(", ");
                    Write(text, e.Patterns[i]);
                }
                if (e.Where is not null) { text.Append(" WHERE "); Write(text, e.Where); }
                // Clauses have no printed form: the position keeps two different bodies from printing alike.
                if (e.Body is not null) text.Append("subquery at ").Append(e.Offset.ToString(CultureInfo.InvariantCulture));
                text.Append(" }");
                break;
            default: text.Append(expression.GetType().Name); break;
        }
    }

    private static void List(StringBuilder text, IReadOnlyList<Expr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0) text.Append(", ");
            Write(text, items[i]);
        }
    }

    private static void Write(StringBuilder text, PatternPart pattern)
    {
        if (pattern.PathVariable is not null) text.Append(pattern.PathVariable).Append(" = ");
        if (pattern.Function != PathFunction.None) text.Append(pattern.Function == PathFunction.ShortestPath ? "shortestPath(" : "allShortestPaths(");
        for (var i = 0; i < pattern.Nodes.Count; i++)
        {
            if (i > 0) Write(text, pattern.Relationships[i - 1]);
            var node = pattern.Nodes[i];
            text.Append('(').Append(node.Variable);
            foreach (var label in node.Labels) text.Append(':').Append(label);
            if (node.Properties is not null) { text.Append(' '); Write(text, node.Properties); }
            text.Append(')');
        }
        if (pattern.Function != PathFunction.None) text.Append(')');
    }

    private static void Write(StringBuilder text, RelationshipPattern relationship)
    {
        text.Append(relationship.Direction == RelationshipDirection.Incoming ? "<-[" : "-[");
        text.Append(relationship.Variable);
        if (relationship.Types.Count > 0) text.Append(':').Append(string.Join('|', relationship.Types));
        if (relationship.Length is { } length) text.Append('*').Append(length.Min).Append("..").Append(length.Max);
        if (relationship.Properties is not null) { text.Append(' '); Write(text, relationship.Properties); }
        text.Append(relationship.Direction == RelationshipDirection.Outgoing ? "]->" : "]-");
    }

    private static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Or => "OR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.And => "AND",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        BinaryOperator.GreaterOrEqual => ">=",
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        BinaryOperator.Power => "^",
        BinaryOperator.In => "IN",
        BinaryOperator.StartsWith => "STARTS WITH",
        BinaryOperator.EndsWith => "ENDS WITH",
        BinaryOperator.Contains => "CONTAINS",
        _ => "=~",
    };
}
