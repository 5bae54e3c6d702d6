namespace GraphExplorer.Cypher.Ast;

/// <summary>
/// Rebuilds an expression bottom-up, replacing each sub-expression for which <c>replace</c> returns
/// a value (and not descending into it). Used to make projections and ORDER BY read computed columns.
/// </summary>
public static class ExpressionRewriter
{
    public static Expr Rewrite(Expr expression, Func<Expr, Expr?> replace, int depth = 0)
    {
        if (replace(expression) is { } replaced) return replaced;
        if (depth > 500) return expression;
        Expr R(Expr e) => Rewrite(e, replace, depth + 1);
        Expr? O(Expr? e) => e is null ? null : Rewrite(e, replace, depth + 1);
        Expr result = expression switch
        {
            PropertyAccess p => p with { Target = R(p.Target) },
            ListLiteral l => l with { Items = l.Items.Select(R).ToList() },
            MapLiteral m => m with { Entries = m.Entries.Select(e => e with { Value = R(e.Value) }).ToList() },
            Unary u => u with { Operand = R(u.Operand) },
            Binary b => b with { Left = R(b.Left), Right = R(b.Right) },
            IsNull n => n with { Operand = R(n.Operand) },
            LabelCheck l => l with { Target = R(l.Target) },
            FunctionCall f => f with { Arguments = f.Arguments.Select(R).ToList() },
            CaseExpression c => c with
            {
                Subject = O(c.Subject),
                Alternatives = c.Alternatives.Select(a => new CaseAlternative(R(a.When), R(a.Then))).ToList(),
                Else = O(c.Else),
            },
            IndexAccess i => i with { Target = R(i.Target), Index = R(i.Index) },
            SliceAccess s => s with { Target = R(s.Target), From = O(s.From), To = O(s.To) },
            _ => expression,
        };
        return result;
    }
}
