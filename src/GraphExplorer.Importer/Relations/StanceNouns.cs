using System.Collections.Frozen;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>
/// Stances told by a noun instead of a verb, and demands that imply wrongdoing: "Tokyo stressed its support for
/// UN-led talks" and "X's opposition to the deal" give SUPPORTS and CRITICIZES from the holder of the noun;
/// "called on Chile to stop dumping copper" is ALLEGES against Chile with what it is told to stop as the claim.
/// <see cref="StanceRule"/> finds the cue words in its one pass over the tokens and calls in here.
/// </summary>
internal static class StanceNouns
{
    private const int MaxClaimTokens = 25;

    // The noun and the preposition that introduces what the stance is about.
    private static readonly FrozenDictionary<string, (string Preposition, string Type)> Nouns = new Dictionary<string, (string, string)>
    {
        ["support"] = ("for", RelationTypes.Supports), ["backing"] = ("for", RelationTypes.Supports),
        ["endorsement"] = ("of", RelationTypes.Supports), ["opposition"] = ("to", RelationTypes.Criticizes),
        ["criticism"] = ("of", RelationTypes.Criticizes), ["condemnation"] = ("of", RelationTypes.Criticizes),
        ["rejection"] = ("of", RelationTypes.Criticizes),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Demands = new[]
    {
        "stop", "end", "halt", "cease",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static IEnumerable<string> NounWords => Nouns.Keys;

    public static readonly string[] DemandWords = ["called", "calls", "calling", "urged", "urges", "urging"];

    // "support for", "opposition to": the noun followed by its own preposition.
    public static void Noun(BriefDocument document, int s, int at, RelationSet relations)
    {
        var tokens = document.Tokens[s];
        if (at > 0 && at + 1 < tokens.Count && Nouns.TryGetValue(tokens[at].Text, out var noun) && tokens[at + 1].IsIgnoreCase(noun.Preposition))
        {
            Noun(document, s, at, noun.Type, relations);
        }
    }

    // "called on X to stop ...", "urged X to end ...".
    public static void Demand(BriefDocument document, int s, int at, RelationSet relations)
    {
        var tokens = document.Tokens[s];
        var call = tokens[at].Text.StartsWith("call", StringComparison.OrdinalIgnoreCase);
        if (call && at + 2 < tokens.Count && tokens[at + 1].Is("on"))
        {
            Demand(document, s, at + 1, relations, tokens);
        }
        else if (!call && at + 1 < tokens.Count)
        {
            Demand(document, s, at, relations, tokens);
        }
    }

    // The holder: "X's support", "its support" (the clause's subject), or the subject of "voiced support".
    private static void Noun(BriefDocument document, int s, int at, string type, RelationSet relations)
    {
        var tokens = document.Tokens[s];
        Mention? holder = null;
        if (tokens[at - 1].Is("'s") && at > 1)
        {
            holder = document.At(s, at - 2);
        }
        else if (tokens[at - 1].IsIgnoreCase("its") || tokens[at - 1].IsIgnoreCase("their") || tokens[at - 1].IsIgnoreCase("his") || tokens[at - 1].IsIgnoreCase("her"))
        {
            holder = Holder(document, s, at - 1);
        }

        if (holder is null || !BriefDocument.IsActor(holder) || Target(document, s, at + 2) is not { } target)
        {
            return;
        }

        relations.Add(holder.Key!, type, target.Key!, s, 0.5, outlets: document.OutletsOf(s));
    }

    // "its": the nearest actor before it in the same clause, else the subject a pronoun before it stands for.
    private static Mention? Holder(BriefDocument document, int s, int possessive)
    {
        var tokens = document.Tokens[s];
        var clause = possessive;
        while (clause > 0 && !tokens[clause - 1].Is(",") && !tokens[clause - 1].Is(";") && !tokens[clause - 1].Is("while") && !tokens[clause - 1].Is("but"))
        {
            clause--;
        }

        var own = document.In(s).LastOrDefault(m => BriefDocument.IsActor(m) && m.TokenStart >= clause && m.TokenEnd <= possessive);
        if (own is not null)
        {
            return own;
        }

        for (var i = clause; i < possessive; i++)
        {
            if (tokens[i].Text is "he" or "she" or "it" or "they" or "He" or "She" or "It" or "They")
            {
                return PronounSubject.Resolve(document, s, i).FirstOrDefault();
            }
        }

        return null;
    }

    // What the stance is about: the next mention, at most a determiner and an adjective away.
    private static Mention? Target(BriefDocument document, int s, int from)
    {
        foreach (var m in document.In(s))
        {
            if (m.TokenStart >= from)
            {
                return m.TitleStart - from <= 2 ? m : null;
            }
        }

        return null;
    }

    // "called on Chile to stop dumping copper": Chile ALLEGED to be dumping copper, by the subject.
    private static void Demand(BriefDocument document, int s, int at, RelationSet relations, List<Parsing.Token> tokens)
    {
        var addressee = Target(document, s, at + 1);
        if (addressee is null || !BriefDocument.IsActor(addressee) || addressee.TokenEnd + 2 >= tokens.Count
            || !tokens[addressee.TokenEnd].IsIgnoreCase("to") || !Demands.Contains(tokens[addressee.TokenEnd + 1].Text))
        {
            return;
        }

        var verb = tokens[at].IsIgnoreCase("on") ? at - 1 : at;
        var speakers = Speakers(document, s, verb);
        var start = addressee.TokenEnd + 2;
        var end = start;
        while (end < tokens.Count && end - start < MaxClaimTokens && !tokens[end].Is(",") && !tokens[end].Is(".") && !tokens[end].Is(";"))
        {
            end++;
        }

        if (end == start || !tokens[start].Text.EndsWith("ing", StringComparison.Ordinal))
        {
            return;
        }

        var claim = MentionRecognizer.Surface(tokens, start, end);
        foreach (var speaker in speakers)
        {
            relations.Add(speaker.Key!, RelationTypes.Alleges, addressee.Key!, s, 0.5, claim, document.OutletsOf(s));
        }
    }

    // The subject of "called on": a pronoun before it, or the nearest actor before it in the clause ("the ministry
    // condemned the raids and called on ...").
    private static List<Mention> Speakers(BriefDocument document, int s, int verb)
    {
        if (PronounSubject.Find(document.Tokens[s], verb) is var pronoun and >= 0)
        {
            return PronounSubject.Resolve(document, s, pronoun);
        }

        var tokens = document.Tokens[s];
        var clause = verb;
        while (clause > 0 && !tokens[clause - 1].Is(";") && !tokens[clause - 1].Is("that") && !tokens[clause - 1].Is("which") && !tokens[clause - 1].Is("who"))
        {
            clause--;
        }

        var subject = document.In(s).FirstOrDefault(m => BriefDocument.IsActor(m) && m.TokenStart >= clause && m.TokenEnd <= verb);
        return subject is null ? [] : [subject];
    }
}
