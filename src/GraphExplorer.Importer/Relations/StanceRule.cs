using System.Collections.Frozen;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>
/// Stances between actors, from verbs and their subject and object (GOLD-FORMAT.md convention 3): "X accused Y of
/// Z" and "X alleged that ..." are ALLEGES with the claim; criticised, condemned, opposed, voted against are
/// CRITICIZES; backs, supports, funds, "X-backed Y" are SUPPORTS; "tensions with", "war between X and Y" are
/// TENSION_WITH; agreeing or signing with someone is COOPERATES_WITH.
/// </summary>
public sealed class StanceRule : IRelationRule
{
    private const int MaxClaimTokens = 25;

    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>
    {
        ["accused"] = RelationTypes.Alleges, ["accuses"] = RelationTypes.Alleges, ["accusing"] = RelationTypes.Alleges,
        ["accuse"] = RelationTypes.Alleges, ["blamed"] = RelationTypes.Alleges, ["blames"] = RelationTypes.Alleges,
        ["blaming"] = RelationTypes.Alleges, ["charged"] = RelationTypes.Alleges,
        ["criticized"] = RelationTypes.Criticizes, ["criticised"] = RelationTypes.Criticizes, ["criticizes"] = RelationTypes.Criticizes,
        ["criticises"] = RelationTypes.Criticizes, ["condemned"] = RelationTypes.Criticizes, ["condemns"] = RelationTypes.Criticizes,
        ["denounced"] = RelationTypes.Criticizes, ["denounces"] = RelationTypes.Criticizes, ["opposed"] = RelationTypes.Criticizes,
        ["opposes"] = RelationTypes.Criticizes, ["slammed"] = RelationTypes.Criticizes, ["rejected"] = RelationTypes.Criticizes,
        ["rejects"] = RelationTypes.Criticizes, ["attacked"] = RelationTypes.Criticizes, ["decried"] = RelationTypes.Criticizes,
        ["sanctioned"] = RelationTypes.Criticizes, ["protested"] = RelationTypes.Criticizes,
        ["backs"] = RelationTypes.Supports, ["backed"] = RelationTypes.Supports, ["supports"] = RelationTypes.Supports,
        ["supported"] = RelationTypes.Supports, ["endorsed"] = RelationTypes.Supports, ["endorses"] = RelationTypes.Supports,
        ["funds"] = RelationTypes.Supports, ["funded"] = RelationTypes.Supports, ["financed"] = RelationTypes.Supports,
        ["arms"] = RelationTypes.Supports, ["armed"] = RelationTypes.Supports, ["welcomed"] = RelationTypes.Supports,
        ["praised"] = RelationTypes.Supports, ["champions"] = RelationTypes.Supports, ["championed"] = RelationTypes.Supports,
        ["nominate"] = RelationTypes.Supports, ["nominated"] = RelationTypes.Supports, ["thanked"] = RelationTypes.Supports,
        ["pledged"] = RelationTypes.Supports, ["donated"] = RelationTypes.Supports, ["contributed"] = RelationTypes.Supports,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Donations = new[]
    {
        "pledged", "donated", "contributed", "committed", "promised", "gave", "lent", "granted", "funded",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Backers = new[]
    {
        "donors", "backers", "funders", "sponsors", "supporters", "allies",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Assertions = new[]
    {
        "says", "said", "claims", "claimed", "alleges", "alleged", "argues", "argued", "insists", "insisted", "maintains",
        "charges", "found", "concluded", "determined", "ruled",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Wrongdoing = new[]
    {
        "genocide", "atrocities", "abuses", "abuse", "corruption", "complicity", "fraud", "crimes", "crime", "illegal",
        "illegally", "unfair", "unlawful", "violated", "violating", "violation", "violations", "terrorism", "terrorist",
        "misled", "mishandled", "mishandling", "cheating", "dumping", "laundering", "trafficking", "torture", "massacre",
        "cover-up", "bribery", "bribes", "smuggling", "espionage", "spying", "sabotage", "negligence", "collusion",
        "repression", "persecution",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Frictions = new[]
    {
        "tensions", "tension", "dispute", "disputes", "conflict", "war", "clashes", "rivalry", "feud", "standoff",
        "hostilities", "fighting", "confrontation", "row", "spat",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Agreements = new[]
    {
        "agreed", "signed", "sealed", "struck", "reached", "concluded", "negotiated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Verbs of joint action: the subjects listed together, or the subject and who it acts "with".
    private static readonly FrozenDictionary<string, string> Joint = new Dictionary<string, string>
    {
        ["fought"] = RelationTypes.TensionWith, ["clashed"] = RelationTypes.TensionWith, ["battled"] = RelationTypes.TensionWith,
        ["clash"] = RelationTypes.TensionWith, ["feuded"] = RelationTypes.TensionWith,
        ["cooperate"] = RelationTypes.CooperatesWith, ["cooperated"] = RelationTypes.CooperatesWith, ["cooperates"] = RelationTypes.CooperatesWith,
        ["collaborate"] = RelationTypes.CooperatesWith, ["collaborated"] = RelationTypes.CooperatesWith, ["partnered"] = RelationTypes.CooperatesWith,
        ["allied"] = RelationTypes.CooperatesWith, ["teamed"] = RelationTypes.CooperatesWith,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseBreaks = new[]
    { ",", ";", ".", ":", "\"", "(", ")" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, StanceCue> Cues = BuildCues();

    public void Apply(BriefDocument document, RelationSet relations)
    {
        for (var s = 0; s < document.SentenceCount; s++)
        {
            if (document.IsHeadline(s))
            {
                continue;
            }

            var outlets = document.OutletsOf(s);
            var tokens = document.Tokens[s];
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!Cues.TryGetValue(tokens[i].Text, out var cue))
                {
                    continue;
                }

                switch (cue)
                {
                    case StanceCue.Backed:
                        Backed(document, s, i, relations, outlets);
                        break;
                    case StanceCue.Verb:
                        Verb(document, s, i, Verbs[tokens[i].Text], relations, outlets);
                        break;
                    case StanceCue.Friction:
                        Friction(document, s, i, relations, outlets);
                        break;
                    case StanceCue.Agreement:
                        Agreement(document, s, i, relations, outlets);
                        break;
                    case StanceCue.Designation:
                        Designation(document, s, i, relations, outlets);
                        break;
                    case StanceCue.Assertion:
                        Assertion(document, s, i, relations, outlets);
                        break;
                    case StanceCue.Backer:
                        BackerList(document, s, i, relations, outlets);
                        break;
                    case StanceCue.Joint:
                        JointAction(document, s, i, Joint[tokens[i].Text], relations, outlets);
                        break;
                    case StanceCue.Noun:
                        StanceNouns.Noun(document, s, i, relations);
                        break;
                    case StanceCue.Demand:
                        StanceNouns.Demand(document, s, i, relations);
                        break;
                }
            }
        }
    }

    // Every cue word in one table, so the per-token scan costs one lookup; a word in two lists keeps the earlier cue.
    private static FrozenDictionary<string, StanceCue> BuildCues()
    {
        var cues = new Dictionary<string, StanceCue>(StringComparer.OrdinalIgnoreCase);
        void Add(IEnumerable<string> words, StanceCue cue)
        {
            foreach (var word in words)
            {
                cues.TryAdd(word, cue);
            }
        }

        Add(["-backed", "-funded", "-sponsored", "-armed"], StanceCue.Backed);
        Add(Verbs.Keys, StanceCue.Verb);
        Add(Frictions, StanceCue.Friction);
        Add(Agreements, StanceCue.Agreement);
        Add(["designated", "listed", "branded"], StanceCue.Designation);
        Add(Assertions, StanceCue.Assertion);
        Add(Backers, StanceCue.Backer);
        Add(Joint.Keys, StanceCue.Joint);
        Add(StanceNouns.NounWords, StanceCue.Noun);
        Add(StanceNouns.DemandWords, StanceCue.Demand);
        return cues.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    // "the Iran-backed movement": Iran SUPPORTS the movement named next (or the subject the phrase describes).
    private static void Backed(BriefDocument document, int s, int at, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var backer = document.At(s, at - 1);
        var backed = NextActor(document, s, at + 1, 4) ?? KnownAs(document, s, at + 1) ?? PreviousActor(document, s, at - 1, excluding: backer);
        if (backer is not null && backed is not null)
        {
            relations.Add(backer.Key!, RelationTypes.Supports, backed.Key!, s, 0.7, outlets: outlets);
        }
    }

    private static void Verb(BriefDocument document, int s, int at, string type, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        if (Auxiliary(tokens, at) is var auxiliary and >= 0)
        {
            Passive(document, s, at, auxiliary, type, relations, outlets);
            return;
        }

        var subjects = tokens[at].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && at > 0 && tokens[at - 1].Is(",")
            ? ClauseSubject(document, s, at)
            : Subjects(document, s, at);
        if (subjects.Count == 0 && at > 0 && tokens[at - 1].IsIgnoreCase("and") && PronounSubject.SubjectBefore(document, s, at - 1) is { } shared)
        {
            // "X told reporters that ... and accused the company of ...": the verbs share X.
            subjects = [shared];
        }

        if (subjects.Count == 0 && at > 0 && (tokens[at - 1].IsIgnoreCase("government") || tokens[at - 1].IsIgnoreCase("authorities"))
            && document.FocalCountry is { } focal)
        {
            subjects = [new Mention { Sentence = s, TokenStart = at - 1, TokenEnd = at, Surface = tokens[at - 1].Text, Type = EntityType.Country, Name = focal, Key = focal }];
        }

        if (at > 0 && tokens[at - 1].IsIgnoreCase("against") && at > 1 && tokens[at - 2].IsIgnoreCase("voted"))
        {
            type = RelationTypes.Criticizes;
        }

        var referent = Referent(document, s, at + 1, subjects);
        var target = referent ?? ObjectOf(document, s, at, type)
            ?? (Donations.Contains(tokens[at].Text) ? Recipient(document, s, at + 1) : null)
            ?? RelativeObject(document, s, at, subjects);
        if (target is null || subjects.Count == 0)
        {
            return;
        }

        // "accusing the agency of ...": the claim follows the noun phrase, not the antecedent it names.
        var targets = referent is not null ? [target] : Listed(document, s, target);
        var targetEnd = referent is not null ? at + 3 : targets[^1].TokenEnd;
        string? claim = null;
        if (type == RelationTypes.Alleges)
        {
            claim = Claim(tokens, targetEnd) ?? Span(tokens, targetEnd);
            if (claim is null)
            {
                type = RelationTypes.Criticizes;
            }
        }
        else if (type == RelationTypes.Criticizes && tokens[at].IsIgnoreCase("sanctioned"))
        {
            claim = Claim(tokens, targetEnd) ?? StatedReason(tokens, targetEnd);
            if (claim is not null)
            {
                type = RelationTypes.Alleges;
            }
        }

        foreach (var subject in subjects)
        {
            foreach (var each in targets)
            {
                relations.Add(subject.Key!, type, each.Key!, s, 0.7, claim, outlets);
            }
        }

        // "criticized Cambodia for insufficient action and alleged state complicity": a second verb, same target.
        for (var i = targetEnd; i < tokens.Count && !tokens[i].Is(";"); i++)
        {
            if (tokens[i].IsIgnoreCase("alleged") && i + 1 < tokens.Count && !document.In(s).Any(m => m.TokenStart > i && BriefDocument.IsActor(m)))
            {
                var alleged = Span(tokens, i + 1);
                foreach (var subject in subjects)
                {
                    relations.Add(subject.Key!, RelationTypes.Alleges, target.Key!, s, 0.6, alleged, outlets);
                }

                break;
            }
        }
    }

    // "tensions with Thailand" (the subject against the object), "war between the army and the RSF".
    private static void Friction(BriefDocument document, int s, int at, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        if (at + 1 >= tokens.Count)
        {
            return;
        }

        if (tokens[at + 1].IsIgnoreCase("with"))
        {
            var other = NextActor(document, s, at + 2, 3);
            var subjects = Subjects(document, s, at).Select(m => m.Key!).ToList();
            if (subjects.Count == 0 && GroupBefore(document, s, at) is { } group)
            {
                subjects.Add(group.Key!);
            }
            else if (subjects.Count == 0 && !document.In(s).Any(m => BriefDocument.IsActor(m) && m.TokenEnd <= at) && document.FocalCountry is { } focal)
            {
                // "regional tensions with Thailand" with nobody named before: the country the brief is about.
                subjects.Add(focal);
            }

            foreach (var subject in subjects)
            {
                if (other is not null)
                {
                    relations.Add(subject, RelationTypes.TensionWith, other.Key!, s, 0.5, outlets: outlets);
                }
            }
        }
        else if (Between(tokens, at) is var between and >= 0)
        {
            var first = NextActor(document, s, between + 1, 4);
            if (first is not null && first.TokenEnd < tokens.Count && tokens[first.TokenEnd].IsIgnoreCase("and"))
            {
                var second = NextActor(document, s, first.TokenEnd + 1, 4);
                if (second is not null)
                {
                    relations.Add(first.Key!, RelationTypes.TensionWith, second.Key!, s, 0.6, outlets: outlets);
                }
            }
        }
    }

    // "Thailand and Cambodia have agreed to a ceasefire", "the United States agreed a ceasefire with the Houthis".
    private static void Agreement(BriefDocument document, int s, int at, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var subjects = Subjects(document, s, at);
        var tokens = document.Tokens[s];
        for (var i = at + 1; i < tokens.Count && i <= at + 8 && !ClauseBreaks.Contains(tokens[i].Text); i++)
        {
            if (tokens[i].IsIgnoreCase("with") && NextActor(document, s, i + 1, 3) is { } partner)
            {
                subjects.Add(partner);
                break;
            }
        }

        for (var a = 0; a < subjects.Count; a++)
        {
            for (var b = a + 1; b < subjects.Count; b++)
            {
                relations.Add(subjects[a].Key!, RelationTypes.CooperatesWith, subjects[b].Key!, s, 0.6, outlets: outlets);
            }
        }
    }

    // "Peru and Ecuador have fought two wars", "they now cooperate with Estonia, Latvia and Lithuania".
    private static void JointAction(BriefDocument document, int s, int at, string type, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        var subjects = Subjects(document, s, at);
        Mention? partner = null;
        for (var i = at + 1; i < tokens.Count && i <= at + 3 && !ClauseBreaks.Contains(tokens[i].Text); i++)
        {
            if (tokens[i].IsIgnoreCase("with"))
            {
                partner = NextActor(document, s, i + 1, 2);
                break;
            }
        }

        partner ??= type == RelationTypes.TensionWith ? NextActor(document, s, at + 1, 1) : null;
        var pairs = partner is null ? subjects : Listed(document, s, partner);
        var first = partner is null ? 1 : 0;
        for (var a = 0; a < subjects.Count; a++)
        {
            for (var b = partner is null ? a + first : 0; b < pairs.Count; b++)
            {
                relations.Add(subjects[a].Key!, type, pairs[b].Key!, s, 0.5, outlets: outlets);
            }
        }
    }

    // ", accusing ...": the participle's subject is the first actor of its clause (after "that" or ";").
    private static List<Mention> ClauseSubject(BriefDocument document, int s, int at)
    {
        var tokens = document.Tokens[s];
        var start = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (tokens[i].Is("that") || tokens[i].Is(";"))
            {
                start = i + 1;
                break;
            }
        }

        var first = document.In(s).FirstOrDefault(m => BriefDocument.IsActor(m) && m.TokenStart >= start && m.TokenEnd <= at);
        for (var i = start; i < (first?.TitleStart ?? at); i++)
        {
            // "; a week later it also sanctioned the general, accusing ...": the pronoun is the clause's subject.
            if (tokens[i].Text is "he" or "she" or "it" or "they" or "He" or "She" or "It" or "They")
            {
                return PronounSubject.Resolve(document, s, i);
            }
        }

        return first is null ? [] : [first];
    }

    // The actors right before a verb: the nearest one and those listed with it ("the UN and Amnesty International").
    private static List<Mention> Subjects(BriefDocument document, int s, int verb)
    {
        var tokens = document.Tokens[s];
        if (PronounSubject.Find(tokens, verb) is var pronoun and >= 0)
        {
            return PronounSubject.Resolve(document, s, pronoun);
        }

        var who = verb - 1;
        while (who > 0 && tokens[who].IsWord && !tokens[who].IsIgnoreCase("who") && verb - who <= 3)
        {
            who--;
        }

        if (who > 1 && tokens[who].IsIgnoreCase("who") && tokens[who - 1].Is(",") && document.At(s, who - 2) is { } relative && BriefDocument.IsActor(relative))
        {
            return [relative];
        }

        var actors = document.In(s).Where(m => BriefDocument.IsActor(m) && m.TokenEnd <= verb).ToList();
        var subjects = new List<Mention>();
        var boundary = verb;
        for (var k = actors.Count - 1; k >= 0; k--)
        {
            var actor = actors[k];
            if (!Reaches(tokens, actor.TokenEnd, boundary, subjects.Count == 0))
            {
                break;
            }

            if (!subjects.Any(m => m.Key == actor.Key))
            {
                subjects.Add(actor);
            }

            boundary = actor.TokenStart;
        }

        return subjects;
    }

    // Between a subject and its verb: auxiliaries and adverbs, or for a listed subject "and", "," and "including".
    private static bool Reaches(List<Token> tokens, int from, int to, bool nearest)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            var text = tokens[i].Text;
            if (text is "." or ";" or "that" or "which" or "who" or "while" or "but")
            {
                return false;
            }

            if (nearest)
            {
                if (text is "," && !(i + 1 < to && tokens[i + 1].IsIgnoreCase("which")))
                {
                    words += 2;
                }

                words++;
                if (words > 6)
                {
                    return false;
                }
            }
            else if (text is not ("," or "and" or "including" or "the" or "'s" or "such" or "as") )
            {
                return false;
            }
        }

        return true;
    }

    private static Mention? NextMention(BriefDocument document, int s, int from, int window)
    {
        var tokens = document.Tokens[s];
        foreach (var m in document.In(s))
        {
            if (m.TokenStart < from || m.TokenStart > from + window)
            {
                continue;
            }

            for (var i = from; i < m.TokenStart; i++)
            {
                if (ClauseBreaks.Contains(tokens[i].Text))
                {
                    return null;
                }
            }

            return m;
        }

        return null;
    }

    private static Mention? NextActor(BriefDocument document, int s, int from, int window)
    {
        var next = NextMention(document, s, from, window);
        return next is not null && BriefDocument.IsActor(next) ? next : null;
    }

    // "the Iran-backed movement, formally known as Ansar Allah": the name the phrase is then given.
    private static Mention? KnownAs(BriefDocument document, int s, int from)
    {
        var tokens = document.Tokens[s];
        for (var i = from; i < tokens.Count - 1 && i <= from + 6; i++)
        {
            if (tokens[i].IsIgnoreCase("known") && tokens[i + 1].IsIgnoreCase("as"))
            {
                return NextActor(document, s, i + 2, 2);
            }
        }

        return null;
    }

    private static Mention? PreviousActor(BriefDocument document, int s, int before, Mention? excluding) =>
        document.In(s).LastOrDefault(m => BriefDocument.IsActor(m) && m.TokenEnd <= before && m != excluding);

    // "... accused Y of laying fresh mines along the frontier, a charge ..." → "laying fresh mines along the frontier";
    // a word or two may stand between the target and "of" ("accused Cambodian troops of violating it").
    private static string? Claim(List<Token> tokens, int afterTarget)
    {
        for (var i = afterTarget; i < tokens.Count && i <= afterTarget + 2 && tokens[i].IsWord; i++)
        {
            if (tokens[i].IsIgnoreCase("of") || tokens[i].IsIgnoreCase("for") || tokens[i].IsIgnoreCase("over"))
            {
                return Span(tokens, i + 1);
            }
        }

        return null;
    }

    // The mention right after the verb; for an accusation only one before its "of" ("accusing the army of attacks"
    // names no target in "attacks").
    private static Mention? ObjectOf(BriefDocument document, int s, int at, string type)
    {
        var next = NextMention(document, s, at + 1, 5);
        if (next is null || type != RelationTypes.Alleges)
        {
            return next;
        }

        var tokens = document.Tokens[s];
        for (var i = at + 1; i < next.TokenStart; i++)
        {
            if (tokens[i].IsIgnoreCase("of"))
            {
                return null;
            }
        }

        return next;
    }

    // "sanctioned the general, accusing the army of shelling towns": the reason the participle that follows gives.
    private static string? StatedReason(List<Token> tokens, int afterTarget)
    {
        if (afterTarget + 1 >= tokens.Count || !tokens[afterTarget].Is(",") || !(tokens[afterTarget + 1].IsIgnoreCase("accusing") || tokens[afterTarget + 1].IsIgnoreCase("citing")))
        {
            return null;
        }

        for (var i = afterTarget + 2; i < tokens.Count && i <= afterTarget + 6; i++)
        {
            if (tokens[i].IsIgnoreCase("of"))
            {
                return Span(tokens, i + 1);
            }
        }

        return tokens[afterTarget + 1].IsIgnoreCase("citing") ? Span(tokens, afterTarget + 2) : null;
    }

    // "have each pledged $1 billion to the TFFF": the body a donation goes to.
    private static Mention? Recipient(BriefDocument document, int s, int from)
    {
        var tokens = document.Tokens[s];
        for (var i = from; i + 1 < tokens.Count && i <= from + 8 && !ClauseBreaks.Contains(tokens[i].Text); i++)
        {
            if (tokens[i].Is("to") && NextMention(document, s, i + 1, 2) is { Type: EntityType.Organization or EntityType.Event } recipient)
            {
                return recipient;
            }
        }

        return null;
    }

    // "secured fresh money from its main donors, Norway and Germany": the listed actors back the body "its" (or
    // "X's") refers to.
    private static void BackerList(BriefDocument document, int s, int at, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        Mention? backed = null;
        for (var i = at - 1; i >= Math.Max(0, at - 3); i--)
        {
            if (tokens[i].IsIgnoreCase("its") || tokens[i].IsIgnoreCase("their"))
            {
                backed = document.In(s).LastOrDefault(m => m.Type == EntityType.Organization && m.TokenEnd <= i);
                break;
            }

            if (tokens[i].Is("'s") && i > 0)
            {
                backed = document.At(s, i - 1);
                break;
            }
        }

        var first = at + 1;
        while (first < tokens.Count && (tokens[first].Is(",") || tokens[first].Is(":") || tokens[first].IsIgnoreCase("include") || tokens[first].IsIgnoreCase("including") || tokens[first].IsIgnoreCase("are")))
        {
            first++;
        }

        if (backed is null || first == at + 1)
        {
            return;
        }

        for (var backer = NextActor(document, s, first, 1); backer is not null;)
        {
            relations.Add(backer.Key!, RelationTypes.Supports, backed.Key!, s, 0.6, outlets: outlets);
            var next = backer.TokenEnd;
            backer = next + 1 < tokens.Count && (tokens[next].Is(",") || tokens[next].Is("and")) ? NextActor(document, s, next + 1, 1) : null;
        }
    }

    // "The European Union says Chinese carmakers receive unfair state subsidies", "the United States determined that the
    // RSF had committed genocide": an assertion of wrongdoing by an actor named right after the verb is an allegation.
    private static void Assertion(BriefDocument document, int s, int at, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        var from = at + 1 < tokens.Count && tokens[at + 1].Is("that") ? at + 2 : at + 1;
        var target = NextActor(document, s, from, 2);
        var subjects = Subjects(document, s, at);
        if (target is null || subjects.Count == 0)
        {
            return;
        }

        var end = target.TokenEnd;
        var wrong = false;
        while (end < tokens.Count && end - target.TokenEnd < MaxClaimTokens && !ClauseBreaks.Contains(tokens[end].Text))
        {
            wrong |= Wrongdoing.Contains(tokens[end].Text);
            end++;
        }

        if (!wrong)
        {
            return;
        }

        var claim = MentionRecognizer.Surface(tokens, target.TokenEnd, end);
        foreach (var subject in subjects)
        {
            relations.Add(subject.Key!, RelationTypes.Alleges, target.Key!, s, 0.5, claim, outlets);
        }
    }

    // "the group remains at war with Israel": the organisation "the group" refers back to.
    private static Mention? GroupBefore(BriefDocument document, int s, int at)
    {
        var tokens = document.Tokens[s];
        for (var i = at - 1; i >= Math.Max(1, at - 4); i--)
        {
            if (tokens[i - 1].IsIgnoreCase("the") && (Lexicon.OrganizationNouns.Contains(tokens[i].Text) || tokens[i].IsIgnoreCase("army")))
            {
                return document.Antecedent(s, i - 1, tokens[i].Text, null);
            }
        }

        return null;
    }

    // "It has been designated as a terrorist group by the United Nations, the United States and India".
    private static void Designation(BriefDocument document, int s, int at, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        var by = -1;
        for (var i = at + 1; i < tokens.Count && i <= at + 8; i++)
        {
            if (tokens[i].Is("by"))
            {
                by = i;
                break;
            }
        }

        var designated = document.CardSubject(s)?.Key ?? PreviousActor(document, s, at, null)?.Key;
        if (by < 0 || designated is null)
        {
            return;
        }

        var from = at + 1 < by && tokens[at + 1].Is("as") ? at + 2 : at + 1;
        while (from < by && tokens[from].Text is "a" or "an" or "the")
        {
            from++;
        }

        var claim = MentionRecognizer.Surface(tokens, from, by);
        for (var agent = NextMention(document, s, by + 1, 2); agent is not null && BriefDocument.IsActor(agent);)
        {
            relations.Add(agent.Key!, RelationTypes.Alleges, designated, s, 0.6, claim, outlets);
            var next = agent.TokenEnd;
            agent = next + 1 < tokens.Count && (tokens[next].Is(",") || tokens[next].Is("and")) ? NextMention(document, s, next + 1, 2) : null;
        }
    }

    // "was criticised", "has been sharply condemned": the form of "be" before a participle, or -1.
    private static int Auxiliary(List<Token> tokens, int at)
    {
        if (!tokens[at].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        for (var i = at - 1; i >= 0 && at - i <= 2; i--)
        {
            if (tokens[i].Text is "was" or "were" or "been" or "is" or "are" or "be" or "being")
            {
                return i;
            }

            if (!tokens[i].Text.EndsWith("ly", StringComparison.Ordinal))
            {
                return -1;
            }
        }

        return -1;
    }

    // "The move was criticised by the Caribbean Community": the agents after "by" take the stance towards the
    // subject. Without an agent the passive says nothing about who, and its subject is no agent either.
    private static void Passive(BriefDocument document, int s, int at, int auxiliary, string type, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        if (at + 1 >= tokens.Count || !tokens[at + 1].Is("by") || NextActor(document, s, at + 2, 4) is not { } agent)
        {
            return;
        }

        var start = auxiliary;
        while (start > 0 && tokens[start - 1].Text is "has" or "have" or "had" or "will" or "would" or "also" or "not")
        {
            start--;
        }

        var patients = Subjects(document, s, start);
        if (patients.Count == 0 && document.In(s).LastOrDefault(m => m.TokenEnd <= start && start - m.TokenEnd <= 1) is { } before)
        {
            patients = [before];
        }

        var agents = Listed(document, s, agent);
        var claim = type == RelationTypes.Alleges ? Claim(tokens, agents[^1].TokenEnd) : null;
        if (type == RelationTypes.Alleges && claim is null)
        {
            type = RelationTypes.Criticizes;
        }

        foreach (var a in agents)
        {
            foreach (var patient in patients)
            {
                relations.Add(a.Key!, type, patient.Key!, s, 0.6, claim, outlets);
            }
        }
    }

    // "accused Sweden and Norway of ...": the first object and those listed with it.
    private static List<Mention> Listed(BriefDocument document, int s, Mention first)
    {
        var tokens = document.Tokens[s];
        var list = new List<Mention> { first };
        for (var next = first.TokenEnd; next + 1 < tokens.Count && (tokens[next].Is(",") || tokens[next].Is("and"));)
        {
            var from = tokens[next].Is(",") && tokens[next + 1].Is("and") ? next + 2 : next + 1;
            if (NextMention(document, s, from, from < tokens.Count && tokens[from].Is("the") ? 1 : 0) is not { } more || more.Type != first.Type && !(BriefDocument.IsActor(more) && BriefDocument.IsActor(first)))
            {
                break;
            }

            list.Add(more);
            next = more.TokenEnd;
        }

        return list;
    }

    // "a vote that Georgetown has condemned as ...", "a move Peru condemned as unlawful": with no object after
    // the verb, the object is what the relative clause hangs on.
    private static Mention? RelativeObject(BriefDocument document, int s, int at, List<Mention> subjects)
    {
        var tokens = document.Tokens[s];
        if (at + 1 < tokens.Count && !tokens[at + 1].Is("as") && !ClauseBreaks.Contains(tokens[at + 1].Text))
        {
            return null;
        }

        var subject = subjects.Where(m => m.Sentence == s && m.TokenEnd <= at).MinBy(m => m.TitleStart);
        if (subject is null)
        {
            return null;
        }

        var i = subject.TitleStart - 1;
        if (i >= 0 && (tokens[i].Is("that") || tokens[i].Is("which")))
        {
            if (document.In(s).LastOrDefault(m => m.TokenEnd == i) is { } head)
            {
                return head;
            }

            i--;
        }
        else if (i < 2 || !tokens[i].IsWord || tokens[i].IsCapitalized || tokens[i - 1].Text is not ("a" or "an" or "the"))
        {
            return null;
        }

        // "..., a vote that" or "..., a move": the apposition's head is the mention before the comma.
        var stop = Math.Max(0, i - 4);
        while (i > stop && tokens[i].IsWord && !tokens[i].IsCapitalized)
        {
            i--;
        }

        return tokens[i].Is(",") ? document.In(s).LastOrDefault(m => m.TokenEnd == i && !subjects.Contains(m)) : null;
    }

    // "war between", "war erupted between": the "between" that follows a word of friction closely.
    private static int Between(List<Token> tokens, int at)
    {
        for (var i = at + 1; i < tokens.Count && i <= at + 3; i++)
        {
            if (tokens[i].IsIgnoreCase("between"))
            {
                return i;
            }

            if (!tokens[i].IsWord)
            {
                return -1;
            }
        }

        return -1;
    }

    // "... and complained that ...": a second clause, not part of the claim.
    private static bool IsFiniteVerb(Token token) =>
        !token.IsCapitalized && (token.Text.EndsWith("ed", StringComparison.Ordinal) || Verbs.ContainsKey(token.Text) || token.Text is "said" or "says" or "called" or "warned");

    // "accused the company of ...", "Egypt backs the army": the organisation the noun refers back to.
    private static Mention? Referent(BriefDocument document, int s, int from, List<Mention> subjects)
    {
        var tokens = document.Tokens[s];
        if (from + 1 >= tokens.Count || !tokens[from].IsIgnoreCase("the") || !Lexicon.OrganizationNouns.Contains(tokens[from + 1].Text) && !tokens[from + 1].IsIgnoreCase("army"))
        {
            return null;
        }

        return document.Antecedent(s, from, tokens[from + 1].Text, subjects.Count > 0 ? subjects[0].Key : null);
    }

    private static string? Span(List<Token> tokens, int start)
    {
        var end = start;
        while (end < tokens.Count && end - start < MaxClaimTokens && !ClauseBreaks.Contains(tokens[end].Text)
               && !(tokens[end].Is("and") && end + 1 < tokens.Count && IsFiniteVerb(tokens[end + 1])))
        {
            end++;
        }

        return end > start ? MentionRecognizer.Surface(tokens, start, end) : null;
    }
}
