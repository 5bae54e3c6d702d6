using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Functions;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Graph.Storage;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Plans MATCH patterns: declares their variables, picks an anchor per pattern part (bound node, index
/// seek, label scan, all nodes), expands outwards from it, then applies node and relationship filters,
/// named paths, shortest paths and WHERE.
/// </summary>
public sealed class MatchPlanner(PlanContext plan, Func<Query, Scope, IReadOnlyList<Pipeline>> queries) : ISubqueryPlanner
{
    private sealed record PartSlots(PatternPart Part, int[] Nodes, int[] Relationships, int PathSlot);

    public IReadOnlyList<Pipeline> PlanQuery(Query body, Scope outer) => queries(body, outer);

    public Pipeline PlanPatterns(IReadOnlyList<PatternPart> patterns, Expr? where, Scope outer, out Scope inner)
    {
        inner = outer.Copy();
        var operators = new List<Operator>();
        PlanMatch(patterns, where, inner, operators);
        return new Pipeline(operators);
    }

    public void PlanMatch(IReadOnlyList<PatternPart> parts, Expr? where, Scope scope, List<Operator> operators)
    {
        var outer = scope.Copy();
        var bound = new HashSet<int>(outer.Variables.Select(v => v.Slot));
        var declared = parts.Select(part => Declare(part, scope, outer)).ToList();
        var seeks = where is null ? [] : WhereSeeks(where, scope, outer);
        var matchRelationships = new List<int>();

        foreach (var slots in declared.Where(d => d.Part.Function == PathFunction.None))
        {
            PlanPart(slots, scope, outer, bound, seeks, matchRelationships, operators);
            if (slots.PathSlot >= 0) operators.Add(new PathBuild(slots.PathSlot, slots.Nodes, slots.Relationships, slots.Part.PathVariable!));
        }
        foreach (var slots in declared.Where(d => d.Part.Function != PathFunction.None))
            PlanShortest(slots, scope, outer, bound, seeks, operators);
        if (where is not null)
            operators.Add(new Filter(Compiler(scope).CompilePredicate(where), AstPrinter.Print(where)));
    }

    private ExpressionCompiler Compiler(Scope scope) => new(plan, scope, this);

    private PartSlots Declare(PatternPart part, Scope scope, Scope outer)
    {
        var nodes = new int[part.Nodes.Count];
        for (var i = 0; i < nodes.Length; i++)
        {
            var node = part.Nodes[i];
            if (node.Properties is Parameter)
                throw plan.Error(node.Offset, "InvalidParameterUse", "Parameter maps cannot be used in MATCH patterns");
            if (node.Variable is null) { nodes[i] = plan.NewSlot(); continue; }
            if (scope.TryGet(node.Variable, out var existing))
            {
                if (StaticTypes.IsNeverNode(existing.Kind))
                    throw plan.Error(node.Offset, "VariableTypeConflict", $"Variable `{node.Variable}` already declared as {existing.Kind}");
                nodes[i] = existing.Slot;
            }
            else nodes[i] = plan.Declare(scope, node.Variable, VariableKind.Node).Slot;
        }
        var relationships = new int[part.Relationships.Count];
        for (var i = 0; i < relationships.Length; i++)
        {
            var relationship = part.Relationships[i];
            if (relationship.Properties is Parameter)
                throw plan.Error(relationship.Offset, "InvalidParameterUse", "Parameter maps cannot be used in MATCH patterns");
            var kind = relationship.Length is null ? VariableKind.Relationship : VariableKind.RelationshipList;
            if (relationship.Variable is null) { relationships[i] = plan.NewSlot(); continue; }
            if (scope.TryGet(relationship.Variable, out var existing))
            {
                var compatible = kind == VariableKind.Relationship
                    ? existing.Kind is VariableKind.Value or VariableKind.Relationship
                    : existing.Kind is VariableKind.Value or VariableKind.RelationshipList or VariableKind.List;
                if (!compatible)
                    throw plan.Error(relationship.Offset, "VariableTypeConflict", $"Variable `{relationship.Variable}` already declared as {existing.Kind}");
                if (!outer.Contains(relationship.Variable))
                    throw plan.Error(relationship.Offset, "RelationshipUniquenessViolation", $"Relationship `{relationship.Variable}` is used twice");
                relationships[i] = existing.Slot;
            }
            else relationships[i] = plan.Declare(scope, relationship.Variable, kind).Slot;
        }
        var pathSlot = -1;
        if (part.PathVariable is not null)
        {
            if (scope.Contains(part.PathVariable))
                throw plan.Error(part.Offset, "VariableAlreadyBound", $"Variable `{part.PathVariable}` already declared");
            pathSlot = plan.Declare(scope, part.PathVariable, VariableKind.Path).Slot;
        }
        return new PartSlots(part, nodes, relationships, pathSlot);
    }

    private void PlanPart(PartSlots slots, Scope scope, Scope outer, HashSet<int> bound, Dictionary<int, (string Key, Expr Value)> seeks,
        List<int> matchRelationships, List<Operator> operators)
    {
        var part = slots.Part;
        var anchor = ChooseAnchor(slots, outer, bound, seeks);
        var anchorNode = part.Nodes[anchor];
        var anchorSlot = slots.Nodes[anchor];
        string? scannedLabel = null;
        var properties = anchorNode.Properties;
        if (!bound.Contains(anchorSlot))
        {
            scannedLabel = anchorNode.Labels.Count > 0 ? anchorNode.Labels[0] : null;
            operators.Add(Scan(anchorNode, anchorSlot, scope, outer, seeks));
            bound.Add(anchorSlot);
            properties = WithoutSoughtEntry(anchorNode, outer);
        }
        AddNodeFilter(anchorNode, anchorSlot, scannedLabel, scope, operators, properties);
        for (var i = anchor; i < part.Relationships.Count; i++)
            AddExpand(slots, i, forward: true, scope, outer, bound, matchRelationships, operators);
        for (var i = anchor - 1; i >= 0; i--)
            AddExpand(slots, i, forward: false, scope, outer, bound, matchRelationships, operators);
    }

    private int ChooseAnchor(PartSlots slots, Scope outer, HashSet<int> bound, Dictionary<int, (string Key, Expr Value)> seeks)
    {
        var best = 0;
        var bestScore = int.MaxValue;
        for (var i = 0; i < slots.Nodes.Length; i++)
        {
            var node = slots.Part.Nodes[i];
            // An equality seek, even over every label, is far more selective than a label scan.
            var score = bound.Contains(slots.Nodes[i]) ? 0
                : SeekFor(node, slots.Nodes[i], outer, seeks) is not null ? (node.Labels.Count > 0 ? 1 : 2)
                : node.Labels.Count > 0 ? 3
                : 4;
            if (score < bestScore) { best = i; bestScore = score; }
        }
        return best;
    }

    private static (string Key, Expr Value)? SeekFor(NodePattern node, int slot, Scope outer, Dictionary<int, (string Key, Expr Value)> seeks)
    {
        if (node.Properties is MapLiteral map)
        {
            foreach (var entry in map.Entries)
                if (IsIndependent(entry.Value, outer)) return (entry.Key, entry.Value);
        }
        return seeks.TryGetValue(slot, out var seek) ? seek : null;
    }

    /// <summary>
    /// Whether an expression can be computed before the node is bound: constants, parameters, earlier variables, and
    /// and operators, lists, maps and deterministic function calls over those (so n.d = date('2020-01-01') is a seek).
    /// </summary>
    private static bool IsIndependent(Expr expression, Scope outer) => expression switch
    {
        Literal { Value: not null } or Parameter => true,
        Variable v => outer.Contains(v.Name),
        PropertyAccess p => IsIndependent(p.Target, outer),
        FunctionCall { Distinct: false } call => FunctionRegistry.IsDeterministic(call.Name) && call.Arguments.All(a => IsIndependent(a, outer)),
        Binary binary => IsIndependent(binary.Left, outer) && IsIndependent(binary.Right, outer),
        Unary unary => IsIndependent(unary.Operand, outer),
        ListLiteral list => list.Items.All(item => IsIndependent(item, outer)),
        MapLiteral map => map.Entries.All(entry => IsIndependent(entry.Value, outer)),
        _ => false,
    };

    private Dictionary<int, (string Key, Expr Value)> WhereSeeks(Expr where, Scope scope, Scope outer)
    {
        var seeks = new Dictionary<int, (string Key, Expr Value)>();
        foreach (var conjunct in Conjuncts(where))
        {
            if (conjunct is not Binary { Operator: BinaryOperator.Equal } equal) continue;
            foreach (var (side, other) in new[] { (equal.Left, equal.Right), (equal.Right, equal.Left) })
            {
                if (side is PropertyAccess { Target: Variable v } access && !outer.Contains(v.Name) && scope.TryGet(v.Name, out var variable)
                    && variable.Kind == VariableKind.Node && IsIndependent(other, outer))
                    seeks.TryAdd(variable.Slot, (access.Key, other));
            }
        }
        return seeks;
    }

    private static IEnumerable<Expr> Conjuncts(Expr expression)
    {
        if (expression is Binary { Operator: BinaryOperator.And } and)
        {
            foreach (var c in Conjuncts(and.Left)) yield return c;
            foreach (var c in Conjuncts(and.Right)) yield return c;
        }
        else yield return expression;
    }

    private Operator Scan(NodePattern node, int slot, Scope scope, Scope outer, Dictionary<int, (string Key, Expr Value)> seeks)
    {
        var name = node.Variable ?? "anon";
        if (SeekFor(node, slot, outer, seeks) is { } seek)
        {
            var value = Compiler(scope).Compile(seek.Value);
            return node.Labels.Count > 0
                ? new NodeIndexSeek(slot, node.Labels[0], seek.Key, value, name)
                : new NodeAnyLabelIndexSeek(slot, seek.Key, value, name);
        }
        return new NodeScan(slot, node.Labels.Count > 0 ? node.Labels[0] : null, name);
    }

    /// <summary>
    /// The anchor's inline properties minus the entry a labelled index seek already matched: the seek (or its label-scan
    /// fallback) only yields nodes whose property equals the value under Cypher equality, so checking it again is redundant.
    /// </summary>
    private static Expr? WithoutSoughtEntry(NodePattern node, Scope outer)
    {
        if (node.Labels.Count == 0 || node.Properties is not MapLiteral map) return node.Properties;
        var sought = map.Entries.FirstOrDefault(entry => IsIndependent(entry.Value, outer));
        if (sought is null) return node.Properties;
        var rest = map.Entries.Where(entry => !ReferenceEquals(entry, sought)).ToList();
        return rest.Count == 0 ? null : new MapLiteral(rest);
    }

    private void AddNodeFilter(NodePattern node, int slot, string? scannedLabel, Scope scope, List<Operator> operators) =>
        AddNodeFilter(node, slot, scannedLabel, scope, operators, node.Properties);

    private void AddNodeFilter(NodePattern node, int slot, string? scannedLabel, Scope scope, List<Operator> operators, Expr? checkedProperties)
    {
        var labels = node.Labels.Where(l => l != scannedLabel).Distinct().ToArray();
        var properties = PropertyPredicate(checkedProperties, scope);
        if (labels.Length == 0 && properties is null) return;
        Evaluator predicate = (row, c) =>
        {
            if (row[slot] is not NodeRef n) return Truth.False;
            foreach (var label in labels) if (!c.Reader.HasLabel(n.Id, label)) return Truth.False;
            return properties is null ? Truth.True : properties(row, c, n);
        };
        operators.Add(new Filter(predicate, $"{node.Variable}:{string.Join(':', labels)} {PrintProperties(checkedProperties)}".Trim()));
    }

    private static string PrintProperties(Expr? properties) => properties is null ? "" : AstPrinter.Print(properties);

    /// <summary>Compiles an inline property map into a check against an entity: each entry must equal (null never matches).</summary>
    private Func<object?[], QueryContext, object, object?>? PropertyPredicate(Expr? properties, Scope scope)
    {
        if (properties is null) return null;
        var map = Compiler(scope).Compile(properties);
        return (row, c, entity) =>
        {
            if (map(row, c) is not IReadOnlyDictionary<string, object?> wanted)
                throw CypherTypeError.InvalidArgument("Pattern properties must be a map");
            foreach (var (key, value) in wanted)
            {
                if (CypherComparer.Equal(ValueAccess.Property(entity, key, c), value) != true) return Truth.False;
            }
            return Truth.True;
        };
    }

    private void AddExpand(PartSlots slots, int index, bool forward, Scope scope, Scope outer, HashSet<int> bound,
        List<int> matchRelationships, List<Operator> operators)
    {
        var relationship = slots.Part.Relationships[index];
        var fromSlot = forward ? slots.Nodes[index] : slots.Nodes[index + 1];
        var toIndex = forward ? index + 1 : index;
        var toSlot = slots.Nodes[toIndex];
        var toBound = bound.Contains(toSlot);
        var direction = relationship.Direction switch
        {
            RelationshipDirection.Outgoing => forward ? Direction.Outgoing : Direction.Incoming,
            RelationshipDirection.Incoming => forward ? Direction.Incoming : Direction.Outgoing,
            _ => Direction.Both,
        };
        var relationshipSlot = slots.Relationships[index];
        var alreadyBound = relationship.Variable is not null && outer.Contains(relationship.Variable);
        var targetSlot = alreadyBound ? plan.NewSlot() : relationshipSlot;
        var description = $"({(forward ? slots.Part.Nodes[index] : slots.Part.Nodes[index + 1]).Variable})-[{relationship.Variable}:{string.Join('|', relationship.Types)}]-({slots.Part.Nodes[toIndex].Variable})";
        var uniqueness = matchRelationships.ToArray();
        if (relationship.Length is { } length)
        {
            var scratch = plan.NewSlot();
            Evaluator? predicate = null;
            if (PropertyPredicate(relationship.Properties, scope) is { } properties)
                predicate = (row, c) => properties(row, c, row[scratch]!);
            operators.Add(new VarLengthExpand(fromSlot, targetSlot, toSlot, relationship.Types, direction, length.Min ?? 1,
                length.Max ?? long.MaxValue, toBound, reverseList: !forward, uniqueness, scratch, predicate, description));
        }
        else
        {
            operators.Add(new Expand(fromSlot, targetSlot, toSlot, relationship.Types, direction, toBound, uniqueness, description));
            if (PropertyPredicate(relationship.Properties, scope) is { } properties)
                operators.Add(new Filter((row, c) => properties(row, c, row[targetSlot]!), $"{relationship.Variable} {PrintProperties(relationship.Properties)}"));
        }
        if (alreadyBound)
            operators.Add(new Filter((row, _) => Truth.Box(CypherComparer.Equal(row[targetSlot], row[relationshipSlot]) == true), $"{relationship.Variable} is bound"));
        matchRelationships.Add(targetSlot);
        bound.Add(targetSlot);
        bound.Add(toSlot);
        AddNodeFilter(slots.Part.Nodes[toIndex], toSlot, null, scope, operators);
    }

    private void PlanShortest(PartSlots slots, Scope scope, Scope outer, HashSet<int> bound, Dictionary<int, (string Key, Expr Value)> seeks,
        List<Operator> operators)
    {
        var part = slots.Part;
        if (part.Relationships.Count != 1)
            throw plan.Error(part.Offset, "UnexpectedSyntax", "shortestPath needs exactly one relationship pattern");
        for (var i = 0; i < 2; i++)
        {
            if (bound.Contains(slots.Nodes[i]))
            {
                AddNodeFilter(part.Nodes[i], slots.Nodes[i], null, scope, operators);
                continue;
            }
            var node = part.Nodes[i];
            operators.Add(Scan(node, slots.Nodes[i], scope, outer, seeks));
            AddNodeFilter(node, slots.Nodes[i], node.Labels.Count > 0 ? node.Labels[0] : null, scope, operators);
            bound.Add(slots.Nodes[i]);
        }
        var relationship = part.Relationships[0];
        var direction = relationship.Direction switch
        {
            RelationshipDirection.Outgoing => Direction.Outgoing,
            RelationshipDirection.Incoming => Direction.Incoming,
            _ => Direction.Both,
        };
        var length = relationship.Length ?? new VariableLength(1, 1);
        var pathSlot = slots.PathSlot >= 0 ? slots.PathSlot : plan.NewSlot();
        operators.Add(new ShortestPath(slots.Nodes[0], slots.Nodes[1], relationship.Variable is null ? -1 : slots.Relationships[0], pathSlot,
            relationship.Types, direction, length.Min ?? 1, length.Max ?? long.MaxValue, part.Function == PathFunction.AllShortestPaths,
            AstPrinter.Print(part)));
        bound.Add(pathSlot);
    }
}
