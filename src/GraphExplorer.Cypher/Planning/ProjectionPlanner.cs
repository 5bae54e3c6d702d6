using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Aggregation;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Plans WITH and RETURN: projection or grouping with aggregates, DISTINCT, ORDER BY, SKIP, LIMIT.
/// Returns the new scope, which holds exactly the projected names.
/// </summary>
public sealed class ProjectionPlanner(PlanContext plan, MatchPlanner subqueries)
{
    public Scope Plan(Projection projection, Expr? where, Scope scope, List<Operator> operators, bool isWith, int offset,
        out List<(string Name, int Slot)> columns)
    {
        var items = new List<ProjectionItem>();
        if (projection.Star)
        {
            if (!isWith && scope.Count == 0 && projection.Items.Count == 0)
                throw plan.Error(offset, "NoVariablesInScope", "RETURN * is not allowed when there are no variables in scope");
            foreach (var variable in scope.Variables.OrderBy(v => v.Name, StringComparer.Ordinal))
                items.Add(new ProjectionItem(new Variable(variable.Name), null, variable.Name));
        }
        items.AddRange(projection.Items);
        var names = new HashSet<string>(StringComparer.Ordinal);
        // A missing alias is reported only once the items and ORDER BY are checked: Neo4j reports an ambiguous
        // aggregation in them first.
        var unaliased = isWith ? items.FirstOrDefault(item => item.Alias is null && item.Expression is not Variable) : null;
        foreach (var item in items)
        {
            if (!names.Add(item.Name))
                throw plan.Error(item.Expression.Offset, "ColumnNameConflict", $"Multiple result columns with the same name '{item.Name}'");
        }

        var aggregatesPerItem = items.Select(item => AggregateFinder.Find(item.Expression, plan)).ToList();
        var aggregating = aggregatesPerItem.Any(a => a.Count > 0);
        var newScope = new Scope();
        columns = [];
        var itemSlots = new int[items.Count];
        Scope sortScope;

        if (!aggregating)
        {
            var compiler = new ExpressionCompiler(plan, scope, subqueries);
            var slots = new List<int>();
            var values = new List<Evaluator>();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                var kind = KindOf(item.Expression, scope);
                if (item.Expression is Variable v && v.Name == item.Name && scope.TryGet(v.Name, out var same))
                {
                    itemSlots[i] = same.Slot;
                    newScope.Set(same);
                }
                else
                {
                    var value = compiler.Compile(item.Expression);
                    var slot = plan.NewSlot();
                    slots.Add(slot);
                    values.Add(value);
                    itemSlots[i] = slot;
                    newScope.Set(new BoundVariable(item.Name, slot, kind));
                }
            }
            if (slots.Count > 0) operators.Add(new Project(slots.ToArray(), values.ToArray(), string.Join(", ", items.Select(i => i.Name))));
            sortScope = projection.Distinct ? newScope : Merge(scope, newScope);
        }
        else
        {
            var keySlots = new List<int>();
            var keys = new List<Evaluator>();
            var compiler = new ExpressionCompiler(plan, scope, subqueries);
            var aggregateSlots = new Dictionary<Expr, int>(ExpressionTextComparer.Instance);
            var specs = new List<AggregateSpec>();
            var keyScope = new Scope();
            var pending = new List<int>();
            for (var i = 0; i < items.Count; i++)
            {
                var item = items[i];
                if (aggregatesPerItem[i].Count == 0)
                {
                    var slot = plan.NewSlot();
                    keySlots.Add(slot);
                    keys.Add(compiler.Compile(item.Expression));
                    itemSlots[i] = slot;
                    var variable = new BoundVariable(item.Name, slot, KindOf(item.Expression, scope));
                    newScope.Set(variable);
                    keyScope.Set(variable);
                    if (item.Expression is Variable v && v.Name != item.Name && scope.TryGet(v.Name, out var original))
                        keyScope.Set(original with { Slot = slot });
                    continue;
                }
                foreach (var aggregate in aggregatesPerItem[i])
                {
                    if (aggregateSlots.ContainsKey(aggregate)) continue;
                    var slot = plan.NewSlot();
                    aggregateSlots[aggregate] = slot;
                    specs.Add(Spec(aggregate, slot, compiler));
                }
                pending.Add(i);
            }
            var keyExpressions = items.Where((_, i) => aggregatesPerItem[i].Count == 0).Select(i => i.Expression).ToList();
            AggregateFusion.Add(operators, new Aggregate(keySlots.ToArray(), keys.ToArray(), specs.ToArray(), EntitySlot(keyExpressions, scope),
                string.Join(", ", items.Select(i => i.Name))));
            var slots = new List<int>();
            var values = new List<Evaluator>();
            var itemCompiler = new ExpressionCompiler(plan, keyScope, subqueries, aggregateSlots);
            var keyItems = items.Where((_, i) => aggregatesPerItem[i].Count == 0).ToList();
            foreach (var i in pending)
            {
                var item = items[i];
                var expression = ReadColumns(item.Expression, keyItems, simpleOnly: true);
                CheckAmbiguous(expression, keyScope, scope.Contains);
                if (aggregateSlots.TryGetValue(item.Expression, out var aggregateSlot))
                {
                    // The item is the aggregate itself: its column is read from the aggregate's slot, with no copy per row.
                    itemSlots[i] = aggregateSlot;
                    newScope.Set(new BoundVariable(item.Name, aggregateSlot, VariableKind.Value));
                    continue;
                }
                var value = itemCompiler.Compile(expression);
                var slot = plan.NewSlot();
                slots.Add(slot);
                values.Add(value);
                itemSlots[i] = slot;
                newScope.Set(new BoundVariable(item.Name, slot, VariableKind.Value));
            }
            if (slots.Count > 0) operators.Add(new Project(slots.ToArray(), values.ToArray(), "aggregates"));
            sortScope = newScope;
        }

        for (var i = 0; i < items.Count; i++) columns.Add((items[i].Name, itemSlots[i]));
        if (projection.Distinct)
            operators.Add(new Distinct(itemSlots, string.Join(", ", items.Select(i => i.Name))));
        Evaluator? skip = null, limit = null;
        if (projection.Skip is not null || projection.Limit is not null)
        {
            var constant = new ExpressionCompiler(plan, new Scope(), subqueries, constantOnly: true);
            CheckLiteralCount(projection.Skip, "SKIP");
            CheckLiteralCount(projection.Limit, "LIMIT");
            skip = projection.Skip is null ? null : constant.Compile(projection.Skip);
            limit = projection.Limit is null ? null : constant.Compile(projection.Limit);
        }
        if (projection.OrderBy.Count > 0)
        {
            var sortCompiler = new ExpressionCompiler(plan, sortScope, subqueries);
            var keys = projection.OrderBy.Select(s => sortCompiler.Compile(SortKey(s.Expression, items, aggregating, sortScope))).ToArray();
            operators.Add(new Sort(keys, projection.OrderBy.Select(s => s.Descending).ToArray(), skip, limit,
                string.Join(", ", projection.OrderBy.Select(s => AstPrinter.Print(s.Expression) + (s.Descending ? " DESC" : "")))));
        }
        if (skip is not null || limit is not null) operators.Add(new SkipLimit(skip, limit));
        // WHERE after WITH, like ORDER BY, may still see the variables before the projection when it does not aggregate.
        if (where is not null)
        {
            var whereScope = sortScope == newScope ? newScope : Merge(sortScope, newScope);
            operators.Add(new Filter(new ExpressionCompiler(plan, whereScope, subqueries).CompilePredicate(ReadColumns(where, items)),
                AstPrinter.Print(where)));
        }
        if (unaliased is not null)
            throw plan.Error(unaliased.Expression.Offset, "NoExpressionAlias", "Expression in WITH must be aliased (use AS)");
        return newScope;
    }

    /// <summary>The slot of the one node or relationship every grouping key is computed from, or -1.</summary>
    private static int EntitySlot(List<Expr> keys, Scope scope)
    {
        string? entity = null;
        foreach (var key in keys)
        {
            var name = key switch
            {
                Variable v => v.Name,
                PropertyAccess { Target: Variable v } => v.Name,
                _ => null,
            };
            if (name is null || (entity is not null && entity != name)) return -1;
            entity = name;
        }
        return entity is not null && scope.TryGet(entity, out var variable) && variable.Kind is VariableKind.Node or VariableKind.Relationship
            ? variable.Slot
            : -1;
    }

    /// <summary>
    /// An ORDER BY item that aggregates is held to the rules of an aggregating projection item: outside its
    /// aggregates it may repeat only simple grouping keys, so a variable that appears only inside a complex
    /// grouping key is ambiguous (one that appears in no grouping key is merely undefined after the projection).
    /// </summary>
    private Expr SortKey(Expr expression, List<ProjectionItem> items, bool aggregating, Scope projected)
    {
        if (!aggregating || !AggregateFinder.Contains(expression, plan)) return ReadColumns(expression, items);
        var rewritten = ReadColumns(expression, items, simpleOnly: true);
        var inKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
            if (!AggregateFinder.Contains(item.Expression, plan)) CollectVariables(item.Expression, inKeys);
        CheckAmbiguous(rewritten, projected, inKeys.Contains);
        // An aggregate that is not projected cannot be computed after the projection: its variables are gone.
        foreach (var aggregate in AggregateFinder.Find(rewritten, plan))
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            CollectVariables(aggregate, names);
            if (names.FirstOrDefault(name => !projected.Contains(name)) is { } missing)
                throw plan.Error(aggregate.Offset, "UndefinedVariable", $"Variable `{missing}` not defined");
        }
        return rewritten;
    }

    private static void CollectVariables(Expr expression, HashSet<string> names)
    {
        if (expression is Variable v) names.Add(v.Name);
        foreach (var child in AggregateFinder.Children(expression)) CollectVariables(child, names);
    }

    /// <summary>
    /// Sub-expressions that repeat a projected expression read the projected column instead. With
    /// <paramref name="simpleOnly"/> (aggregating items), only aggregates and simple grouping keys (a variable or a
    /// property of one) are read so: Neo4j does not let an aggregating expression reuse a complex grouping key.
    /// </summary>
    private static Expr ReadColumns(Expr expression, List<ProjectionItem> items, bool simpleOnly = false)
    {
        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Expression is Variable v && v.Name == item.Name) continue;
            if (simpleOnly && !IsSimpleKey(item.Expression) && !AggregateFinder.IsAggregate(item.Expression)) continue;
            columns.TryAdd(AstPrinter.Print(item.Expression), item.Name);
        }
        if (columns.Count == 0) return expression;
        return ExpressionRewriter.Rewrite(expression, e =>
            e is not (Literal or Parameter) && columns.TryGetValue(AstPrinter.Print(e), out var name)
                ? new Variable(name) { Offset = e.Offset }
                : null);
    }

    private static bool IsSimpleKey(Expr expression) => expression switch
    {
        Variable => true,
        PropertyAccess access => IsSimpleKey(access.Target),
        _ => false,
    };

    private void CheckLiteralCount(Expr? count, string clause)
    {
        object? value;
        switch (count)
        {
            case Literal literal: value = literal.Value; break;
            case Unary { Operator: UnaryOperator.Negate, Operand: Literal { Value: long l } }: value = -l; break;
            case Unary { Operator: UnaryOperator.Negate, Operand: Literal { Value: double d } }: value = -d; break;
            default: return;
        }
        try
        {
            SkipLimit.Validate(value, clause, GraphExplorer.Graph.ErrorPhase.CompileTime);
        }
        catch (GraphExplorer.Graph.GraphDatabaseException e)
        {
            throw plan.Error(count.Offset, e.Detail!, e.Message);
        }
    }

    /// <summary>Outside its aggregates, an aggregating item may only use grouping keys.</summary>
    private void CheckAmbiguous(Expr expression, Scope keys, Func<string, bool> ambiguous)
    {
        void Walk(Expr e)
        {
            if (AggregateFinder.IsAggregate(e)) return;
            if (e is Variable v && !keys.Contains(v.Name) && ambiguous(v.Name))
                throw plan.Error(v.Offset, "AmbiguousAggregationExpression",
                    $"Variable `{v.Name}` is used in an aggregating expression but is not a grouping key");
            foreach (var child in AggregateFinder.Children(e)) Walk(child);
        }
        Walk(expression);
    }

    private static Scope Merge(Scope before, Scope projected)
    {
        var merged = before.Copy();
        foreach (var variable in projected.Variables) merged.Set(variable);
        return merged;
    }

    private static VariableKind KindOf(Expr expression, Scope scope) => StaticTypes.Of(expression, scope);

    private AggregateSpec Spec(Expr aggregate, int slot, ExpressionCompiler compiler)
    {
        if (aggregate is CountStar) return new AggregateSpec(slot, "count", false, null, null);
        var call = (FunctionCall)aggregate;
        var expected = call.Name.StartsWith("percentile", StringComparison.OrdinalIgnoreCase) ? 2 : 1;
        if (call.Arguments.Count != expected)
            throw plan.Error(call.Offset, "InvalidNumberOfArguments", $"{call.Name} takes {expected} argument(s)");
        var argument = compiler.Compile(call.Arguments[0]);
        var percentile = expected == 2 ? compiler.Compile(call.Arguments[1]) : null;
        return new AggregateSpec(slot, call.Name, call.Distinct, argument, percentile);
    }
}
