using GraphExplorer.Graph.Storage.Durability;

namespace GraphExplorer.Graph.Storage.Memory;

/// <summary>Schema changes of the write transaction: property indexes and uniqueness constraints.</summary>
internal sealed partial class WriteTransaction
{
    public IndexDescriptor? CreateIndex(string? name, string label, string key, bool ifNotExists)
    {
        EnsureOpen();
        name ??= GeneratedName("index", label, key);
        if (State.IndexFor(label, key) is { } existing)
            return ifNotExists ? null : throw AlreadyExists($"An equivalent index already exists, '{existing.Descriptor.Name}'.");
        if (NameTaken(name))
            return ifNotExists ? null : throw AlreadyExists($"There already exists an index or constraint called '{name}'.");

        var descriptor = new IndexDescriptor(name, Intern(label), Intern(key), BacksConstraint: false);
        State.Indexes.Add(BuildIndex(descriptor, unique: false));
        var log = Log(LogOperation.CreateIndex);
        if (log is not null)
        {
            log.String(name);
            log.String(label);
            log.String(key);
        }
        return descriptor;
    }

    public bool DropIndex(string name, bool ifExists)
    {
        EnsureOpen();
        var position = State.Indexes.FindIndex(index => index.Descriptor.Name == name && !index.Descriptor.BacksConstraint);
        if (position < 0)
            return ifExists ? false : throw NotFound($"Unable to drop index called `{name}`. There is no such index.");
        State.Indexes.RemoveAt(position);
        Log(LogOperation.DropIndex)?.String(name);
        return true;
    }

    public ConstraintDescriptor? CreateUniqueConstraint(string? name, string label, string key, bool ifNotExists)
    {
        EnsureOpen();
        name ??= GeneratedName("constraint", label, key);
        if (State.Constraints.Find(c => c.Label == label && c.PropertyKey == key) is { } existing)
            return ifNotExists ? null : throw AlreadyExists($"An equivalent constraint already exists, '{existing.Name}'.");
        if (NameTaken(name))
            return ifNotExists ? null : throw AlreadyExists($"There already exists an index or constraint called '{name}'.");
        if (State.IndexFor(label, key) is { } index)
            throw AlreadyExists($"There already exists an index '{index.Descriptor.Name}' on (:{label} {{{key}}}). A constraint cannot be created until the index has been dropped.");

        var descriptor = new IndexDescriptor(name, Intern(label), Intern(key), BacksConstraint: true);
        var built = BuildIndex(descriptor, unique: true);
        var constraint = new ConstraintDescriptor(name, descriptor.Label, descriptor.PropertyKey);
        State.Indexes.Add(built);
        State.Constraints.Add(constraint);
        var log = Log(LogOperation.CreateConstraint);
        if (log is not null)
        {
            log.String(name);
            log.String(label);
            log.String(key);
        }
        return constraint;
    }

    public bool DropConstraint(string name, bool ifExists)
    {
        EnsureOpen();
        var position = State.Constraints.FindIndex(c => c.Name == name);
        if (position < 0)
            return ifExists ? false : throw NotFound($"Unable to drop constraint `{name}`. There is no such constraint.");
        State.Constraints.RemoveAt(position);
        State.Indexes.RemoveAll(index => index.Descriptor.Name == name && index.Descriptor.BacksConstraint);
        Log(LogOperation.DropConstraint)?.String(name);
        return true;
    }

    private PropertyIndex BuildIndex(IndexDescriptor descriptor, bool unique)
    {
        var index = new PropertyIndex(descriptor, Serial);
        foreach (var nodeId in NodeIdsWithLabel(descriptor.Label))
        {
            if (IndexKey.Of(GetNodeProperty(nodeId, descriptor.PropertyKey)) is not { } key) continue;
            if (unique && index.OtherThan(key, nodeId) is var other and >= 0)
                throw new GraphDatabaseException(StatusCodes.ConstraintValidationFailed,
                    $"Unable to create constraint '{descriptor.Name}': both Node({other}) and Node({nodeId}) have the label `{descriptor.Label}` and property `{descriptor.PropertyKey}` = {Describe(GetNodeProperty(nodeId, descriptor.PropertyKey))}.",
                    "ConstraintValidationFailed");
            index.Add(key, nodeId);
        }
        return index;
    }

    private bool NameTaken(string name) =>
        State.Indexes.Exists(index => index.Descriptor.Name == name) || State.Constraints.Exists(c => c.Name == name);

    /// <summary>Neo4j style generated names, stable for the same schema rule.</summary>
    private static string GeneratedName(string kind, string label, string key)
    {
        var hash = 2166136261u;
        foreach (var c in $"{kind}:{label}:{key}") hash = (hash ^ c) * 16777619u;
        return $"{kind}_{hash:x8}";
    }

    private static GraphDatabaseException AlreadyExists(string message) =>
        new(StatusCodes.EquivalentSchemaRuleAlreadyExists, message, "EquivalentSchemaRuleAlreadyExists");

    private static GraphDatabaseException NotFound(string message) =>
        new(StatusCodes.SchemaRuleNotFound, message, "SchemaRuleNotFound");
}
