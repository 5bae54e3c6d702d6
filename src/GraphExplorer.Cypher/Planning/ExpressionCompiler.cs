using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Aggregation;
using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Binds an expression's names to row slots and compiles it once into an <see cref="Evaluator"/>.
/// Aggregates are only allowed where the projection planner has given them a slot.
/// </summary>
public sealed class ExpressionCompiler(PlanContext plan, Scope scope, ISubqueryPlanner subqueries,
    IReadOnlyDictionary<Expr, int>? aggregateSlots = null, bool constantOnly = false)
{
    private const int MaxDepth = 800;

    // Whether the expression being compiled stands where a predicate is expected (WHERE, or under AND/OR/XOR/NOT
    // there): the only place a bare pattern is allowed.
    private bool _predicate;

    /// <summary>Compiles a WHERE predicate, where bare patterns are allowed and non-boolean values are rejected.</summary>
    public Evaluator CompilePredicate(Expr expression)
    {
        if (StaticTypes.IsNeverBoolean(StaticTypes.Of(expression, scope)))
            throw plan.Error(expression.Offset, "InvalidArgumentType", "Type mismatch: expected Boolean");
        _predicate = true;
        try
        {
            return Compile(expression);
        }
        finally
        {
            _predicate = false;
        }
    }

    public Evaluator Compile(Expr expression)
    {
        if (++plan.ExpressionDepth > MaxDepth) throw plan.Error(expression.Offset, "UnexpectedSyntax", "Expression is nested too deeply");
        var predicate = _predicate;
        if (expression is PatternExpression && !predicate)
            throw plan.Error(expression.Offset, "UnexpectedSyntax", "A pattern expression can only be used as a predicate (use EXISTS { })");
        _predicate = predicate && expression is Binary { Operator: BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor }
            or Unary { Operator: UnaryOperator.Not };
        try
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            return CompileNode(expression);
        }
        catch (InsufficientExecutionStackException)
        {
            throw plan.Error(expression.Offset, "UnexpectedSyntax", "Expression is nested too deeply");
        }
        finally
        {
            _predicate = predicate;
            plan.ExpressionDepth--;
        }
    }

    private ExpressionCompiler With(Scope inner) => new(plan, inner, subqueries, aggregateSlots, constantOnly);

    private Evaluator CompileNode(Expr expression)
    {
        switch (expression)
        {
            case Literal literal:
            {
                var value = literal.Value;
                return (_, _) => value;
            }
            case Parameter parameter:
            {
                var name = parameter.Name;
                plan.ParameterNames.Add(name);
                return (_, c) => c.Parameters.TryGetValue(name, out var value)
                    ? value
                    : throw new GraphDatabaseException(StatusCodes.ParameterMissing, $"Expected parameter ${name}", "MissingParameter");
            }
            case Variable variable:
            {
                if (constantOnly) throw plan.Error(variable.Offset, "NonConstantExpression", $"Variable {variable.Name} is not allowed here");
                if (!scope.TryGet(variable.Name, out var bound))
                    throw plan.Error(variable.Offset, "UndefinedVariable", $"Variable `{variable.Name}` not defined");
                var slot = bound.Slot;
                return (row, _) => row[slot];
            }
            case PropertyAccess access:
            {
                if (StaticTypes.Of(access.Target, scope) is VariableKind.Path)
                    throw plan.Error(access.Offset, "InvalidArgumentType", "Type mismatch: a path has no properties");
                if (StaticTypes.Of(access.Target, scope) is VariableKind.Boolean or VariableKind.Integer or VariableKind.Float
                    or VariableKind.String or VariableKind.List)
                    throw plan.TypeError(access.Offset, "Type mismatch: expected a map, node or relationship");
                var target = Compile(access.Target);
                var key = access.Key;
                return (row, c) => ValueAccess.Property(target(row, c), key, c);
            }
            case ListLiteral list:
            {
                var items = list.Items.Select(Compile).ToArray();
                return (row, c) =>
                {
                    var result = new List<object?>(items.Length);
                    foreach (var item in items) result.Add(item(row, c));
                    return result;
                };
            }
            case MapLiteral map:
            {
                var keys = map.Entries.Select(e => e.Key).ToArray();
                var values = map.Entries.Select(e => Compile(e.Value)).ToArray();
                return (row, c) =>
                {
                    var result = new Dictionary<string, object?>(keys.Length);
                    for (var i = 0; i < keys.Length; i++) result[keys[i]] = values[i](row, c);
                    return result;
                };
            }
            case Unary unary:
                return CompileUnary(unary);
            case Binary binary:
                return CompileBinary(binary);
            case IsNull isNull:
            {
                var operand = Compile(isNull.Operand);
                return isNull.Negated ? (row, c) => Truth.Box(operand(row, c) is not null) : (row, c) => Truth.Box(operand(row, c) is null);
            }
            case LabelCheck check:
                return CompileLabelCheck(check);
            case CountStar countStar:
                return AggregateSlot(countStar, "count");
            case FunctionCall call:
                return CompileFunction(call);
            case CaseExpression caseExpression:
                return CompileCase(caseExpression);
            case IndexAccess index:
            {
                var target = Compile(index.Target);
                var key = Compile(index.Index);
                return (row, c) => ValueAccess.Index(target(row, c), key(row, c), c);
            }
            case SliceAccess slice:
            {
                var target = Compile(slice.Target);
                var from = slice.From is null ? null : Compile(slice.From);
                var to = slice.To is null ? null : Compile(slice.To);
                return (row, c) => ValueAccess.Slice(target(row, c), from?.Invoke(row, c), to?.Invoke(row, c), from is not null, to is not null);
            }
            case ListComprehension comprehension:
                return CompileListComprehension(comprehension);
            case Quantifier quantifier:
                return CompileQuantifier(quantifier);
            case Reduce reduce:
                return CompileReduce(reduce);
            case MapProjection projection:
                return CompileMapProjection(projection);
            case PatternExpression pattern:
                RequireBound(pattern.Pattern);
                return CompileExists([pattern.Pattern], null, pattern.Offset);
            case ExistsSubquery { Body: { } body } exists:
                return CompileExistsQuery(body, exists.Offset);
            case ExistsSubquery exists:
                return CompileExists(exists.Patterns, exists.Where, exists.Offset);
            case PatternComprehension comprehension:
                return CompilePatternComprehension(comprehension);
            default:
                throw plan.Error(expression.Offset, "UnexpectedSyntax", $"Unsupported expression {expression.GetType().Name}");
        }
    }

    private void RequireBoolean(Expr operand)
    {
        if (StaticTypes.IsNeverBoolean(StaticTypes.Of(operand, scope)))
            throw plan.Error(operand.Offset, "InvalidArgumentType", "Type mismatch: expected Boolean");
    }

    private Evaluator CompileUnary(Unary unary)
    {
        if (unary.Operator == UnaryOperator.Not) RequireBoolean(unary.Operand);
        var operand = Compile(unary.Operand);
        return unary.Operator switch
        {
            UnaryOperator.Not => (row, c) => Truth.Of(operand(row, c)) is { } b ? Truth.Box(!b) : null,
            UnaryOperator.Negate => (row, c) => Arithmetic.Negate(operand(row, c)),
            _ => (row, c) => operand(row, c) switch
            {
                null => null,
                long or double => operand(row, c),
                var v => throw CypherTypeError.InvalidArgument($"Cannot apply unary + to {CypherTypeError.TypeName(v)}"),
            },
        };
    }

    private Evaluator CompileBinary(Binary binary)
    {
        if (binary.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor)
        {
            RequireBoolean(binary.Left);
            RequireBoolean(binary.Right);
        }
        if (binary.Operator is BinaryOperator.Modulo or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Subtract
            or BinaryOperator.Power && (StaticTypes.IsNeverNumber(StaticTypes.Of(binary.Left, scope)) || StaticTypes.IsNeverNumber(StaticTypes.Of(binary.Right, scope))))
            throw plan.Error(binary.Offset, "InvalidArgumentType", $"Type mismatch for {binary.Operator}");
        var left = Compile(binary.Left);
        var right = Compile(binary.Right);
        switch (binary.Operator)
        {
            case BinaryOperator.And:
                return (row, c) =>
                {
                    var l = Truth.Of(left(row, c));
                    if (l == false) return Truth.False;
                    var r = Truth.Of(right(row, c));
                    if (r == false) return Truth.False;
                    return l is null || r is null ? null : Truth.True;
                };
            case BinaryOperator.Or:
                return (row, c) =>
                {
                    var l = Truth.Of(left(row, c));
                    if (l == true) return Truth.True;
                    var r = Truth.Of(right(row, c));
                    if (r == true) return Truth.True;
                    return l is null || r is null ? null : Truth.False;
                };
            case BinaryOperator.Xor:
                return (row, c) =>
                {
                    var l = Truth.Of(left(row, c));
                    var r = Truth.Of(right(row, c));
                    return l is null || r is null ? null : Truth.Box(l != r);
                };
            case BinaryOperator.Equal: return (row, c) => Truth.Box(CypherComparer.Equal(left(row, c), right(row, c)));
            case BinaryOperator.NotEqual: return (row, c) => Truth.Box(!CypherComparer.Equal(left(row, c), right(row, c)));
            case BinaryOperator.Less: return (row, c) => Ordered(left(row, c), right(row, c), BinaryOperator.Less);
            case BinaryOperator.LessOrEqual: return (row, c) => Ordered(left(row, c), right(row, c), BinaryOperator.LessOrEqual);
            case BinaryOperator.Greater: return (row, c) => Ordered(left(row, c), right(row, c), BinaryOperator.Greater);
            case BinaryOperator.GreaterOrEqual: return (row, c) => Ordered(left(row, c), right(row, c), BinaryOperator.GreaterOrEqual);
            case BinaryOperator.Add: return (row, c) => Arithmetic.Add(left(row, c), right(row, c));
            case BinaryOperator.Subtract: return (row, c) => Arithmetic.Subtract(left(row, c), right(row, c));
            case BinaryOperator.Multiply: return (row, c) => Arithmetic.Multiply(left(row, c), right(row, c));
            case BinaryOperator.Divide: return (row, c) => Arithmetic.Divide(left(row, c), right(row, c));
            case BinaryOperator.Modulo: return (row, c) => Arithmetic.Modulo(left(row, c), right(row, c));
            case BinaryOperator.Power: return (row, c) => Arithmetic.Power(left(row, c), right(row, c));
            case BinaryOperator.In when StaticTypes.Of(binary.Right, scope) is VariableKind.Boolean or VariableKind.Integer
                or VariableKind.Float or VariableKind.String or VariableKind.Map:
                throw plan.Error(binary.Right.Offset, "InvalidArgumentType", "Type mismatch: IN expects a list");
            case BinaryOperator.In: return (row, c) => In(left(row, c), right(row, c));
            case BinaryOperator.StartsWith:
                return (row, c) => left(row, c) is string l && right(row, c) is string r ? Truth.Box(l.StartsWith(r, StringComparison.Ordinal)) : null;
            case BinaryOperator.EndsWith:
                return (row, c) => left(row, c) is string l && right(row, c) is string r ? Truth.Box(l.EndsWith(r, StringComparison.Ordinal)) : null;
            case BinaryOperator.Contains:
                return (row, c) => left(row, c) is string l && right(row, c) is string r ? Truth.Box(l.Contains(r, StringComparison.Ordinal)) : null;
            case BinaryOperator.RegexMatch:
            {
                Regex? cached = null;
                string? cachedPattern = null;
                return (row, c) =>
                {
                    if (left(row, c) is not string l || right(row, c) is not string r) return null;
                    if (cachedPattern != r)
                    {
                        try
                        {
                            cached = new Regex("^(?:" + r + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                        }
                        catch (ArgumentException e)
                        {
                            throw new GraphDatabaseException(StatusCodes.ArgumentError, $"Invalid regular expression: {e.Message}", "InvalidArgumentValue");
                        }
                        cachedPattern = r;
                    }
                    try
                    {
                        return Truth.Box(cached!.IsMatch(l));
                    }
                    catch (RegexMatchTimeoutException)
                    {
                        throw new GraphDatabaseException(StatusCodes.ArgumentError, "Regular expression took too long", "InvalidArgumentValue");
                    }
                };
            }
            default:
                throw plan.Error(binary.Offset, "UnexpectedSyntax", $"Unsupported operator {binary.Operator}");
        }
    }

    private static object? Ordered(object? left, object? right, BinaryOperator op)
    {
        // NaN compares false with every number, but null with values of other types.
        if ((left is double l && double.IsNaN(l) && right is long or double) || (right is double r && double.IsNaN(r) && left is long or double))
            return Truth.False;
        if (CypherComparer.Compare(left, right) is not { } c) return null;
        return Truth.Box(op switch
        {
            BinaryOperator.Less => c < 0,
            BinaryOperator.LessOrEqual => c <= 0,
            BinaryOperator.Greater => c > 0,
            _ => c >= 0,
        });
    }

    private static object? In(object? value, object? list)
    {
        if (list is null) return null;
        if (list is not IReadOnlyList<object?> items) throw CypherTypeError.InvalidArgument($"IN expects a list but was {CypherTypeError.TypeName(list)}");
        var sawNull = false;
        foreach (var item in items)
        {
            var equal = CypherComparer.Equal(value, item);
            if (equal == true) return Truth.True;
            if (equal is null) sawNull = true;
        }
        return sawNull ? null : Truth.False;
    }

    private Evaluator CompileLabelCheck(LabelCheck check)
    {
        var target = Compile(check.Target);
        var labels = check.Labels.ToArray();
        return (row, c) => target(row, c) switch
        {
            null => null,
            NodeRef node => Truth.Box(labels.All(label => c.Reader.HasLabel(ValueAccess.CheckNode(node, c), label))),
            RelationshipRef relationship => Truth.Box(labels.All(label => label == relationship.Type)),
            var v => throw CypherTypeError.InvalidArgument($"Cannot check labels of a {CypherTypeError.TypeName(v)}"),
        };
    }

    private Evaluator AggregateSlot(Expr expression, string name)
    {
        if (aggregateSlots is null || !aggregateSlots.TryGetValue(expression, out var slot))
            throw plan.Error(expression.Offset, "InvalidAggregation", $"Invalid use of aggregating function {name}(...) in this context");
        return (row, _) => row[slot];
    }

    private Evaluator CompileFunction(FunctionCall call)
    {
        if (AggregateSpec.Names.Contains(call.Name)) return AggregateSlot(call, call.Name);
        if (string.Equals(call.Name, "exists", StringComparison.OrdinalIgnoreCase) && call.Arguments.Count == 1
            && call.Arguments[0] is PatternExpression pattern)
        {
            RequireBound(pattern.Pattern);
            return CompileExists([pattern.Pattern], null, call.Offset);
        }
        if (!FunctionRegistry.TryGet(call.Name, out var definition))
            throw plan.Error(call.Offset, "UnknownFunction", $"Unknown function '{call.Name}'");
        if (call.Arguments.Count < definition.MinArguments || call.Arguments.Count > definition.MaxArguments)
            throw plan.Error(call.Offset, "InvalidNumberOfArguments", $"Wrong number of arguments for {call.Name}");
        CheckArgumentKinds(call);
        var arguments = call.Arguments.Select(Compile).ToArray();
        var body = definition.Body;
        return (row, c) =>
        {
            var values = new object?[arguments.Length];
            for (var i = 0; i < arguments.Length; i++) values[i] = arguments[i](row, c);
            return body(values, c);
        };
    }

    private void CheckArgumentKinds(FunctionCall call)
    {
        if (call.Arguments.Count == 0) return;
        var kind = StaticTypes.Of(call.Arguments[0], scope);
        var invalid = call.Name.ToLowerInvariant() switch
        {
            // size() of a pattern is rejected as a pattern outside a predicate (UnexpectedSyntax), as in Neo4j 5.
            "size" => call.Arguments[0] is not PatternExpression && kind is VariableKind.Node or VariableKind.Relationship or VariableKind.Path or VariableKind.Integer or VariableKind.Float
                or VariableKind.Boolean,
            "length" => kind is VariableKind.Node or VariableKind.Relationship or VariableKind.Integer or VariableKind.Float
                or VariableKind.Boolean or VariableKind.Map,
            "labels" => kind is not (VariableKind.Value or VariableKind.Node),
            "type" => kind is not (VariableKind.Value or VariableKind.Relationship),
            "properties" => kind is not (VariableKind.Value or VariableKind.Node or VariableKind.Relationship or VariableKind.Map),
            _ => false,
        };
        if (invalid) throw plan.Error(call.Arguments[0].Offset, "InvalidArgumentType", $"Type mismatch: {call.Name}() does not accept {kind}");
    }

    private Evaluator CompileCase(CaseExpression expression)
    {
        var subject = expression.Subject is null ? null : Compile(expression.Subject);
        var whens = expression.Alternatives.Select(a => Compile(a.When)).ToArray();
        var thens = expression.Alternatives.Select(a => Compile(a.Then)).ToArray();
        var otherwise = expression.Else is null ? null : Compile(expression.Else);
        return (row, c) =>
        {
            var value = subject?.Invoke(row, c);
            for (var i = 0; i < whens.Length; i++)
            {
                var when = whens[i](row, c);
                var matches = subject is null ? when is true : CypherComparer.Equal(value, when) == true;
                if (matches) return thens[i](row, c);
            }
            return otherwise?.Invoke(row, c);
        };
    }

    private (ExpressionCompiler Inner, int Slot) Local(string name, VariableKind kind = VariableKind.Value)
    {
        var inner = scope.Copy();
        var variable = plan.Declare(inner, name, kind);
        return (With(inner), variable.Slot);
    }

    private Evaluator CompileListComprehension(ListComprehension comprehension)
    {
        var source = Compile(comprehension.Source);
        var (inner, slot) = Local(comprehension.Variable);
        var where = comprehension.Where is null ? null : inner.Compile(comprehension.Where);
        var projection = comprehension.Projection is null ? null : inner.Compile(comprehension.Projection);
        return (row, c) =>
        {
            var list = AsList(source(row, c));
            if (list is null) return null;
            var result = new List<object?>();
            foreach (var item in list)
            {
                row[slot] = item;
                if (where is not null && where(row, c) is not true) continue;
                result.Add(projection is null ? item : projection(row, c));
            }
            return result;
        };
    }

    private static IReadOnlyList<object?>? AsList(object? value) => value switch
    {
        null => null,
        IReadOnlyList<object?> list => list,
        _ => throw CypherTypeError.InvalidArgument($"Expected a list but was {CypherTypeError.TypeName(value)}"),
    };

    private Evaluator CompileQuantifier(Quantifier quantifier)
    {
        var source = Compile(quantifier.Source);
        var (inner, slot) = Local(quantifier.Variable, StaticTypes.ElementOf(quantifier.Source, scope));
        var where = quantifier.Where is null ? (_, _) => Truth.True : inner.Compile(quantifier.Where);
        var kind = quantifier.Kind;
        return (row, c) =>
        {
            var list = AsList(source(row, c));
            if (list is null) return null;
            long trues = 0, nulls = 0;
            foreach (var item in list)
            {
                row[slot] = item;
                var result = Truth.Of(where(row, c));
                if (result == true)
                {
                    trues++;
                    if (kind == QuantifierKind.Any) return Truth.True;
                    if (kind == QuantifierKind.None) return Truth.False;
                    if (kind == QuantifierKind.Single && trues > 1) return Truth.False;
                }
                else if (result is null) nulls++;
                else if (kind == QuantifierKind.All) return Truth.False;
            }
            return kind switch
            {
                QuantifierKind.Any => nulls > 0 ? null : Truth.False,
                QuantifierKind.All => nulls > 0 ? null : Truth.True,
                QuantifierKind.None => nulls > 0 ? null : Truth.True,
                _ => nulls > 0 ? null : Truth.Box(trues == 1),
            };
        };
    }

    private Evaluator CompileReduce(Reduce reduce)
    {
        var initial = Compile(reduce.Initial);
        var source = Compile(reduce.Source);
        var innerScope = scope.Copy();
        var accumulator = plan.Declare(innerScope, reduce.Accumulator, VariableKind.Value).Slot;
        var element = plan.Declare(innerScope, reduce.Variable, VariableKind.Value).Slot;
        var body = With(innerScope).Compile(reduce.Body);
        return (row, c) =>
        {
            var value = initial(row, c);
            var list = AsList(source(row, c));
            if (list is null) return null;
            foreach (var item in list)
            {
                row[accumulator] = value;
                row[element] = item;
                value = body(row, c);
            }
            return value;
        };
    }

    private Evaluator CompileMapProjection(MapProjection projection)
    {
        if (!scope.TryGet(projection.Variable, out var bound))
            throw plan.Error(projection.Offset, "UndefinedVariable", $"Variable `{projection.Variable}` not defined");
        var slot = bound.Slot;
        var items = projection.Items
            .Select(item => (item.Key, item.AllProperties, Value: item.Value is null ? null : Compile(item.Value)))
            .ToArray();
        return (row, c) =>
        {
            var target = row[slot];
            if (target is null) return null;
            var result = new Dictionary<string, object?>();
            foreach (var (key, all, value) in items)
            {
                if (all) foreach (var (k, v) in AllProperties(target, c)) result[k] = v;
                else if (value is not null) result[key!] = value(row, c);
                else result[key!] = ValueAccess.Property(target, key!, c);
            }
            return result;
        };
    }

    private static IReadOnlyDictionary<string, object?> AllProperties(object target, QueryContext c) => target switch
    {
        NodeRef node => c.Reader.NodeProperties(ValueAccess.CheckNode(node, c)),
        RelationshipRef relationship => c.Reader.RelationshipProperties(ValueAccess.CheckRelationship(relationship, c)),
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw CypherTypeError.InvalidArgument($"Cannot project a {CypherTypeError.TypeName(target)}"),
    };

    /// <summary>A pattern used as an expression may not introduce variables.</summary>
    private void RequireBound(PatternPart pattern)
    {
        foreach (var node in pattern.Nodes)
            if (node.Variable is not null && !scope.Contains(node.Variable))
                throw plan.Error(node.Offset, "UndefinedVariable", $"Variable `{node.Variable}` not defined");
        foreach (var relationship in pattern.Relationships)
            if (relationship.Variable is not null && !scope.Contains(relationship.Variable))
                throw plan.Error(relationship.Offset, "UndefinedVariable", $"Variable `{relationship.Variable}` not defined");
    }

    private Evaluator CompileExists(IReadOnlyList<PatternPart> patterns, Expr? where, int offset)
    {
        if (constantOnly) throw plan.Error(offset, "NonConstantExpression", "Patterns are not allowed here");
        var pipeline = subqueries.PlanPatterns(patterns, where, scope, out _);
        return (row, c) =>
        {
            foreach (var _ in pipeline.RunOne(row, c)) return Truth.True;
            return Truth.False;
        };
    }

    private Evaluator CompileExistsQuery(Query body, int offset)
    {
        if (constantOnly) throw plan.Error(offset, "NonConstantExpression", "Subqueries are not allowed here");
        var branches = subqueries.PlanQuery(body, scope);
        return (row, c) =>
        {
            foreach (var branch in branches)
                foreach (var _ in branch.RunOne(row, c)) return Truth.True;
            return Truth.False;
        };
    }

    private Evaluator CompilePatternComprehension(PatternComprehension comprehension)
    {
        var pipeline = subqueries.PlanPatterns([comprehension.Pattern], comprehension.Where, scope, out var inner);
        var projection = With(inner).Compile(comprehension.Projection);
        return (row, c) =>
        {
            var result = new List<object?>();
            foreach (var match in pipeline.RunOne(row, c)) result.Add(projection(match, c));
            return result;
        };
    }
}
