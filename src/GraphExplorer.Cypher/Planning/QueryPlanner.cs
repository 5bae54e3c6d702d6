using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Execution.Procedures;
using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Plans a parsed query clause by clause into pipelines of operators (the binder's checks happen on the way).</summary>
public sealed class QueryPlanner
{
    private readonly PlanContext _plan;
    private readonly MatchPlanner _matcher;
    private readonly ProjectionPlanner _projections;
    private readonly UpdatePlanner _updates;

    private QueryPlanner(string text)
    {
        _plan = new PlanContext(text);
        _matcher = new MatchPlanner(_plan, PlanExistential);
        _projections = new ProjectionPlanner(_plan, _matcher);
        _updates = new UpdatePlanner(_plan, _matcher);
    }

    public static ExecutionPlan Plan(Query query, string text) => new QueryPlanner(text).PlanQuery(query);

    private ExecutionPlan PlanQuery(Query query)
    {
        if (query.UnionAll.Distinct().Count() > 1)
            throw _plan.Error(0, "InvalidClauseComposition", "Invalid combination of UNION and UNION ALL");
        var branches = new List<QueryBranch>();
        IReadOnlyList<string>? columns = null;
        var returns = false;
        foreach (var part in query.Parts)
        {
            var (pipeline, output, hasReturn) = PlanSingle(part);
            returns |= hasReturn;
            var names = output.Select(o => o.Name).ToList();
            if (columns is not null && !columns.SequenceEqual(names))
                throw _plan.Error(0, "DifferentColumnsInUnion", "All sub queries in an UNION must have the same return column names");
            columns = names;
            branches.Add(new QueryBranch(pipeline, output.Select(o => o.Slot).ToArray()));
        }
        var kind = !_plan.Writes ? QueryKind.ReadOnly : returns ? QueryKind.ReadWrite : QueryKind.WriteOnly;
        return new ExecutionPlan(columns!, branches, query.UnionAll.Count > 0 && !query.UnionAll[0], _plan.SlotCount, kind, _plan.ParameterNames);
    }

    /// <summary>
    /// Plans the body of a full existential subquery (EXISTS { MATCH ... RETURN ... }): it reads the outer
    /// variables, may end with any reading clause, and may not update the graph.
    /// </summary>
    private IReadOnlyList<Pipeline> PlanExistential(Query body, Scope outer)
    {
        var branches = new List<Pipeline>();
        foreach (var part in body.Parts)
        {
            if (part.Clauses.FirstOrDefault(c => c is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause) is { } update)
                throw _plan.Error(update.Offset, "InvalidClauseComposition", "An existential subquery cannot update the graph");
            branches.Add(PlanSingle(part, outer).Pipeline);
        }
        return branches;
    }

    private (Pipeline Pipeline, List<(string Name, int Slot)> Output, bool HasReturn) PlanSingle(SingleQuery query, Scope? outer = null)
    {
        var scope = outer?.Copy() ?? new Scope();
        var operators = new List<Operator>();
        var output = new List<(string Name, int Slot)>();
        var eager = new EagerPolicy();
        var hasReturn = false;
        for (var index = 0; index < query.Clauses.Count; index++)
        {
            var clause = query.Clauses[index];
            var last = index == query.Clauses.Count - 1;
            var isUpdate = clause is CreateClause or MergeClause or SetClause or RemoveClause or DeleteClause;
            // Clauses see the complete effect of earlier updating clauses, and updates never disturb a read still in progress.
            if (eager.NeedsBarrierBefore(clause, isUpdate, first: operators.Count == 0)) operators.Add(new Eager());
            if (isUpdate) _plan.Writes = true;
            switch (clause)
            {
                case MatchClause match when match.Optional:
                {
                    var inner = scope.Copy();
                    var innerOperators = new List<Operator>();
                    _matcher.PlanMatch(match.Patterns, match.Where, inner, innerOperators);
                    var newSlots = inner.Variables.Where(v => !scope.Contains(v.Name)).Select(v => v.Slot).ToArray();
                    operators.Add(new OptionalApply(new Pipeline(innerOperators), newSlots));
                    scope = inner;
                    break;
                }
                case MatchClause match:
                    _matcher.PlanMatch(match.Patterns, match.Where, scope, operators);
                    break;
                case UnwindClause unwind:
                {
                    if (scope.Contains(unwind.Variable))
                        throw _plan.Error(clause.Offset, "VariableAlreadyBound", $"Variable `{unwind.Variable}` already declared");
                    var list = new ExpressionCompiler(_plan, scope, _matcher).Compile(unwind.List);
                    var variable = _plan.Declare(scope, unwind.Variable, VariableKind.Value);
                    operators.Add(new Unwind(variable.Slot, list, $"{AstPrinter.Print(unwind.List)} AS {unwind.Variable}"));
                    break;
                }
                case WithClause with:
                {
                    scope = _projections.Plan(with.Projection, with.Where, scope, operators, isWith: true, clause.Offset, out _);
                    break;
                }
                case ReturnClause ret:
                {
                    if (!last) throw _plan.Error(query.Clauses[index + 1].Offset, "InvalidClauseComposition", "RETURN can only be used at the end of the query");
                    scope = _projections.Plan(ret.Projection, null, scope, operators, isWith: false, clause.Offset, out output);
                    hasReturn = true;
                    break;
                }
                case CreateClause create:
                    operators.Add(_updates.PlanCreate(create, scope));
                    break;
                case MergeClause merge:
                    operators.Add(_updates.PlanMerge(merge, scope, out scope));
                    break;
                case SetClause set:
                    operators.Add(new Update(_updates.PlanSetItems(set.Items, scope), "SetProperties"));
                    break;
                case RemoveClause remove:
                    operators.Add(new Update(_updates.PlanRemoveItems(remove.Items, scope), "Remove"));
                    break;
                case DeleteClause delete:
                    operators.Add(_updates.PlanDelete(delete, scope));
                    break;
                case CallClause call:
                    output = PlanCall(call, scope, operators, standalone: query.Clauses.Count == 1);
                    hasReturn |= query.Clauses.Count == 1;
                    break;
            }
        }
        var final = query.Clauses[^1];
        if (outer is not null) return (new Pipeline(operators), output, hasReturn);
        if (final is MatchClause or WithClause or UnwindClause || (final is CallClause && query.Clauses.Count > 1 && output.Count > 0 && !hasReturn))
            throw _plan.Error(final.Offset, "InvalidClauseComposition", "Query cannot conclude with this clause (must be a RETURN clause, an update clause or a procedure call)");
        if (final is CallClause && query.Clauses.Count > 1) output = [];
        return (new Pipeline(operators), output, hasReturn);
    }

    private List<(string Name, int Slot)> PlanCall(CallClause call, Scope scope, List<Operator> operators, bool standalone)
    {
        if (!ProcedureRegistry.TryGet(call.Procedure, out var procedure))
            throw _plan.Error(call.Offset, "ProcedureNotFound", $"There is no procedure with the name `{call.Procedure}` registered");
        var compiler = new ExpressionCompiler(_plan, scope, _matcher);
        Evaluator[] arguments;
        if (call.Arguments is null)
        {
            arguments = procedure.Arguments.Select(name => compiler.Compile(new Parameter(name))).ToArray();
        }
        else
        {
            if (call.Arguments.Count != procedure.Arguments.Count)
                throw _plan.Error(call.Offset, "InvalidNumberOfArguments", $"Procedure {procedure.Name} takes {procedure.Arguments.Count} arguments");
            arguments = call.Arguments.Select(compiler.Compile).ToArray();
        }
        var yields = call.Yield?.ToList()
            ?? (standalone || call.YieldAll ? procedure.Fields.Select(f => new YieldItem(f, null)).ToList() : []);
        var fieldIndexes = new int[yields.Count];
        var slots = new int[yields.Count];
        var output = new List<(string, int)>();
        for (var i = 0; i < yields.Count; i++)
        {
            fieldIndexes[i] = procedure.Fields.ToList().IndexOf(yields[i].Field);
            if (fieldIndexes[i] < 0)
                throw _plan.Error(call.Offset, "UndefinedVariable", $"Unknown procedure output: `{yields[i].Field}`");
            if (scope.Contains(yields[i].Name))
                throw _plan.Error(call.Offset, "VariableAlreadyBound", $"Variable `{yields[i].Name}` already declared");
            slots[i] = _plan.Declare(scope, yields[i].Name, VariableKind.Value).Slot;
            output.Add((yields[i].Name, slots[i]));
        }
        operators.Add(new ProcedureCall(procedure, arguments, fieldIndexes, slots));
        if (call.Where is not null)
            operators.Add(new Filter(new ExpressionCompiler(_plan, scope, _matcher).CompilePredicate(call.Where), AstPrinter.Print(call.Where)));
        return output;
    }
}
