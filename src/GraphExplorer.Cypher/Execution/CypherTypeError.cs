using GraphExplorer.Graph;
using GraphExplorer.Graph.Values;

namespace GraphExplorer.Cypher.Execution;

/// <summary>The runtime errors expressions raise, with the TCK's detail names.</summary>
public static class CypherTypeError
{
    public static GraphDatabaseException InvalidArgument(string message) =>
        new(StatusCodes.TypeError, message, "InvalidArgumentType", ErrorPhase.Runtime);

    /// <summary>A function given a value of a type it does not take: a TypeError, with the TCK detail InvalidArgumentValue.</summary>
    public static GraphDatabaseException FunctionArgument(string message) =>
        new(StatusCodes.TypeError, message, "InvalidArgumentValue", ErrorPhase.Runtime);

    public static GraphDatabaseException InvalidValue(string message) =>
        new(StatusCodes.ArgumentError, message, "InvalidArgumentValue", ErrorPhase.Runtime);

    public static GraphDatabaseException Overflow() =>
        new(StatusCodes.ArithmeticError, "Integer overflow", "IntegerOverflow", ErrorPhase.Runtime);

    public static string TypeName(object? value) => value switch
    {
        null => "NULL",
        bool => "Boolean",
        long => "Integer",
        double => "Float",
        string => "String",
        NodeRef => "Node",
        RelationshipRef => "Relationship",
        PathValue => "Path",
        IReadOnlyDictionary<string, object?> => "Map",
        DateValue => "Date",
        LocalTimeValue => "LocalTime",
        TimeValue => "Time",
        LocalDateTimeValue => "LocalDateTime",
        DateTimeValue => "DateTime",
        DurationValue => "Duration",
        IReadOnlyList<object?> => "List",
        _ => value.GetType().Name,
    };
}
