using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Gazetteers;

/// <summary>
/// A known entity: canonical name, type, kind (for organisations: intl, state, party, ngo, company, group) and the
/// country or parent body its own name ties it to, if any.
/// </summary>
public sealed record GazetteerEntry(string Canonical, EntityType Type, string Kind, string? Tie)
{
    /// <summary>The kind of a region or sub-national place: it is matched only so that the country inside its name is not.</summary>
    public const string PlaceKind = "place";

    public string Key { get; } = EntityKey.Of(Type, Canonical);

    public bool IsPlace => Kind == PlaceKind;
}
