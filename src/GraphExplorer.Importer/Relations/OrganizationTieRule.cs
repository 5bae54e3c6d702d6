using System.Collections.Frozen;
using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>
/// Ties organisations to countries and parent bodies (GOLD-FORMAT.md convention 4): an organ of a state (army,
/// ministry, court, regulator, state-owned company) is LINKED_TO its country, a private body is LOCATED_IN it, a body
/// that is part of another is LINKED_TO it. The tie comes from the name ("Pakistan Army"), a possessive ("Denmark's
/// Maersk"), an apposition ("Ibama, Brazil's environmental agency"), a list ("Chinese carmakers such as BYD"), a card
/// ("headquartered in ...") or the gazetteer.
/// </summary>
public sealed class OrganizationTieRule : IRelationRule
{
    private const int AppositionWindow = 10;

    private static readonly string[] StateWords =
    [
        "Ministry", "Army", "Armed Forces", "Court", "Senate", "Parliament", "Authority", "Department", "Police", "Navy",
        "Guard", "Junta", "Government", "Council", "Administration", "National Institute", "Coast Guard", "Agency",
        "Air Force", "Defence Forces", "Central Bank", "Commission",
    ];

    private static readonly FrozenSet<string> StateAdjectives = new[]
    {
        "state", "state-owned", "state-controlled", "state-run", "state-backed", "government-owned", "government", "federal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> OrganNouns = new[]
    {
        "regulator", "watchdog", "ministry", "agency", "army", "military", "navy", "police", "court", "department",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PartNouns = new[]
    {
        "agency", "organization", "organisation", "body", "branch", "organ", "arm", "wing", "unit", "division",
        "subsidiary", "offshoot", "affiliate", "faction", "proxy", "front", "programme", "program", "fund", "forum",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> AgentVerbs = new[]
    {
        "managed", "run", "operated", "created", "founded", "established", "controlled", "administered", "governed",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ListOpeners = new[]
    { "such", "as", "including", "like", ",", "whose" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> BasedWords = new[]
    {
        "headquartered", "headquarters", "based", "located", "seated", "registered",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void Apply(BriefDocument document, RelationSet relations)
    {
        var state = new HashSet<string>(document.Entities.Where(IsState).Select(e => e.Key));
        var ties = new List<(string Organization, string Country, int Sentence)>();
        foreach (var entity in document.Entities.Where(e => e.Type == EntityType.Organization))
        {
            var first = entity.Mentions.Count > 0 ? entity.Mentions.Min(m => m.Sentence) : -1;
            if (entity.Tie is { } tie && document.ByKey.ContainsKey(tie.Key))
            {
                ties.Add((entity.Key, tie.Key, first));
            }

            if (entity.Parent is { } parent && document.ByKey.ContainsKey(parent.Key))
            {
                relations.Add(entity.Key, RelationTypes.LinkedTo, parent.Key, first, 0.8);
            }
        }

        for (var s = 0; s < document.SentenceCount; s++)
        {
            FindTies(document, s, state, ties, relations);
        }

        foreach (var (organization, country, sentence) in ties)
        {
            var type = state.Contains(organization) ? RelationTypes.LinkedTo : RelationTypes.LocatedIn;
            relations.Add(organization, type, country, sentence, 0.7, outlets: sentence >= 0 ? document.OutletsOf(sentence) : null);
        }
    }

    private static bool IsState(EntityBuilder entity) =>
        entity.Type == EntityType.Organization
        && (entity.IsStateOrgan || entity.Known?.Kind == "state"
            || (entity.Known is null && StateWords.Any(w => entity.Name.Contains(w, StringComparison.Ordinal))));

    private static void FindTies(BriefDocument document, int s, HashSet<string> state, List<(string, string, int)> ties, RelationSet relations)
    {
        var tokens = document.Tokens[s];
        var mentions = document.In(s);
        foreach (var mention in mentions)
        {
            if (mention.Type == EntityType.Organization)
            {
                if (mention.TokenStart >= 2 && tokens[mention.TokenStart - 1].Is("'s") && document.At(s, mention.TokenStart - 2) is { Type: EntityType.Country } owner)
                {
                    ties.Add((mention.Key!, owner.Key!, s));
                }

                Apposition(document, s, mention, state, ties);
            }
            else if (mention.Type == EntityType.Country)
            {
                List(document, s, mention, ties);
            }
        }

        if (document.Section(s) == SectionHeadings.MoreOnTheseTopics && document.CardSubject(s) is { Type: EntityType.Organization } subject)
        {
            CardDefinition(document, s, subject.Key, state, ties, relations);
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            // "a Pakistan-based militant organization", "Doha-based".
            if ((tokens[i].IsIgnoreCase("-based") || tokens[i].IsIgnoreCase("-headquartered")) && document.At(s, i - 1) is { Type: EntityType.Country } home)
            {
                var basedHere = mentions.FirstOrDefault(m => m.TokenStart > i && m.TokenStart <= i + 5 && m.Type == EntityType.Organization)?.Key
                    ?? document.CardSubject(s)?.Key;
                if (basedHere is not null)
                {
                    ties.Add((basedHere, home.Key!, s));
                }
            }
        }

        if (document.Section(s) == SectionHeadings.MoreOnTheseTopics && document.CardSubject(s) is { Type: EntityType.Organization } cardOrganization)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (BasedWords.Contains(tokens[i].Text))
                {
                    var country = mentions.FirstOrDefault(m => m.TokenStart > i && m.Type == EntityType.Country && m.Form != FormKind.Demonym);
                    if (country is not null)
                    {
                        ties.Add((cardOrganization.Key, country.Key!, s));
                    }

                    break;
                }
            }
        }
    }

    // "is an American multinational corporation", "is a specialized agency of the United Nations", "is managed by the
    // Brazilian Development Bank": what an organisation's card says it belongs to.
    private static void CardDefinition(BriefDocument document, int s, string subject, HashSet<string> state, List<(string, string, int)> ties, RelationSet relations)
    {
        var tokens = document.Tokens[s];
        var mentions = document.In(s);
        var verb = tokens.FindIndex(t => t.Is("is") || t.Is("are"));
        if (verb < 0)
        {
            return;
        }

        for (var i = verb + 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Is(",") || token.Is(".") || token.Is("that") || token.Is("which") || token.Is("who"))
            {
                break;
            }

            if (document.At(s, i) is { Type: EntityType.Country, Form: FormKind.Demonym } demonym && i == demonym.TokenStart && demonym.TokenEnd < tokens.Count && !tokens[demonym.TokenEnd].Is("-based"))
            {
                ties.Add((subject, demonym.Key!, s));
            }

            if (StateAdjectives.Contains(token.Text))
            {
                state.Add(subject);
            }

            if (PartNouns.Contains(token.Text) && i + 2 < tokens.Count && (tokens[i + 1].Is("of") || tokens[i + 1].Is("within"))
                && mentions.FirstOrDefault(m => m.TokenStart > i + 1 && m.TokenStart <= i + 3) is { Type: EntityType.Organization } parent)
            {
                relations.Add(subject, RelationTypes.LinkedTo, parent.Key!, s, 0.7);
            }
        }

        for (var i = 0; i + 2 < tokens.Count; i++)
        {
            if (AgentVerbs.Contains(tokens[i].Text) && tokens[i + 1].Is("by") && !(i > 0 && tokens[i - 1].IsIgnoreCase("formerly"))
                && mentions.FirstOrDefault(m => m.TokenStart > i + 1 && m.TokenStart <= i + 3) is { Type: EntityType.Organization } agent)
            {
                relations.Add(subject, RelationTypes.LinkedTo, agent.Key!, s, 0.7);
            }
        }
    }

    // "Ibama, Brazil's environmental agency", "Petrobras, the state-controlled oil company".
    private static void Apposition(BriefDocument document, int s, Mention organization, HashSet<string> state, List<(string, string, int)> ties)
    {
        var tokens = document.Tokens[s];
        var first = organization.TokenEnd + 1;
        if (first >= tokens.Count || !tokens[organization.TokenEnd].Is(",")
            || !(tokens[first].Is("the") || tokens[first].Is("a") || tokens[first].Is("an") || (first + 1 < tokens.Count && tokens[first + 1].Is("'s")) || document.At(s, first) is { Type: EntityType.Country }))
        {
            return;
        }

        for (var i = organization.TokenEnd + 1; i < tokens.Count && i <= organization.TokenEnd + AppositionWindow && !tokens[i].Is(",") && !tokens[i].Is("."); i++)
        {
            if (StateAdjectives.Contains(tokens[i].Text))
            {
                state.Add(organization.Key!);
            }

            // "Fingrid, the Finnish grid operator", "the Forest Watch, a network of Chilean charities".
            if (document.At(s, i) is { Type: EntityType.Country, Form: FormKind.Demonym } demonym && demonym.TokenStart == i
                && (i == first + 1 || (tokens[i - 1].Is("of") && i - first <= 3)))
            {
                ties.Add((organization.Key!, demonym.Key!, s));
            }

            if (i + 1 < tokens.Count && tokens[i + 1].Is("'s") && document.At(s, i) is { Type: EntityType.Country } country)
            {
                ties.Add((organization.Key!, country.Key!, s));
                for (var k = i + 2; k < tokens.Count && k <= i + 5 && !tokens[k].Is(","); k++)
                {
                    if (OrganNouns.Contains(tokens[k].Text))
                    {
                        state.Add(organization.Key!);
                    }
                }
            }
        }
    }

    // "Chinese carmakers such as BYD, Geely and SAIC Motor", "Germany, whose carmakers Volkswagen, BMW and Mercedes-Benz".
    private static void List(BriefDocument document, int s, Mention country, List<(string, string, int)> ties)
    {
        var tokens = document.Tokens[s];
        var i = country.TokenEnd;
        if (i < tokens.Count && tokens[i].Is("'s"))
        {
            i++;
        }

        var nouns = 0;
        while (i < tokens.Count && (ListOpeners.Contains(tokens[i].Text) || (!tokens[i].IsCapitalized && tokens[i].IsWord && nouns < 2 && tokens[i].Text.EndsWith('s'))))
        {
            if (!ListOpeners.Contains(tokens[i].Text))
            {
                nouns++;
            }

            i++;
        }

        if (nouns == 0)
        {
            return;
        }

        while (i < tokens.Count && document.At(s, i) is { Type: EntityType.Organization } member)
        {
            ties.Add((member.Key!, country.Key!, s));
            i = member.TokenEnd;
            if (i < tokens.Count && (tokens[i].Is(",") || tokens[i].Is("and")))
            {
                i++;
            }
        }
    }
}
