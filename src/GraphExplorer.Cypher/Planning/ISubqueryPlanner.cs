using GraphExplorer.Cypher.Ast;
using GraphExplorer.Cypher.Execution.Operators;
using GraphExplorer.Cypher.Semantics;

namespace GraphExplorer.Cypher.Planning;

/// <summary>Plans the patterns that occur inside expressions (pattern predicates, comprehensions, EXISTS) against the outer scope.</summary>
public interface ISubqueryPlanner
{
    Pipeline PlanPatterns(IReadOnlyList<PatternPart> patterns, Expr? where, Scope outer, out Scope inner);
}
