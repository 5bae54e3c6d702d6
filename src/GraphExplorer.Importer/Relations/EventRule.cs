using System.Collections.Frozen;
using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>
/// Relations of events (GOLD-FORMAT.md conventions 6 and 7): the actors a sentence names with an event take part in
/// the nearest one within a clause's distance, unless they only comment on it (INVOLVED_IN); a country inside the event's phrase or right after it ("in Indonesia") is where it
/// happens (LOCATED_IN); every cited outlet REPORTS_ON the brief's main event and on the events its sentences name.
/// </summary>
public sealed class EventRule : IRelationRule
{
    public void Apply(BriefDocument document, RelationSet relations)
    {
        var main = MainEvent(document);
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var mentions = document.In(s);
            List<Mention>? events = null;
            foreach (var mention in mentions)
            {
                if (mention.Type == EntityType.Event)
                {
                    (events ??= []).Add(mention);
                }
            }

            if (events is null)
            {
                continue;
            }

            var outlets = document.OutletsOf(s);
            var tokens = document.Tokens[s];
            if (document.IsHeadline(s))
            {
                continue;
            }

            foreach (var mention in mentions)
            {
                if (mention.Type == EntityType.Outlet)
                {
                    foreach (var e in events)
                    {
                        relations.Add(mention.Key!, RelationTypes.ReportsOn, e.Key!, s, 0.6);
                    }

                    continue;
                }

                if (!BriefDocument.IsActor(mention))
                {
                    continue;
                }

                var inside = Containing(events, mention);
                var (first, last) = Listed(mentions, tokens, mention);
                var nearest = inside ?? Nearest(events, mentions, first, last);
                var locative = Locative(tokens, mention);
                var placeBound = PlaceBound.Contains(document.ByKey[nearest.Key!].EventGroup ?? string.Empty);
                if (mention.Type == EntityType.Country && ((inside is not null && placeBound && !locative) || (locative && mention.TokenStart - nearest.TokenEnd is >= -3 and <= 3)
                    || (locative && Plain(tokens, nearest.TokenEnd, mention.TokenStart))))
                {
                    relations.Add(nearest.Key!, RelationTypes.LocatedIn, mention.Key!, s, 0.6, outlets: outlets);
                    if (locative)
                    {
                        continue;
                    }
                }

                // "the Chilean coup": a lone demonym in a happening bound to a place says where, not who.
                if (inside is not null && placeBound && mention.Type == EntityType.Country && mention.Form == FormKind.Demonym && Alone(mentions, inside, mention))
                {
                    continue;
                }

                if (inside is not null || (Distance(nearest, mentions, first, last) <= MaxDistance && !Speaks(tokens, mention)))
                {
                    relations.Add(mention.Key!, RelationTypes.InvolvedIn, nearest.Key!, s, 0.5, outlets: outlets);
                }
            }
        }

        if (main is null)
        {
            return;
        }

        foreach (var outlet in document.Entities.Where(e => e.Type == EntityType.Outlet))
        {
            relations.Add(outlet.Key, RelationTypes.ReportsOn, main, -1, 0.5);
        }
    }

    // Happenings that take place where their modifiers say ("Sudanese coup", "Cambodia online scam crackdown"); for
    // the others (tariffs, talks, attacks by someone) only "in <country>" places them.
    private static readonly FrozenSet<string> PlaceBound = new[]
    {
        "war", "clash", "siege", "crisis", "coup", "election", "crash", "protest", "drought", "deforestation", "capture",
        "fall", "killing", "crackdown", "summit", "sinking", "hijack",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Beyond about a clause's length, a name in the same sentence is rarely a party to the event.
    private const int MaxDistance = 12;

    private static readonly FrozenSet<string> SayingVerbs = new[]
    {
        "says", "said", "reports", "reported", "notes", "noted", "warned", "warns", "estimates", "estimated", "told",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Who only comments on an event ("the United Nations says ...") does not take part in it.
    private static bool Speaks(List<Parsing.Token> tokens, Mention mention)
    {
        var next = mention.TokenEnd;
        if (next < tokens.Count && (tokens[next].Is("has") || tokens[next].Is("have")))
        {
            next++;
        }

        return next < tokens.Count && SayingVerbs.Contains(tokens[next].Text);
    }

    // "among them Poland, Israel, Italy, Russia, Slovakia and Iran": the members of a list stand together, so the
    // list's distance to an event is its nearest member's.
    private static (int First, int Last) Listed(List<Mention> mentions, List<Parsing.Token> tokens, Mention mention)
    {
        var index = mentions.IndexOf(mention);
        var first = index;
        while (first > 0 && Joined(tokens, mentions[first - 1], mentions[first]))
        {
            first--;
        }

        var last = index;
        while (last + 1 < mentions.Count && Joined(tokens, mentions[last], mentions[last + 1]))
        {
            last++;
        }

        return (first, last);
    }

    // "in Chile", "inside Peru", "in Quito, Ecuador's capital": the country is where.
    private static bool Locative(List<Parsing.Token> tokens, Mention country)
    {
        var before = country.TokenStart - 1;
        if (before < 0)
        {
            return false;
        }

        if (tokens[before].IsIgnoreCase("in") || tokens[before].IsIgnoreCase("inside"))
        {
            return true;
        }

        if (!tokens[before].Is(",") || country.TokenEnd >= tokens.Count || !tokens[country.TokenEnd].Is("'s"))
        {
            return false;
        }

        for (var i = before - 1; i >= 0 && before - i <= 3 && tokens[i].IsCapitalized; i--)
        {
            if (i > 0 && tokens[i - 1].IsIgnoreCase("in"))
            {
                return true;
            }
        }

        return false;
    }

    // "The accord was signed in Quito": only the verb of the event's own clause between it and the place.
    private static bool Plain(List<Parsing.Token> tokens, int from, int to)
    {
        if (to - from is < 0 or > 8)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (tokens[i].Text is ";" or "." or "and" or "but" or "while" or "which" or "that" or "who")
            {
                return false;
            }
        }

        return true;
    }

    private static bool Alone(List<Mention> mentions, Mention e, Mention country)
    {
        foreach (var m in mentions)
        {
            if (m != country && m.Type == EntityType.Country && e.TokenStart <= m.TokenStart && m.TokenEnd <= e.TokenEnd)
            {
                return false;
            }
        }

        return true;
    }

    private static Mention? Containing(List<Mention> events, Mention mention)
    {
        foreach (var e in events)
        {
            if (e.TokenStart <= mention.TokenStart && mention.TokenEnd <= e.TokenEnd)
            {
                return e;
            }
        }

        return null;
    }

    // The first event closest to any member of the list mentions[first..last].
    private static Mention Nearest(List<Mention> events, List<Mention> mentions, int first, int last)
    {
        var nearest = events[0];
        var best = Distance(nearest, mentions, first, last);
        for (var i = 1; i < events.Count; i++)
        {
            var distance = Distance(events[i], mentions, first, last);
            if (distance < best)
            {
                (nearest, best) = (events[i], distance);
            }
        }

        return nearest;
    }

    private static int Distance(Mention e, List<Mention> mentions, int first, int last)
    {
        var best = int.MaxValue;
        for (var i = first; i <= last; i++)
        {
            best = Math.Min(best, Distance(e, mentions[i]));
        }

        return best;
    }

    private static bool Joined(List<Parsing.Token> tokens, Mention a, Mention b)
    {
        if (!BriefDocument.IsActor(a) || !BriefDocument.IsActor(b) || a.Type != b.Type || b.TokenStart - a.TokenEnd is not (1 or 2))
        {
            return false;
        }

        for (var i = a.TokenEnd; i < b.TokenStart; i++)
        {
            if (!tokens[i].Is(",") && !tokens[i].Is("and") && !tokens[i].Is("the"))
            {
                return false;
            }
        }

        return true;
    }

    private static int Distance(Mention a, Mention b) =>
        a.TokenEnd <= b.TokenStart ? b.TokenStart - a.TokenEnd : a.TokenStart >= b.TokenEnd ? a.TokenStart - b.TokenEnd : 0;

    // The event the brief opens with, or failing that the one it mentions most.
    private static string? MainEvent(BriefDocument document)
    {
        for (var s = 0; s < document.SentenceCount; s++)
        {
            if (document.Section(s) == Parsing.SectionHeadings.WhatsHappened && document.In(s).FirstOrDefault(m => m.Type == EntityType.Event) is { } first)
            {
                return first.Key;
            }
        }

        return document.Entities.Where(e => e.Type == EntityType.Event).MaxBy(e => e.Mentions.Count)?.Key;
    }
}
