using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Gazetteers;

/// <summary>
/// The importer's world knowledge, loaded once from the data files embedded beside this class: countries (names,
/// demonyms, capitals), organisations, outlets, titles, organisation words and event words. Immutable, thread-safe.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Shared = new(Load);

    private Gazetteer()
    {
    }

    public static Gazetteer Default => Shared.Value;

    /// <summary>Case-sensitive names of countries, organisations and outlets.</summary>
    public PhraseTrie<GazetteerForm> Names { get; } = new(StringComparer.Ordinal);

    /// <summary>Titles, matched whatever their case.</summary>
    public PhraseTrie<TitleEntry> Titles { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, GazetteerEntry> ByCanonical { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> OrganizationWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Common given names, for names that no title or verb introduces ("the fall of Omar al-Bashir").</summary>
    public HashSet<string> GivenNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Event head nouns and their synonym group.</summary>
    public Dictionary<string, string> EventWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Event heads that name an event only with an "of" complement ("the fall of Omar al-Bashir").</summary>
    public HashSet<string> EventWordsNeedingOf { get; } = new(StringComparer.OrdinalIgnoreCase);

    private static Gazetteer Load()
    {
        var gazetteer = new Gazetteer();
        foreach (var columns in Rows("countries.tsv"))
        {
            var names = Split(columns, 0);
            var entry = gazetteer.AddEntry(names[0], EntityType.Country, "country", null);
            gazetteer.AddForms(entry, names, FormKind.Name);
            gazetteer.AddForms(entry, Split(columns, 1), FormKind.Demonym);
            gazetteer.AddForms(entry, Split(columns, 2), FormKind.Capital);
        }

        foreach (var columns in Rows("organizations.tsv"))
        {
            var names = Split(columns, 0);
            var tie = columns.Length > 2 && columns[2].Length > 0 ? columns[2] : null;
            var entry = gazetteer.AddEntry(names[0], EntityType.Organization, columns.Length > 1 ? columns[1] : "org", tie);
            gazetteer.AddForms(entry, names, FormKind.Name);
        }

        foreach (var columns in Rows("outlets.txt"))
        {
            var names = Split(columns, 0);
            var entry = gazetteer.AddEntry(names[0], EntityType.Outlet, "outlet", null);
            gazetteer.AddForms(entry, names, FormKind.Name);
        }

        foreach (var columns in Rows("places.txt"))
        {
            gazetteer.AddForms(gazetteer.AddEntry(columns[0], EntityType.Country, GazetteerEntry.PlaceKind, null), [columns[0]], FormKind.Name);
        }

        foreach (var columns in Rows("titles.tsv"))
        {
            var role = columns.Length > 1 ? Enum.Parse<TitleRole>(columns[1], ignoreCase: true) : TitleRole.Other;
            gazetteer.Titles.Add(columns[0], new TitleEntry(columns[0], role));
        }

        foreach (var columns in Rows("organization-words.txt"))
        {
            gazetteer.OrganizationWords.Add(columns[0]);
        }

        foreach (var columns in Rows("given-names.txt"))
        {
            gazetteer.GivenNames.Add(columns[0]);
        }

        foreach (var columns in Rows("event-words.txt"))
        {
            gazetteer.EventWords[columns[0]] = columns.Length > 1 ? columns[1] : columns[0];
            if (columns.Length > 2 && columns[2] == "of")
            {
                gazetteer.EventWordsNeedingOf.Add(columns[0]);
            }
        }

        gazetteer.Names.Freeze();
        gazetteer.Titles.Freeze();
        return gazetteer;
    }

    private GazetteerEntry AddEntry(string canonical, EntityType type, string kind, string? tie)
    {
        var entry = new GazetteerEntry(canonical, type, kind, tie);
        if (kind != GazetteerEntry.PlaceKind)
        {
            ByCanonical.TryAdd(canonical, entry);
        }

        return entry;
    }

    private void AddForms(GazetteerEntry entry, IEnumerable<string> forms, FormKind kind)
    {
        foreach (var form in forms)
        {
            var value = new GazetteerForm(entry, kind);
            Names.Add(form, value);
            if (form.StartsWith("The ", StringComparison.Ordinal))
            {
                Names.Add("the " + form[4..], value);
            }
        }
    }

    private static string[] Split(string[] columns, int index) =>
        index < columns.Length ? columns[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    private static IEnumerable<string[]> Rows(string file)
    {
        var assembly = typeof(Gazetteer).Assembly;
        using var stream = assembly.GetManifestResourceStream("GraphExplorer.Importer.Gazetteers." + file)
            ?? throw new InvalidOperationException($"gazetteer data file '{file}' is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }
}
