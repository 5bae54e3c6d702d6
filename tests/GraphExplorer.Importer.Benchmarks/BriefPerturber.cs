using System.Text.RegularExpressions;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>
/// Makes new briefs from a real one by renaming its people, countries and organisations: every distinctive
/// word of their names becomes a made-up word, the same throughout one copy and different in every copy,
/// so importing the copies keeps adding entities instead of re-merging the same ones. Generic words of
/// organisation names (Party, Ministry, International, ...) stay, so recognition still has its cues.
/// </summary>
internal sealed class BriefPerturber
{
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "The", "And", "For", "International", "Party", "Agency", "Ministry", "Forces", "Union", "United", "Nations",
        "Organization", "Organisation", "Council", "Commission", "Bank", "Army", "Group", "Company", "Corporation",
        "Federation", "Court", "Guard", "Republic", "Democratic", "People", "People's", "National", "Association",
        "Committee", "World", "Health", "Trade", "European", "Support", "Rapid", "Security", "Office", "Department",
        "State", "States", "Kingdom", "Prime", "Minister", "President", "General", "Secretary", "Foreign", "Federal",
        "Administration", "Aviation", "Drugs", "Crime", "Human", "Rights", "Watch", "Program", "Programme", "Food",
    };

    private readonly string _text;
    private readonly Regex _names;

    public BriefPerturber(string text, BriefExtraction extraction)
    {
        _text = text;
        var words = extraction.Entities
            .Where(entity => entity.Type is EntityType.Person or EntityType.Country or EntityType.Organization)
            .SelectMany(entity => entity.Aliases.Append(entity.Name))
            .SelectMany(name => Regex.Split(name, @"[^\p{L}]+"))
            .Where(word => word.Length >= 3 && char.IsUpper(word[0]) && !Generic.Contains(word))
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(word => word.Length)
            .ToList();
        _names = words.Count == 0
            ? new Regex("(?!)")
            : new Regex(@"\b(" + string.Join("|", words.Select(Regex.Escape)) + @")\b", RegexOptions.Compiled);
    }

    public string Copy(int copy) => _names.Replace(_text, match => NameGenerator.For(match.Value, copy));
}
