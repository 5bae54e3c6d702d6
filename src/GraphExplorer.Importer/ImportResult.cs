using GraphExplorer.Graph.Values;

namespace GraphExplorer.Importer;

/// <summary>
/// What importing one brief did. <see cref="Nodes"/> and <see cref="Relationships"/> are the entities and
/// relations the brief added or changed (empty when <see cref="Skipped"/>: the same content was imported before);
/// <see cref="EntitiesAdded"/> and <see cref="RelationshipsAdded"/> count the new ones among them.
/// </summary>
public sealed record ImportResult(
    Node Brief,
    string BriefKey,
    string Title,
    string File,
    bool Skipped,
    int EntitiesAdded,
    int RelationshipsAdded,
    IReadOnlyList<Node> Nodes,
    IReadOnlyList<Relationship> Relationships);
