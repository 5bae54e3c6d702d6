namespace GraphExplorer.Importer.Recognition;

/// <summary>The phrases taken to name one event: same head group and shared content words.</summary>
public sealed class EventCluster(string group)
{
    public string Group { get; } = group;

    public List<EventPhrase> Phrases { get; } = [];

    public HashSet<string> Words { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Names { get; } = new(StringComparer.OrdinalIgnoreCase);

    public bool Named => Phrases.Any(p => p.Named);

    public void Add(EventPhrase phrase)
    {
        Phrases.Add(phrase);
        Words.UnionWith(phrase.Words);
        Names.UnionWith(phrase.Names);
    }

    /// <summary>Two clusters of one group may be one event when neither names something the other does not.</summary>
    public bool Compatible(EventCluster other) =>
        Group == other.Group && (Names.IsSubsetOf(other.Names) || other.Names.IsSubsetOf(Names));
}
