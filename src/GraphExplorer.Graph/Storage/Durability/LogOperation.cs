namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>The logical operations a log record holds, one byte each on disk; never renumber.</summary>
internal enum LogOperation : byte
{
    CreateNode = 1,
    CreateRelationship = 2,
    SetNodeProperty = 3,
    SetRelationshipProperty = 4,
    AddLabel = 5,
    RemoveLabel = 6,
    DeleteRelationship = 7,
    DeleteNode = 8,
    CreateIndex = 9,
    DropIndex = 10,
    CreateConstraint = 11,
    DropConstraint = 12,
}
