using GraphExplorer.Cypher.Ast;

namespace GraphExplorer.Cypher.Semantics;

/// <summary>
/// The little static typing the TCK expects at compile time: the kind of literals, of simple
/// arithmetic on them, and of variables whose kind is known, so that e.g. <c>RETURN 123 AND true</c>
/// or <c>WITH 1 AS n MATCH (n)</c> fail before running.
/// </summary>
public static class StaticTypes
{
    public static VariableKind Of(Expr expression, Scope scope) => expression switch
    {
        Literal { Value: bool } => VariableKind.Boolean,
        Literal { Value: long } => VariableKind.Integer,
        Literal { Value: double } => VariableKind.Float,
        Literal { Value: string } => VariableKind.String,
        ListLiteral or ListComprehension or PatternComprehension => VariableKind.List,
        MapLiteral or MapProjection => VariableKind.Map,
        Variable v when scope.TryGet(v.Name, out var bound) => bound.Kind == VariableKind.RelationshipList ? VariableKind.List : bound.Kind,
        Unary { Operator: UnaryOperator.Not } or IsNull or Quantifier or LabelCheck or PatternExpression or ExistsSubquery => VariableKind.Boolean,
        Binary b when b.Operator is BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor or BinaryOperator.Equal
            or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual or BinaryOperator.Greater
            or BinaryOperator.GreaterOrEqual or BinaryOperator.StartsWith or BinaryOperator.EndsWith or BinaryOperator.Contains
            or BinaryOperator.RegexMatch => VariableKind.Boolean,
        Binary { Operator: BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide or BinaryOperator.Modulo } b
            => Arithmetic(Of(b.Left, scope), Of(b.Right, scope)),
        _ => VariableKind.Value,
    };

    private static VariableKind Arithmetic(VariableKind left, VariableKind right) => (left, right) switch
    {
        (VariableKind.Integer, VariableKind.Integer) => VariableKind.Integer,
        (VariableKind.Float, VariableKind.Float or VariableKind.Integer) or (VariableKind.Integer, VariableKind.Float) => VariableKind.Float,
        _ => VariableKind.Value,
    };

    /// <summary>The kind of every element of a list literal when they all agree, else Value.</summary>
    public static VariableKind ElementOf(Expr list, Scope scope)
    {
        if (list is not ListLiteral { Items.Count: > 0 } literal) return VariableKind.Value;
        var kind = Of(literal.Items[0], scope);
        foreach (var item in literal.Items)
            if (Of(item, scope) != kind) return VariableKind.Value;
        return kind is VariableKind.Node or VariableKind.Relationship or VariableKind.Path ? VariableKind.Value : kind;
    }

    /// <summary>Kinds that can never be a boolean (null is allowed, so Value is not among them).</summary>
    public static bool IsNeverBoolean(VariableKind kind) =>
        kind is not (VariableKind.Value or VariableKind.Boolean);

    public static bool IsNeverNode(VariableKind kind) => kind is not (VariableKind.Value or VariableKind.Node);

    public static bool IsNeverNumber(VariableKind kind) =>
        kind is VariableKind.Boolean or VariableKind.String or VariableKind.List or VariableKind.Map or VariableKind.Node
            or VariableKind.Relationship or VariableKind.Path or VariableKind.RelationshipList;
}
