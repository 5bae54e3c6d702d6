using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// A span of one sentence that names an entity: token and character range (within the sentence), the surface text,
/// the type, the name it stands for, and what the context said (title before it, gazetteer form, possessive).
/// </summary>
public sealed class Mention
{
    private readonly int? titleStart;

    public required int Sentence { get; init; }

    public required int TokenStart { get; init; }

    public required int TokenEnd { get; init; }

    public required string Surface { get; init; }

    public required EntityType Type { get; set; }

    /// <summary>The name the mention stands for: canonical when known, else the surface without its title.</summary>
    public required string Name { get; set; }

    /// <summary>The gazetteer entry, when the mention is a known name.</summary>
    public GazetteerEntry? Known { get; set; }

    public FormKind Form { get; init; } = FormKind.Name;

    /// <summary>The title before a person's name, and the title with the name as written ("Prime Minister Hun Manet").</summary>
    public TitleEntry? Title { get; init; }

    public string? TitledSurface { get; init; }

    /// <summary>The first token of the title, or of the name when there is none.</summary>
    public int TitleStart
    {
        get => titleStart ?? TokenStart;
        init => titleStart = value;
    }

    /// <summary>The country an organisation's own words tie it to ("Pakistan Army", "Thailand's army").</summary>
    public GazetteerEntry? Tie { get; set; }

    /// <summary>True for an organ of a state (army, ministry, court) named through its country.</summary>
    public bool IsStateOrgan { get; init; }

    /// <summary>
    /// A bare capitalised word or name with no evidence of its own (a surname, a short form); linking keeps it only
    /// when it names an entity found elsewhere in the brief.
    /// </summary>
    public bool Tentative { get; init; }

    /// <summary>The stable key of the entity, filled in by linking.</summary>
    public string? Key { get; set; }
}
