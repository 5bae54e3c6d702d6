using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Plans the patterns and queries that occur inside expressions (pattern predicates, comprehensions, EXISTS) against the outer scope.</summary>
public interface ISubqueryPlanner
{
    Pipeline PlanPatterns(IReadOnlyList<PatternPart> patterns, Expr? where, Scope outer, out Scope inner);

    /// <summary>The body of a full existential subquery, one pipeline per UNION branch, reading the outer scope's variables.</summary>
    IReadOnlyList<Pipeline> PlanQuery(Query body, Scope outer);
}
