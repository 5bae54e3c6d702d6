using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Planning;

/// <summary>
/// Decides which clauses of a query part need an Eager barrier. A write needs one before it only when a graph read is still
/// streaming upstream of it (the write could change what that read returns to later rows); a clause that reads the graph
/// after a write needs one only when other rows of that write may still be pending.
/// </summary>
internal sealed class EagerPolicy
{
    private bool _readSinceBarrier;
    private bool _writePending;
    private bool _singleRow = true;
    private bool _unflushedWrite;

    /// <summary>Whether an Eager must go in front of this clause; call once per clause, in order.</summary>
    public bool NeedsBarrierBefore(Clause clause, bool isUpdate, bool first)
    {
        var reads = Reads(clause);
        // A LIMIT (or the end of the query, where the consumer may stop early) could leave a lazy write undone.
        var barrier = !first && ((isUpdate && _readSinceBarrier) || (_writePending && reads && !IsCountOnly(clause))
            || (_unflushedWrite && (clause is ReturnClause || HasLimit(clause))));
        if (barrier || IsCountOnly(clause)) _readSinceBarrier = _writePending = _unflushedWrite = false;
        if (reads && !IsCountOnly(clause)) _readSinceBarrier = true;
        if (isUpdate) _unflushedWrite = true;
        if (isUpdate && !_singleRow) _writePending = true;
        _singleRow = clause switch
        {
            CreateClause or SetClause or RemoveClause or DeleteClause or ReturnClause => _singleRow,
            WithClause with => _singleRow || IsCountOnly(with),
            _ => false,
        };
        return barrier;
    }

    private static bool HasLimit(Clause clause) => clause is WithClause { Projection.Limit: not null };

    private static bool Reads(Clause clause) => clause is CreateClause create ? !IsGraphFreeCreate(create) : !IsGraphFree(clause);

    /// <summary>Clauses that neither read nor write the graph: they only reshape rows from variables, parameters and literals.</summary>
    private static bool IsGraphFree(Clause clause) => clause switch
    {
        UnwindClause unwind => IsPure(unwind.List),
        WithClause with => with.Where is null && with.Projection.OrderBy.Count == 0 && with.Projection.Items.All(i => IsPure(i.Expression))
            && (with.Projection.Skip is null || IsPure(with.Projection.Skip)) && (with.Projection.Limit is null || IsPure(with.Projection.Limit)),
        _ => false,
    };

    /// <summary>A CREATE whose property values read nothing from the graph only adds to it.</summary>
    private static bool IsGraphFreeCreate(CreateClause create) =>
        create.Patterns.All(p => p.Nodes.All(n => n.Properties is null || IsPure(n.Properties))
            && p.Relationships.All(r => r.Properties is null || IsPure(r.Properties)));

    /// <summary>WITH count(*) ...: consumes every row, so every write before it has happened when its one row goes on.</summary>
    private static bool IsCountOnly(Clause clause) =>
        clause is WithClause { Where: null } with && !with.Projection.Star && with.Projection.Items.Count > 0
        && with.Projection.Items.All(i => i.Expression is CountStar);

    private static bool IsPure(Expr expression) => expression switch
    {
        Variable or Parameter or Literal => true,
        ListLiteral list => list.Items.All(IsPure),
        MapLiteral map => map.Entries.All(e => IsPure(e.Value)),
        PropertyAccess { Target: Parameter } => true,
        _ => false,
    };
}
