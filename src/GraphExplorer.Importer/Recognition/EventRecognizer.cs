using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Linking;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// Finds the events a brief is about. Event phrases (<see cref="EventPhraseReader"/>) are clustered by head group
/// and shared content words; a bare "the ceasefire" joins the main cluster of its group. A cluster becomes an event
/// when a name or date qualifies it, when the brief returns to it, or when "What's happened" names it. Its name is its most
/// specific phrase; the other phrases are its aliases.
/// </summary>
public sealed class EventRecognizer(Gazetteer gazetteer)
{
    private const int MaxNameTokens = 8;

    private readonly EventPhraseReader reader = new(gazetteer);

    public void Recognize(ParsedBrief brief, IReadOnlyList<List<Token>> tokens, bool[] headlines, List<Mention> mentions, List<EntityBuilder> entities)
    {
        var keys = KeysByToken(tokens, mentions);
        var phrases = new List<EventPhrase>();
        for (var s = 0; s < tokens.Count; s++)
        {
            reader.Read(s, tokens[s], keys[s], headlines[s], phrases);
        }

        var clusters = Cluster(phrases);
        foreach (var cluster in clusters)
        {
            var named = entities.FirstOrDefault(e => e.Type == EntityType.Event && Overlaps(e.Name, cluster, !cluster.Named));
            if (named is null && !cluster.Named && cluster.Phrases.Count < 2 && brief.Sentences[cluster.Phrases[0].Sentence].Section != Parsing.SectionHeadings.WhatsHappened)
            {
                continue;
            }

            var entity = named ?? Create(cluster, entities);
            entity.EventGroup ??= cluster.Group;
            foreach (var phrase in cluster.Phrases)
            {
                var mention = new Mention
                {
                    Sentence = phrase.Sentence,
                    TokenStart = phrase.Start,
                    TokenEnd = phrase.End,
                    Surface = phrase.Text,
                    Type = EntityType.Event,
                    Name = entity.Name,
                    Key = entity.Key,
                };
                mentions.Add(mention);
                entity.Mentions.Add(mention);
            }
        }
    }

    private static EntityBuilder Create(EventCluster cluster, List<EntityBuilder> entities)
    {
        var best = cluster.Phrases
            .Where(p => p.End - p.Start <= MaxNameTokens)
            .OrderBy(p => p.InHeadline)
            .ThenByDescending(p => p.Named)
            .ThenByDescending(p => p.Words.Count)
            .FirstOrDefault() ?? cluster.Phrases[0];
        var name = best.Text;
        var key = EntityKey.Of(EntityType.Event, name);
        var existing = entities.FirstOrDefault(e => e.Key == key);
        if (existing is not null)
        {
            return existing;
        }

        var entity = new EntityBuilder(key, name, EntityType.Event);
        entities.Add(entity);
        return entity;
    }

    private static string?[][] KeysByToken(IReadOnlyList<List<Token>> tokens, List<Mention> mentions)
    {
        var keys = new string?[tokens.Count][];
        for (var s = 0; s < tokens.Count; s++)
        {
            keys[s] = new string?[tokens[s].Count];
        }

        foreach (var mention in mentions)
        {
            if (mention.Key is null)
            {
                continue;
            }

            for (var t = mention.TokenStart; t < mention.TokenEnd; t++)
            {
                keys[mention.Sentence][t] ??= mention.Key;
            }
        }

        return keys;
    }

    private static List<EventCluster> Cluster(List<EventPhrase> phrases)
    {
        var clusters = new List<EventCluster>();
        foreach (var phrase in phrases.Where(p => p.Words.Count > 0).OrderBy(p => p.InHeadline))
        {
            var cluster = clusters.FirstOrDefault(c => c.Group == phrase.Group && c.Words.Overlaps(phrase.Words))
                ?? (phrase.InHeadline ? clusters.FirstOrDefault(c => c.Group == phrase.Group) : null);
            if (phrase.InHeadline && cluster is null)
            {
                continue;
            }

            if (cluster is null)
            {
                cluster = new EventCluster(phrase.Group);
                clusters.Add(cluster);
            }

            cluster.Add(phrase);
        }

        foreach (var phrase in phrases.Where(p => p.Words.Count == 0))
        {
            var cluster = clusters.Where(c => c.Group == phrase.Group).OrderByDescending(c => c.Phrases.Count).FirstOrDefault()
                ?? (phrase.Group == "agreement" ? clusters.Where(c => c.Group == "truce").OrderByDescending(c => c.Phrases.Count).FirstOrDefault() : null);
            if (cluster is null)
            {
                cluster = new EventCluster(phrase.Group);
                clusters.Add(cluster);
            }

            cluster.Add(phrase);
        }

        MergeSettlements(clusters);
        MergeCompatible(clusters);
        foreach (var cluster in clusters)
        {
            cluster.Phrases.Sort((a, b) => a.Sentence != b.Sentence ? a.Sentence.CompareTo(b.Sentence) : a.Start.CompareTo(b.Start));
        }

        return clusters;
    }

    // A named event ("Pandemic Agreement") absorbs the phrases of its group that share a word with it, or all of
    // them when none of the phrases is named itself ("the landmark agreement").
    // "Cambodia's crackdown on cybercrime" and "the crackdown on online scam operations" are one crackdown: a cluster
    // that names nothing the main cluster of its group does not name joins it.
    private static void MergeCompatible(List<EventCluster> clusters)
    {
        foreach (var cluster in clusters.OrderBy(c => c.Phrases.Count).ToList())
        {
            var main = clusters.Where(c => c != cluster && c.Group == cluster.Group && c.Phrases.Count >= cluster.Phrases.Count).MaxBy(c => c.Phrases.Count);
            if (main is not null && cluster.Compatible(main))
            {
                foreach (var phrase in cluster.Phrases)
                {
                    main.Add(phrase);
                }

                clusters.Remove(cluster);
            }
        }
    }

    // A brief's talks, deal and truce are usually one settlement: unnamed talks and agreements join the main truce
    // (or, without one, the main agreement).
    private static void MergeSettlements(List<EventCluster> clusters)
    {
        var main = clusters.Where(c => c.Group == "truce").MaxBy(c => c.Phrases.Count)
            ?? clusters.Where(c => c.Group == "agreement" && c.Named).MaxBy(c => c.Phrases.Count)
            ?? clusters.Where(c => c.Group == "agreement").MaxBy(c => c.Phrases.Count);
        if (main is null)
        {
            return;
        }

        foreach (var cluster in clusters.Where(c => c != main && c.Group is "truce" or "agreement" or "talks" && (!c.Named || c.Group == "truce")).ToList())
        {
            foreach (var phrase in cluster.Phrases)
            {
                main.Add(phrase);
            }

            clusters.Remove(cluster);
        }
    }

    private bool Overlaps(string eventName, EventCluster cluster, bool anyOfGroup)
    {
        var words = eventName.Split(' ');
        return gazetteer.EventWords.TryGetValue(words[^1], out var group) && group == cluster.Group
            && (anyOfGroup || words.Any(w => cluster.Words.Contains(w)));
    }
}
