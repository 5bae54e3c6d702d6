using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Linking;

/// <summary>
/// Links mentions to the entities of a brief: by stable key (gazetteer canonical name, the brief's own names and
/// acronyms), persons by the variants of their name (surname, first name, middle names dropped), organisations by
/// a short form ("Amnesty", "the Commission"). A tentative mention that names nothing is dropped.
/// </summary>
public sealed class EntityLinker(Gazetteer gazetteer)
{
    public List<EntityBuilder> Link(List<Mention> mentions, BriefLexicon lexicon)
    {
        var byKey = new Dictionary<string, EntityBuilder>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            if (mention.Tentative)
            {
                continue;
            }

            var key = mention.Known?.Key ?? EntityKey.Of(mention.Type, mention.Name);
            if (!byKey.TryGetValue(key, out var entity))
            {
                entity = new EntityBuilder(key, mention.Known?.Canonical ?? mention.Name, mention.Type) { Known = mention.Known };
                byKey.Add(key, entity);
            }

            entity.Tie ??= mention.Tie;
            entity.IsStateOrgan |= mention.IsStateOrgan;
            entity.Mentions.Add(mention);
            mention.Key = key;
        }

        var entities = byKey.Values.ToList();
        foreach (var entity in entities)
        {
            Tie(entity);
        }

        MergeOrgans(entities);
        MergePersonVariants(entities);
        MergeShortPersons(entities);
        foreach (var mention in mentions)
        {
            if (mention.Tentative && ShortFormOf(mention, entities) is { } entity)
            {
                entity.Mentions.Add(mention);
                mention.Key = entity.Key;
                mention.Type = entity.Type;
            }
        }

        foreach (var (entry, card) in lexicon.Cards)
        {
            var entity = entities.FirstOrDefault(e => string.Equals(e.Name, entry.Name, StringComparison.OrdinalIgnoreCase));
            if (entity is not null)
            {
                entity.Description ??= card.Text;
            }
        }

        return entities;
    }

    private void Tie(EntityBuilder entity)
    {
        if (entity.Type != EntityType.Organization)
        {
            return;
        }

        if (entity.Known is { Tie: { } tie } known && gazetteer.ByCanonical.TryGetValue(tie, out var tied))
        {
            if (tied.Type == EntityType.Country)
            {
                // Only an organ of a state is tied by the gazetteer; where a party or company is based, the text must say.
                if (known.Kind == "state")
                {
                    entity.Tie ??= tied;
                }
            }
            else
            {
                entity.Parent = tied;
            }

            entity.IsStateOrgan |= known.Kind == "state";
        }

        if (entity.Tie is null)
        {
            // "Cambodian People's Party", "Constitutional Court of Thailand"; not "Organization of American States".
            var tokens = Tokenizer.Tokenize(entity.Name);
            entity.Tie = CountryAt(tokens, 0, tokens.Count);
            for (var i = 1; i < tokens.Count && entity.Tie is null; i++)
            {
                if (tokens[i - 1].Is("of"))
                {
                    entity.Tie = CountryAt(tokens, i, tokens.Count, wholeRest: true);
                }
            }
        }
    }

    // A country name or demonym starting at a token, also inside a longer known name ("Cambodian People's Party").
    private GazetteerEntry? CountryAt(List<Token> tokens, int i, int limit, bool wholeRest = false)
    {
        for (var end = i + 1; end <= Math.Min(limit, i + 4); end++)
        {
            var (length, form) = gazetteer.Names.Match(tokens, i, end);
            if (length == end - i && form is { Entry.Type: EntityType.Country, Entry.IsPlace: false } && form.Kind != FormKind.Capital && (!wholeRest || end == limit))
            {
                return form.Entry;
            }
        }

        return null;
    }

    // "Sudan's army" is the "Sudanese Armed Forces" when the brief names them so.
    private static void MergeOrgans(List<EntityBuilder> entities)
    {
        foreach (var organ in entities.Where(e => e.IsStateOrgan && e.Tie is not null && e.Known is null).ToList())
        {
            var words = organ.Name[organ.Tie!.Canonical.Length..].Trim().ToLowerInvariant().Split(' ');
            var target = entities.FirstOrDefault(e => e != organ && e.Type == EntityType.Organization && e.Tie == organ.Tie
                && words.All(w => ContainsOrgan(e.Name, w)));
            if (target is null)
            {
                continue;
            }

            foreach (var mention in organ.Mentions)
            {
                mention.Key = target.Key;
                target.Mentions.Add(mention);
            }

            target.IsStateOrgan = true;
            entities.Remove(organ);
        }
    }

    private static bool ContainsOrgan(string name, string word) => word == "army"
        ? name.Contains("Army", StringComparison.OrdinalIgnoreCase) || name.Contains("Armed Forces", StringComparison.OrdinalIgnoreCase)
            || name.Contains("Military", StringComparison.OrdinalIgnoreCase) || name.Contains("Defence Forces", StringComparison.OrdinalIgnoreCase)
        : name.Contains(word, StringComparison.OrdinalIgnoreCase);

    // "Jair Messias Bolsonaro" and "Jair Bolsonaro", "Robert Kelly Ortberg" and "Kelly Ortberg" are one person.
    private static void MergePersonVariants(List<EntityBuilder> entities)
    {
        var persons = entities.Where(e => e.Type == EntityType.Person).OrderByDescending(e => e.Name.Length).ToList();
        foreach (var shorter in persons.AsEnumerable().Reverse())
        {
            var longer = persons.FirstOrDefault(p => p != shorter && p.Name.Length > shorter.Name.Length && IsVariant(shorter.Words, p.Words));
            if (longer is null || !entities.Contains(longer))
            {
                continue;
            }

            foreach (var mention in shorter.Mentions)
            {
                mention.Key = longer.Key;
                longer.Mentions.Add(mention);
            }

            entities.Remove(shorter);
        }
    }

    // "Judge O'Connor" was read as a person "O'Connor": the one person whose surname that is.
    private static void MergeShortPersons(List<EntityBuilder> entities)
    {
        foreach (var single in entities.Where(e => e.Type == EntityType.Person && !e.Name.Contains(' ')).ToList())
        {
            var words = new[] { single.Name };
            var targets = entities.Where(e => e != single && e.Type == EntityType.Person && Names(e, words)).ToList();
            if (targets.Count != 1)
            {
                continue;
            }

            foreach (var m in single.Mentions)
            {
                m.Key = targets[0].Key;
                targets[0].Mentions.Add(m);
            }

            entities.Remove(single);
        }
    }

    private static bool IsVariant(string[] shorter, string[] longer)
    {
        if (shorter.Length < 2 || shorter.Length > longer.Length)
        {
            return false;
        }

        var sameEnds = shorter[0] == longer[0] && shorter[^1] == longer[^1];
        var tail = longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);
        return sameEnds || tail;
    }

    private static EntityBuilder? ShortFormOf(Mention mention, List<EntityBuilder> entities)
    {
        var words = mention.Name.Split(' ');
        EntityBuilder? found = null;
        foreach (var entity in entities)
        {
            if (Names(entity, words))
            {
                if (found is not null && found != entity)
                {
                    return null;
                }

                found = entity;
            }
        }

        return found;
    }

    private static bool Names(EntityBuilder entity, string[] words)
    {
        var name = entity.Words;
        if (name.Length < 2)
        {
            return false;
        }

        return entity.Type switch
        {
            EntityType.Person => words.Length == 1
                ? Bare(words[0]) == Bare(name[^1]) || words[0] == name[0]
                : Bare(words[^1]) == Bare(name[^1]) && words.All(name.Contains),
            EntityType.Organization or EntityType.Outlet => words.Length == 1 && (words[0] == name[0] || words[0] == name[^1]),
            _ => false,
        };
    }

    // "al-Burhan" is also called "Burhan".
    private static string Bare(string word)
    {
        var dash = word.IndexOf('-');
        return dash is > 0 and <= 3 && char.IsLower(word[0]) ? word[(dash + 1)..] : word;
    }
}
