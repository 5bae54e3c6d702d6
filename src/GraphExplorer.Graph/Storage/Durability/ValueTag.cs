namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>The type byte before each property value on disk; never renumber.</summary>
internal enum ValueTag : byte
{
    Null = 0,
    False = 1,
    True = 2,
    Integer = 3,
    Float = 4,
    String = 5,
    List = 6,
}
