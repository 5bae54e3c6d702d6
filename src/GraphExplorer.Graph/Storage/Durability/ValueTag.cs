namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>The type byte before each property value on disk; never renumber, only add.</summary>
internal enum ValueTag : byte
{
    Null = 0,
    False = 1,
    True = 2,
    Integer = 3,
    Float = 4,
    String = 5,
    List = 6,
    Date = 7,
    LocalTime = 8,
    Time = 9,
    LocalDateTime = 10,
    DateTime = 11,
    Duration = 12,
}
