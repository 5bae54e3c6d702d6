namespace GraphExplorer.Cypher.Ast;

/// <summary>Infix operators.</summary>
public enum BinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    In,
    StartsWith,
    EndsWith,
    Contains,
    RegexMatch,
}
