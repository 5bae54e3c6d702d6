using System.Text.RegularExpressions;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// Types an entity card from its defining sentence: "(born ...)" or "is a Cambodian politician" is a Person,
/// "is a country" a Country, "is a non-governmental organization" an Organization, "is a ... operation" an Event.
/// The earliest type word after "is"/"are"/"was" decides.
/// </summary>
public static partial class CardTyper
{
    [GeneratedRegex(@"\s(?:is|are|was|were)\s+(?<definition>.*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline)]
    private static partial Regex Definition();

    [GeneratedRegex(
        @"\b(?:(?<person>politician|officer|businessman|businesswoman|entrepreneur|lawyer|judge|jurist|diplomat|economist|activist|journalist|engineer|general|commander|cleric|physician|doctor|scientist|banker|official|civil servant|statesman|stateswoman|monarch|king|queen|prince|princess|leader|executive officer|chief executive|epidemiologist|academic|researcher|author|writer|militant|warlord|soldier|pilot|athlete|footballer|player|actor|singer|bureaucrat|administrator|lawmaker|legislator|senator|spokesman|spokeswoman|man|woman|economist|philanthropist|investor|chairman|chairwoman|founder)|(?<country>country|sovereign state|nation|kingdom|city-state|island state)|(?<outlet>newspaper|news agency|broadcaster|news channel|magazine|news organi[sz]ation|news outlet|news website|daily|tabloid|wire service|media outlet|television network)|(?<event>operation|war|conflict|attack|summit|conference|agreement|treaty|accord|pandemic|epidemic|crisis|election|protests?|campaign|incident|disaster|massacre|ceasefire|truce|offensive|invasion|siege|coup|crash|uprising|revolution|genocide|bombing|famine)|(?<organization>organi[sz]ation|agency|party|company|manufacturer|maker|carmaker|automaker|planemaker|corporation|conglomerate|firm|enterprise|union|alliance|bloc|body|court|tribunal|bank|fund|group|movement|militia|forces?|army|navy|institute|institution|programme|program|council|commission|assembly|federation|association|authority|ministry|department|administration|board|airline|carrier|charity|NGO|foundation|coalition|network|facility|observatory|paramilitary|branch|legislature|parliament|senate|forum|regulator|secretariat|cartel|gang|faction|think tank|university|club|league|producer|operator|supplier|retailer|brand|holding|subsidiary|consortium|committee|office|service|agencies))\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex TypeWord();

    [GeneratedRegex(@"\(born\b|\(\s*\d{1,2}\s+\w+\s+\d{4}\s*[-–]", RegexOptions.CultureInvariant)]
    private static partial Regex Born();

    public static EntityType? TypeOf(string cardText)
    {
        if (Born().IsMatch(cardText))
        {
            return EntityType.Person;
        }

        var definition = Definition().Match(cardText);
        if (!definition.Success)
        {
            return null;
        }

        var word = TypeWord().Match(definition.Groups["definition"].Value);
        if (!word.Success)
        {
            return null;
        }

        if (word.Groups["person"].Success)
        {
            return EntityType.Person;
        }

        if (word.Groups["country"].Success)
        {
            return EntityType.Country;
        }

        if (word.Groups["outlet"].Success)
        {
            return EntityType.Outlet;
        }

        return word.Groups["event"].Success ? EntityType.Event : EntityType.Organization;
    }
}
