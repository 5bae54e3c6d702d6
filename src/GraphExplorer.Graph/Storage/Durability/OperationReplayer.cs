using GraphExplorer.Graph.Storage.Memory;

namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>Applies the logical operations of one log record to a write transaction, in the order they were made.</summary>
internal static class OperationReplayer
{
    public static void Apply(RecordReader reader, WriteTransaction tx)
    {
        while (!reader.AtEnd)
        {
            var operation = (LogOperation)reader.Byte();
            switch (operation)
            {
                case LogOperation.CreateNode:
                    tx.CreateNodeAt(reader.Int64(), reader.Strings(), reader.Properties());
                    break;
                case LogOperation.CreateRelationship:
                    tx.CreateRelationshipAt(reader.Int64(), reader.Int64(), reader.Int64(), reader.String(), reader.Properties());
                    break;
                case LogOperation.SetNodeProperty:
                    tx.SetNodeProperty(reader.Int64(), reader.String(), reader.Value());
                    break;
                case LogOperation.SetRelationshipProperty:
                    tx.SetRelationshipProperty(reader.Int64(), reader.String(), reader.Value());
                    break;
                case LogOperation.AddLabel:
                    tx.AddLabel(reader.Int64(), reader.String());
                    break;
                case LogOperation.RemoveLabel:
                    tx.RemoveLabel(reader.Int64(), reader.String());
                    break;
                case LogOperation.DeleteRelationship:
                    tx.DeleteRelationship(reader.Int64());
                    break;
                case LogOperation.DeleteNode:
                    tx.DeleteNode(reader.Int64());
                    break;
                case LogOperation.CreateIndex:
                    tx.CreateIndex(reader.String(), reader.String(), reader.String(), ifNotExists: false);
                    break;
                case LogOperation.DropIndex:
                    tx.DropIndex(reader.String(), ifExists: false);
                    break;
                case LogOperation.CreateConstraint:
                    tx.CreateUniqueConstraint(reader.String(), reader.String(), reader.String(), ifNotExists: false);
                    break;
                case LogOperation.DropConstraint:
                    tx.DropConstraint(reader.String(), ifExists: false);
                    break;
                default:
                    throw new InvalidDataException($"Unknown operation {(byte)operation} at byte {reader.Position - 1}.");
            }
        }
    }
}
