using System.Collections.Frozen;
using GraphExplorer.Importer.Gazetteers;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Parsing;
using GraphExplorer.Importer.Recognition;

namespace GraphExplorer.Importer.Relations;

/// <summary>
/// LEADS and MEMBER_OF (GOLD-FORMAT.md convention 2) from titles and roles: "Cambodian Prime Minister Hun Manet",
/// "FAA Administrator Mike Whitaker", "Hungary's prime minister, Viktor Orban", "Yahya Saree, the Houthis' military
/// spokesman", "EU trade commissioner Valdis Dombrovskis", and in entity cards "has served as Prime Minister of
/// Malaysia since 2022", "Vice President of the ruling Cambodian People's Party", "led by X". Past roles ("former",
/// "was ... from 1985 to 2023") give nothing; a deputy is a member.
/// </summary>
public sealed class LeadershipRule : IRelationRule
{
    private const int AppositionWindow = 12;
    private const int RoleWindow = 4;

    private static readonly FrozenSet<string> LeaderRoles = new[]
    {
        "president", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "leader", "head",
        "chief", "chair", "chairman", "chairwoman", "chairperson", "director-general", "secretary-general",
        "chief executive", "chief executive officer", "ceo", "administrator", "commander", "governor", "mayor", "co-chair", "co-chairs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> MemberRoles = new[]
    {
        "member", "members", "minister", "spokesman", "spokeswoman", "spokesperson", "official", "commissioner",
        "deputy", "vice president", "vice-president", "ambassador", "envoy", "secretary", "senator", "lawmaker", "mp",
        "adviser", "advisor", "engineer", "employee", "whistleblower", "general", "negotiator",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> PastMarkers = new[]
    { "former", "ex", "late", "then", "once", "was", "were" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> StateTitles = new[]
    {
        "President", "Prime Minister", "Premier", "Chancellor", "King", "Queen", "Emir", "Sultan", "Supreme Leader",
        "Acting President", "Acting Prime Minister", "Interim Prime Minister", "Interim President",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly PhraseTrie<string> roles = BuildRoles();

    public void Apply(BriefDocument document, RelationSet relations)
    {
        for (var s = 0; s < document.SentenceCount; s++)
        {
            var outlets = document.OutletsOf(s);
            foreach (var person in document.In(s).Where(m => m.Type == EntityType.Person))
            {
                TitleBefore(document, s, person, relations, outlets);
                RoleBefore(document, s, person, relations, outlets);
                RoleAfter(document, s, person, relations, outlets);
            }

            RoleOf(document, s, relations, outlets);
            Members(document, s, relations, outlets);
        }
    }

    // "Finland and Sweden joined NATO", "Guyana is a founding member" (in the body's card), "X is a member of Y".
    private static void Joined(BriefDocument document, int s, int i, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        string? body;
        int subjectEnd;
        if (tokens[i].Text is "joined" or "joins")
        {
            body = NextMention(document, s, i + 1) is { Type: EntityType.Organization } joined ? joined.Key : null;
            subjectEnd = i;
        }
        else if (i >= 3 && tokens[i - 1].IsWord && (tokens[i - 2].Is("a") || tokens[i - 1].Is("a")))
        {
            var be = tokens[i - 1].Is("a") ? i - 2 : i - 3;
            body = i + 1 < tokens.Count && tokens[i + 1].Is("of") ? (NextMention(document, s, i + 2) is { Type: EntityType.Organization } of ? of.Key : null)
                : i + 1 < tokens.Count && tokens[i + 1].Is(".") && document.CardSubject(s) is { Type: EntityType.Organization } card ? card.Key : null;
            subjectEnd = tokens[be].Text is "is" or "are" ? be : -1;
        }
        else
        {
            return;
        }

        if (body is null || subjectEnd < 1)
        {
            return;
        }

        // "Finland and Sweden joined": the member right before and those listed with it.
        for (var member = MemberEndingAt(document.In(s), subjectEnd); member is not null;)
        {
            relations.Add(member.Key!, RelationTypes.MemberOf, body, s, 0.6, outlets: outlets);
            var before = member.TitleStart - 1;
            member = before > 0 && (tokens[before].Is("and") || tokens[before].Is(",")) ? MemberEndingAt(document.In(s), before) : null;
        }
    }

    private static Mention? MemberEndingAt(List<Mention> mentions, int end)
    {
        for (var k = mentions.Count - 1; k >= 0; k--)
        {
            if (mentions[k].TokenEnd == end && mentions[k].Type is EntityType.Country or EntityType.Organization)
            {
                return mentions[k];
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> MemberNouns = new[]
    { "states", "members", "countries", "nations", "member" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // The words that start a membership: the nouns above and joining.
    private static readonly FrozenSet<string> MemberCues = MemberNouns.Concat(["joined", "joins"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "a union of ten states in Southeast Asia, including Cambodia, Malaysia and Thailand": the listed countries are members.
    private static void Members(BriefDocument document, int s, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!MemberCues.Contains(tokens[i].Text))
            {
                continue;
            }

            if (tokens[i].Text is "joined" or "joins" or "member")
            {
                Joined(document, s, i, relations, outlets);
                if (!tokens[i].Is("member"))
                {
                    continue;
                }
            }

            var list = 0;
            for (var k = i + 1; k < tokens.Count && k <= i + 6 && !tokens[k].Is("."); k++)
            {
                if (tokens[k].IsIgnoreCase("including") || (tokens[k].IsIgnoreCase("as") && tokens[k - 1].IsIgnoreCase("such")) || tokens[k].IsIgnoreCase("like"))
                {
                    list = k + 1;
                    break;
                }
            }

            var body = document.CardSubject(s) is { Type: EntityType.Organization } subject ? subject.Key : PreviousBody(document.In(s), i)?.Key;
            if (list == 0 || body is null)
            {
                continue;
            }

            for (var member = NextMention(document, s, list); member is { Type: EntityType.Country }; member = NextListed(document, s, member))
            {
                relations.Add(member.Key!, RelationTypes.MemberOf, body, s, 0.7, outlets: outlets);
            }
        }
    }

    // "Cambodian Prime Minister Hun Manet", "WHO Director-General Tedros", "President Donald Trump".
    private void TitleBefore(BriefDocument document, int s, Mention person, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        if (person.Title is not { } title || IsPast(document.Tokens[s], person.TitleStart))
        {
            return;
        }

        var body = Owner(document, s, person.TitleStart) ?? Under(document, s, person.TitleStart);
        if (body is null && title.Role == TitleRole.Leader && StateTitles.Contains(title.Title) && document.ByKey[person.Key!].Description is null)
        {
            body = SentenceCountry(document, s);
        }

        if (body is not null && title.Role != TitleRole.Other)
        {
            relations.Add(person.Key!, title.Role == TitleRole.Leader ? RelationTypes.Leads : RelationTypes.MemberOf, body.Key!, s, 0.8, outlets: outlets);
        }
    }

    // "Hungary's prime minister, Viktor Orban", "EU trade commissioner Valdis Dombrovskis", "aid chief Tom Fletcher".
    private void RoleBefore(BriefDocument document, int s, Mention person, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        var end = person.TitleStart;
        if (end > 0 && tokens[end - 1].Is(","))
        {
            end--;
        }

        for (var start = Math.Max(0, end - RoleWindow); start < end; start++)
        {
            var (length, role) = roles.Match(tokens, start, end);
            if (length != end - start || tokens[start].IsCapitalized && person.Title is not null)
            {
                continue;
            }

            var roleStart = start;
            var qualified = false;
            while (roleStart > 0 && roleStart > start - 2 && tokens[roleStart - 1].IsWord && !tokens[roleStart - 1].IsCapitalized && !PastMarkers.Contains(tokens[roleStart - 1].Text)
                   && document.At(s, roleStart - 1) is null && tokens[roleStart - 1].Text is not ("the" or "a" or "an" or "and" or "of" or "by" or "his" or "her" or "its" or "their"))
            {
                qualified |= !tokens[roleStart - 1].IsIgnoreCase("acting") && !tokens[roleStart - 1].IsIgnoreCase("interim");
                roleStart--;
            }

            if (IsPast(tokens, roleStart))
            {
                return;
            }

            var body = Owner(document, s, roleStart);
            if (body is not null)
            {
                var leads = LeaderRoles.Contains(role!) && !qualified;
                relations.Add(person.Key!, leads ? RelationTypes.Leads : RelationTypes.MemberOf, body.Key!, s, 0.7, outlets: outlets);
            }

            return;
        }
    }

    // "Yahya Saree, the Houthis' military spokesman", "Burhan, ... Sudan's de facto head of state".
    private void RoleAfter(BriefDocument document, int s, Mention person, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        if (person.TokenEnd >= tokens.Count || !tokens[person.TokenEnd].Is(","))
        {
            return;
        }

        Mention? body = null;
        for (var i = person.TokenEnd + 1; i < tokens.Count && i <= person.TokenEnd + AppositionWindow && !tokens[i].Is(",") && !tokens[i].Is("."); i++)
        {
            if (PastMarkers.Contains(tokens[i].Text) || tokens[i].IsIgnoreCase("who"))
            {
                return;
            }

            if (document.At(s, i) is { Type: EntityType.Organization or EntityType.Country } found)
            {
                body = found;
                i = found.TokenEnd - 1;
                continue;
            }

            var (length, role) = roles.Match(tokens, i);
            if (length > 0 && body is not null)
            {
                var leads = LeaderRoles.Contains(role!);
                relations.Add(person.Key!, leads ? RelationTypes.Leads : RelationTypes.MemberOf, body.Key!, s, 0.7, outlets: outlets);
                body = null;
                i += length - 1;
            }
        }
    }

    // "has served as Prime Minister of Malaysia since 2022", "the chief of Pakistan's army, General Asim Munir",
    // "Vice President of the ruling Cambodian People's Party", "has led the Houthi movement", "led by X".
    private void RoleOf(BriefDocument document, int s, RelationSet relations, IReadOnlyCollection<string> outlets)
    {
        var tokens = document.Tokens[s];
        var mentions = document.In(s);
        var subject = document.CardSubject(s);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (LeadVerbs.Contains(tokens[i].Text) && i + 1 < tokens.Count)
            {
                var by = ByAgent(tokens, i + 1);
                if (by > 0 && !IsPast(tokens, i))
                {
                    var led = subject is { Type: EntityType.Organization or EntityType.Country } ? subject.Key : PreviousBody(mentions, i)?.Key;
                    for (var leader = NextMention(document, s, by); led is not null && leader is { Type: EntityType.Person }; leader = NextListed(document, s, leader))
                    {
                        relations.Add(leader.Key!, RelationTypes.Leads, led, s, 0.7, outlets: outlets);
                    }
                }
                else if (subject is { Type: EntityType.Person } && NextMention(document, s, i + 1) is { Type: EntityType.Organization or EntityType.Country } body && !IsPast(tokens, i))
                {
                    relations.Add(subject.Key, RelationTypes.Leads, body.Key!, s, 0.7, outlets: outlets);
                }

                continue;
            }

            var (length, role) = roles.Match(tokens, i);
            if (length == 0 || i + length >= tokens.Count || !tokens[i + length].Is("of"))
            {
                continue;
            }

            var target = NextMention(document, s, i + length + 1);
            if (target is null || target.Type is not (EntityType.Organization or EntityType.Country) || IsPast(tokens, i) || PastRange(tokens, target.TokenEnd))
            {
                continue;
            }

            var holder = subject is { Type: EntityType.Person } ? subject.Key : PersonNear(document, s, i, target.TokenEnd);
            if (holder is null)
            {
                continue;
            }

            var leads = LeaderRoles.Contains(role!) && !(i > 0 && (tokens[i - 1].IsIgnoreCase("vice") || tokens[i - 1].IsIgnoreCase("deputy")));
            relations.Add(holder, leads ? RelationTypes.Leads : RelationTypes.MemberOf, target.Key!, s, 0.75, outlets: outlets);
        }
    }

    private static readonly FrozenSet<string> LeadVerbs = new[]
    {
        "led", "leads", "heads", "headed", "commanded", "commands", "chaired", "chairs", "co-chaired", "run", "runs",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "led by", "co-chaired in its final stretch by": the token after "by", or 0.
    private static int ByAgent(List<Token> tokens, int from)
    {
        for (var i = from; i < tokens.Count && i <= from + 5 && !tokens[i].Is(",") && !tokens[i].Is("."); i++)
        {
            if (tokens[i].Is("by"))
            {
                return i + 1;
            }
        }

        return 0;
    }

    // "X and Y", "X, Y and Z": the next mention of a list.
    private static Mention? NextListed(BriefDocument document, int s, Mention previous)
    {
        var tokens = document.Tokens[s];
        var i = previous.TokenEnd;
        return i + 1 < tokens.Count && (tokens[i].Is("and") || tokens[i].Is(",")) ? NextMention(document, s, i + 1) : null;
    }

    private static Mention? NextMention(BriefDocument document, int s, int from)
    {
        var tokens = document.Tokens[s];
        while (from < tokens.Count && (tokens[from].Is("the") || tokens[from].Is("ruling") || tokens[from].Is("a")))
        {
            from++;
        }

        var found = from < tokens.Count ? document.At(s, from) : null;
        if (found is { Type: EntityType.Country } && found.TokenEnd + 1 < tokens.Count && tokens[found.TokenEnd].Is("'s"))
        {
            // "South Africa's Precious Matsoso": the person the country's possessive introduces.
            return document.At(s, found.TokenEnd + 1);
        }

        return found;
    }

    private static Mention? PreviousBody(List<Mention> mentions, int before) =>
        mentions.LastOrDefault(m => m.TokenEnd <= before && m.Type is EntityType.Organization or EntityType.Country);

    // The person a role phrase belongs to: just before it ("X, the president of Y") or just after ("the chief of Y, General Z").
    private static string? PersonNear(BriefDocument document, int s, int roleStart, int targetEnd)
    {
        var mentions = document.In(s);
        var before = mentions.LastOrDefault(m => m.Type == EntityType.Person && m.TokenEnd <= roleStart && roleStart - m.TokenEnd <= 3);
        if (before is not null)
        {
            return before.Key;
        }

        var after = mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.TitleStart >= targetEnd && m.TitleStart - targetEnd <= 2);
        return after?.Key;
    }

    // The body a title or role belongs to, named right before it: "Cambodian", "WHO", "Thailand's".
    private static Mention? Owner(BriefDocument document, int s, int titleStart)
    {
        var tokens = document.Tokens[s];
        var at = titleStart - 1;
        if (at >= 0 && (tokens[at].Is("'s") || tokens[at].Is("'")))
        {
            at--;
        }

        return at >= 0 && document.At(s, at) is { Type: EntityType.Organization or EntityType.Country } owner ? owner : null;
    }

    // "the European Commission under President Ursula von der Leyen".
    private static Mention? Under(BriefDocument document, int s, int titleStart) =>
        titleStart >= 2 && document.Tokens[s][titleStart - 1].IsIgnoreCase("under") && document.At(s, titleStart - 2) is { Type: EntityType.Organization or EntityType.Country } body
            ? body
            : null;

    // A head of state or government named without the state: the country the sentence (or the one before) opens with.
    private static Mention? SentenceCountry(BriefDocument document, int s)
    {
        for (var t = s; t >= Math.Max(0, s - 1); t--)
        {
            var country = document.In(t).FirstOrDefault(m => m.Type == EntityType.Country);
            if (country is not null)
            {
                return country;
            }
        }

        return null;
    }

    private static bool IsPast(List<Token> tokens, int at)
    {
        for (var i = Math.Max(0, at - 3); i < at; i++)
        {
            if (PastMarkers.Contains(tokens[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    // "... of Cambodia from 1985 to 2023": a role that ended.
    private static bool PastRange(List<Token> tokens, int after) =>
        after + 3 < tokens.Count && tokens[after].IsIgnoreCase("from") && char.IsDigit(tokens[after + 1].Text[0]) && tokens[after + 2].IsIgnoreCase("to");

    private static PhraseTrie<string> BuildRoles()
    {
        var trie = new PhraseTrie<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in LeaderRoles.Concat(MemberRoles))
        {
            trie.Add(role, role);
        }

        return trie.Freeze();
    }
}
