using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Plans CREATE, MERGE, SET, REMOVE and DELETE.</summary>
public sealed class UpdatePlanner(PlanContext plan, MatchPlanner matcher)
{
    private ExpressionCompiler Compiler(Scope scope) => new(plan, scope, matcher);

    public Operator PlanCreate(CreateClause clause, Scope scope)
    {
        var pattern = BuildCreatePattern(clause.Patterns, scope, scope, forMerge: false);
        return new Create(pattern, string.Join(", ", clause.Patterns.Select(AstPrinter.Print)));
    }

    /// <summary>
    /// Declares the pattern's new variables in <paramref name="target"/> (reusing slots already there for
    /// MERGE) and compiles what to create. Variables bound in <paramref name="outer"/> are not created.
    /// </summary>
    private CreatePattern BuildCreatePattern(IReadOnlyList<PatternPart> parts, Scope outer, Scope target, bool forMerge)
    {
        var nodes = new List<CreateNodeSpec>();
        var relationships = new List<CreateRelationshipSpec>();
        var paths = new List<(int, int[], int[])>();
        var createdHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (part.Function != PathFunction.None) throw plan.Error(part.Offset, "UnexpectedSyntax", "shortestPath cannot be created");
            var nodeSlots = new int[part.Nodes.Count];
            for (var i = 0; i < part.Nodes.Count; i++)
            {
                var node = part.Nodes[i];
                var isBound = node.Variable is not null && (outer.Contains(node.Variable) || createdHere.Contains(node.Variable));
                if (isBound)
                {
                    outer.TryGet(node.Variable!, out var existing);
                    target.TryGet(node.Variable!, out var current);
                    var variable = existing ?? current!;
                    if (variable.Kind is not (VariableKind.Node or VariableKind.Value))
                        throw plan.Error(node.Offset, "VariableTypeConflict", $"Variable `{node.Variable}` is not a node");
                    if (!forMerge && (node.Labels.Count > 0 || node.Properties is not null || part.Nodes.Count == 1))
                        throw plan.Error(node.Offset, "VariableAlreadyBound", $"Variable `{node.Variable}` already declared");
                    nodeSlots[i] = variable.Slot;
                    nodes.Add(new CreateNodeSpec(variable.Slot, true, [], null));
                    continue;
                }
                int slot;
                if (node.Variable is null) slot = plan.NewSlot();
                else if (forMerge && target.TryGet(node.Variable, out var declared)) slot = declared.Slot;
                else slot = plan.Declare(target, node.Variable, VariableKind.Node).Slot;
                if (node.Variable is not null) createdHere.Add(node.Variable);
                nodeSlots[i] = slot;
                nodes.Add(new CreateNodeSpec(slot, false, node.Labels, node.Properties is null ? null : Compiler(target).Compile(node.Properties)));
            }
            var relationshipSlots = new int[part.Relationships.Count];
            for (var i = 0; i < part.Relationships.Count; i++)
            {
                var relationship = part.Relationships[i];
                if (relationship.Length is not null)
                    throw plan.Error(relationship.Offset, "CreatingVarLength", "Variable length relationships cannot be created");
                if (relationship.Variable is not null && (outer.Contains(relationship.Variable) || createdHere.Contains(relationship.Variable)))
                    throw plan.Error(relationship.Offset, "VariableAlreadyBound", $"Variable `{relationship.Variable}` already declared");
                if (relationship.Types.Count != 1)
                    throw plan.Error(relationship.Offset, "NoSingleRelationshipType", "A single relationship type must be specified");
                if (relationship.Direction == RelationshipDirection.Both && !forMerge)
                    throw plan.Error(relationship.Offset, "RequiresDirectedRelationship", "Only directed relationships are supported in CREATE");
                int slot;
                if (relationship.Variable is null) slot = plan.NewSlot();
                else if (forMerge && target.TryGet(relationship.Variable, out var declared)) slot = declared.Slot;
                else slot = plan.Declare(target, relationship.Variable, VariableKind.Relationship).Slot;
                if (relationship.Variable is not null) createdHere.Add(relationship.Variable);
                relationshipSlots[i] = slot;
                var incoming = relationship.Direction == RelationshipDirection.Incoming;
                relationships.Add(new CreateRelationshipSpec(slot, incoming ? nodeSlots[i + 1] : nodeSlots[i], incoming ? nodeSlots[i] : nodeSlots[i + 1],
                    relationship.Types[0], relationship.Properties is null ? null : Compiler(target).Compile(relationship.Properties)));
            }
            if (part.PathVariable is not null)
            {
                int slot;
                if (forMerge && target.TryGet(part.PathVariable, out var declared)) slot = declared.Slot;
                else if (outer.Contains(part.PathVariable)) throw plan.Error(part.Offset, "VariableAlreadyBound", $"Variable `{part.PathVariable}` already declared");
                else slot = plan.Declare(target, part.PathVariable, VariableKind.Path).Slot;
                paths.Add((slot, nodeSlots, relationshipSlots));
            }
        }
        return new CreatePattern(nodes, relationships, paths, forMerge);
    }

    public Operator PlanMerge(MergeClause clause, Scope scope, out Scope after)
    {
        var part = clause.Pattern;
        foreach (var relationship in part.Relationships)
            if (relationship.Variable is not null && scope.Contains(relationship.Variable))
                throw plan.Error(relationship.Offset, "VariableAlreadyBound", $"Variable `{relationship.Variable}` already declared");
        foreach (var relationship in part.Relationships)
        {
            if (relationship.Length is not null)
                throw plan.Error(relationship.Offset, "CreatingVarLength", "Variable length relationships cannot be merged");
            if (relationship.Types.Count != 1)
                throw plan.Error(relationship.Offset, "NoSingleRelationshipType", "A single relationship type must be specified for MERGE");
        }
        if (part.Nodes.Count == 1 && part.Nodes[0].Variable is { } only && scope.Contains(only))
            throw plan.Error(part.Nodes[0].Offset, "VariableAlreadyBound", $"Variable `{only}` already declared");
        // A node bound before MERGE is matched as it is: it cannot be given new labels or properties to match on.
        foreach (var node in part.Nodes)
            if (node.Variable is not null && scope.Contains(node.Variable) && (node.Labels.Count > 0 || node.Properties is not null))
                throw plan.Error(node.Offset, "VariableAlreadyBound", $"Variable `{node.Variable}` already declared");
        var match = matcher.PlanPatterns([part], null, scope, out var inner);
        var create = BuildCreatePattern([part], scope, inner, forMerge: true);
        var onCreate = PlanSetItems(clause.OnCreate, inner);
        var onMatch = PlanSetItems(clause.OnMatch, inner);
        after = inner;
        return new Merge(match, create, onCreate, onMatch, AstPrinter.Print(part));
    }

    public List<UpdateAction> PlanSetItems(IReadOnlyList<SetItem> items, Scope scope)
    {
        var compiler = Compiler(scope);
        var actions = new List<UpdateAction>();
        foreach (var item in items)
        {
            switch (item)
            {
                case SetProperty property:
                    actions.Add(UpdateActions.SetProperty(compiler.Compile(property.Target.Target), property.Target.Key, compiler.Compile(property.Value)));
                    break;
                case SetAllProperties all:
                    actions.Add(UpdateActions.SetAll(compiler.Compile(all.Target), compiler.Compile(all.Value), all.Merge));
                    break;
                case SetLabels labels:
                    actions.Add(UpdateActions.SetLabels(SlotOf(labels.Variable, scope), labels.Labels));
                    break;
            }
        }
        return actions;
    }

    public List<UpdateAction> PlanRemoveItems(IReadOnlyList<RemoveItem> items, Scope scope)
    {
        var compiler = Compiler(scope);
        var actions = new List<UpdateAction>();
        foreach (var item in items)
        {
            if (item.Property is not null) actions.Add(UpdateActions.RemoveProperty(compiler.Compile(item.Property.Target), item.Property.Key));
            else actions.Add(UpdateActions.RemoveLabels(SlotOf(item.Variable!, scope), item.Labels));
        }
        return actions;
    }

    public Operator PlanDelete(DeleteClause clause, Scope scope)
    {
        var compiler = Compiler(scope);
        foreach (var target in clause.Targets)
        {
            if (target is LabelCheck)
                throw plan.Error(target.Offset, "InvalidDelete", "Labels cannot be deleted (use REMOVE)");
            if (target is Literal or Binary)
                throw plan.Error(target.Offset, "InvalidArgumentType", "Type mismatch: only nodes, relationships and paths can be deleted");
        }
        return new Delete(clause.Targets.Select(compiler.Compile).ToArray(), clause.Detach,
            string.Join(", ", clause.Targets.Select(AstPrinter.Print)));
    }

    private int SlotOf(string name, Scope scope) =>
        scope.TryGet(name, out var variable) ? variable.Slot : throw plan.Error(0, "UndefinedVariable", $"Variable `{name}` not defined");
}
