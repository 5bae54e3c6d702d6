using System.Collections.Frozen;
using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// Types a run of capitalised words from its own words and its context: a title before it ("Prime Minister Hun
/// Manet"), an organisation word ending it ("... Party", "Ministry of ..."), "Operation ...", a cited outlet, a verb
/// of saying or a role noun around it ("said Yahya Saree", "aid chief Tom Fletcher", "X, the group's spokesman").
/// </summary>
public sealed class ChunkClassifier(Gazetteer gazetteer)
{
    private const int MaxPersonTokens = 4;
    private const int AppositionWindow = 8;

    private static readonly FrozenSet<string> Determiners = new[]
    { "the", "a", "an", "its", "their", "his", "her", "whose" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public ChunkClassification? Classify(IReadOnlyList<Token> tokens, int start, int end, ISet<string> citedOutlets, Mention? previous)
    {
        if (end <= start)
        {
            return null;
        }

        var (titleLength, title) = gazetteer.Titles.Match(tokens, start, end);
        if (titleLength > 0)
        {
            var nameStart = start + titleLength;
            if (nameStart >= end || !tokens[nameStart].IsCapitalized)
            {
                return null;
            }

            return IsOrganizationName(tokens, nameStart, end)
                ? new ChunkClassification(EntityType.Organization, nameStart, nameStart, null, false)
                : new ChunkClassification(EntityType.Person, nameStart, start, title, false);
        }

        var length = end - start;
        var first = tokens[start].Text;
        var last = tokens[end - 1].Text;
        if (first == "Operation" && length >= 2)
        {
            return Typed(EntityType.Event, start);
        }

        if (length >= 2 && IsOrganizationName(tokens, start, end))
        {
            return Typed(EntityType.Organization, start);
        }

        if (length >= 2 && gazetteer.EventWords.ContainsKey(last))
        {
            return Typed(EntityType.Event, start);
        }

        var surface = MentionRecognizer.Surface(tokens, start, end);
        if (citedOutlets.Contains(surface))
        {
            return Typed(EntityType.Outlet, start);
        }

        if (gazetteer.OrganizationWords.Contains(first) && length == 1)
        {
            return new ChunkClassification(EntityType.Organization, start, start, null, true);
        }

        if (AppositionSays(tokens, end, Lexicon.OrganizationNouns) || (start > 0 && Lexicon.OrganizationNouns.Contains(tokens[start - 1].Text) && !tokens[start - 1].IsCapitalized))
        {
            // "Ibama, Brazil's environmental agency", "state oil company PDVSA".
            return Typed(EntityType.Organization, start);
        }

        if (length <= MaxPersonTokens && LooksLikePerson(tokens, start, end, previous))
        {
            return length == 1
                ? new ChunkClassification(EntityType.Person, start, start, null, true)
                : Typed(EntityType.Person, start);
        }

        return new ChunkClassification(EntityType.Person, start, start, null, true);
    }

    private bool IsOrganizationName(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (end - start >= 2 && gazetteer.OrganizationWords.Contains(tokens[end - 1].Text) && tokens[end - 1].IsCapitalized)
        {
            return true;
        }

        return end - start >= 3 && Lexicon.OrganizationOpeners.Contains(tokens[start].Text) && tokens[start + 1].Is("of");
    }

    private bool LooksLikePerson(IReadOnlyList<Token> tokens, int start, int end, Mention? previous)
    {
        if (start > 0)
        {
            var before = tokens[start - 1];
            if (Lexicon.SayingVerbs.Contains(before.Text) || Lexicon.RoleNouns.Contains(before.Text))
            {
                return true;
            }

            if (before.Is(",") && start > 1 && (Lexicon.RoleNouns.Contains(tokens[start - 2].Text) || EndsWithTitle(tokens, start - 1)))
            {
                return true;
            }

            if (before.Is("and") && previous is { Type: EntityType.Person } && previous.TokenEnd == start - 1)
            {
                return true;
            }

            if (EndsWithTitle(tokens, start))
            {
                return true;
            }
        }

        if (end < tokens.Count)
        {
            var after = tokens[end];
            if (Lexicon.SayingVerbs.Contains(after.Text) || (after.Is("(") && end + 1 < tokens.Count && tokens[end + 1].Is("born")))
            {
                return true;
            }

            if (end - start >= 2 && AppositionSays(tokens, end, Lexicon.RoleNouns))
            {
                return true;
            }
        }

        if (end - start is 2 or 3 && gazetteer.GivenNames.Contains(tokens[start].Text) && !gazetteer.EventWords.ContainsKey(tokens[end - 1].Text))
        {
            return true;
        }

        // "South Africa's Precious Matsoso": a two- or three-word name owned by a country, not a place after "in".
        return end - start is 2 or 3 && start >= 2 && tokens[start - 1].Is("'s") && CountryEndingAt(tokens, start - 2) is { } from
            && !(from >= 1 && tokens[from - 1].IsIgnoreCase("in"));
    }

    private int? CountryEndingAt(IReadOnlyList<Token> tokens, int last)
    {
        for (var from = Math.Max(0, last - 3); from <= last; from++)
        {
            var (length, form) = gazetteer.Names.Match(tokens, from, last + 1);
            if (length == last - from + 1 && form!.Entry.Type == EntityType.Country)
            {
                return from;
            }
        }

        return null;
    }

    // "X, the group's military spokesman": a role or organisation noun in the apposition after the name.
    private static bool AppositionSays(IReadOnlyList<Token> tokens, int end, FrozenSet<string> nouns)
    {
        if (end + 1 >= tokens.Count || !tokens[end].Is(",") || !(Determiners.Contains(tokens[end + 1].Text) || tokens[end + 1].IsCapitalized))
        {
            return false;
        }

        for (var i = end + 1; i < tokens.Count && i <= end + AppositionWindow && !tokens[i].Is(",") && !tokens[i].Is("."); i++)
        {
            if (nouns.Contains(tokens[i].Text) && !tokens[i].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    // A lower-case title right before the name: "acting prime minister Phumtham", "trade commissioner Valdis".
    private bool EndsWithTitle(IReadOnlyList<Token> tokens, int at)
    {
        for (var from = Math.Max(0, at - 3); from < at; from++)
        {
            var (length, _) = gazetteer.Titles.Match(tokens, from, at);
            if (length == at - from)
            {
                return true;
            }
        }

        return false;
    }

    private static ChunkClassification Typed(EntityType type, int start) => new(type, start, start, null, false);
}
