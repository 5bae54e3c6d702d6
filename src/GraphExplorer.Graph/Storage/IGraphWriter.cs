namespace GraphExplorer.Graph.Storage;

/// <summary>
/// The writes of a transaction. Setting a property to null removes it. Uniqueness constraints are
/// checked at each write (throwing <see cref="StatusCodes.ConstraintValidationFailed"/>). Deleting a
/// node that still has relationships is allowed until <see cref="ValidateDeletions"/> or commit,
/// so that one statement may delete a node and its relationships in any order.
/// </summary>
public interface IGraphWriter : IGraphReader
{
    long CreateNode(IReadOnlyCollection<string> labels, IReadOnlyDictionary<string, object?> properties);
    long CreateRelationship(long startId, long endId, string type, IReadOnlyDictionary<string, object?> properties);

    void SetNodeProperty(long nodeId, string key, object? value);
    void SetRelationshipProperty(long relationshipId, string key, object? value);

    /// <returns>Whether the node did not have the label before.</returns>
    bool AddLabel(long nodeId, string label);

    /// <returns>Whether the node had the label.</returns>
    bool RemoveLabel(long nodeId, string label);

    void DeleteRelationship(long relationshipId);
    void DeleteNode(long nodeId);

    /// <summary>Throws ConstraintValidationFailed (detail "DeleteConnectedNode") if a deleted node still has relationships.</summary>
    void ValidateDeletions();

    /// <summary>Creates an index; null name gets a generated one. Throws if an equivalent one exists, unless <paramref name="ifNotExists"/>.</summary>
    /// <returns>The new index, or null when it already existed and <paramref name="ifNotExists"/> was set.</returns>
    IndexDescriptor? CreateIndex(string? name, string label, string key, bool ifNotExists);
    bool DropIndex(string name, bool ifExists);

    /// <summary>Creates a uniqueness constraint and its index; fails with ConstraintValidationFailed if existing data violates it.</summary>
    ConstraintDescriptor? CreateUniqueConstraint(string? name, string label, string key, bool ifNotExists);
    bool DropConstraint(string name, bool ifExists);
}
