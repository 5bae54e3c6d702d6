namespace GraphExplorer.Cypher.Execution;

/// <summary>Three-valued logic: values are true, false or null; anything else in a boolean position is a type error.</summary>
public static class Truth
{
    public static bool? Of(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw CypherTypeError.InvalidArgument($"Expected a boolean but was {CypherTypeError.TypeName(value)}"),
    };

    public static object? Box(bool? value) => value switch
    {
        null => null,
        true => True,
        false => False,
    };

    public static readonly object True = true;
    public static readonly object False = false;
}
