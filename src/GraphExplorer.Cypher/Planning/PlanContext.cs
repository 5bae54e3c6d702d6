using GraphExplorer.Cypher.Semantics;
using GraphExplorer.Graph;

namespace GraphExplorer.Cypher.Planning;

/// <summary>State shared while one statement is planned: the query text (for error positions) and the row slots handed out.</summary>
public sealed class PlanContext(string text)
{
    public string Text { get; } = text;
    public int SlotCount { get; private set; }
    public bool Writes { get; set; }
    public HashSet<string> ParameterNames { get; } = [];
    public int ExpressionDepth { get; set; }

    public int NewSlot() => SlotCount++;

    public BoundVariable Declare(Scope scope, string name, VariableKind kind)
    {
        var variable = new BoundVariable(name, NewSlot(), kind);
        scope.Set(variable);
        return variable;
    }

    public GraphDatabaseException Error(int offset, string detail, string message) => SemanticErrors.At(Text, offset, detail, message);

    /// <summary>A type error found at compile time (reported as TypeError, not SyntaxError, as the TCK expects).</summary>
    public GraphDatabaseException TypeError(int offset, string message) =>
        SemanticErrors.At(Text, offset, "InvalidArgumentType", message, StatusCodes.TypeError);
}
