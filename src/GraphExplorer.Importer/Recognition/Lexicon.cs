using System.Collections.Frozen;
namespace GraphExplorer.Importer.Recognition;

/// <summary>Closed word classes the recognisers need: words that never start a name, name connectors, role nouns.</summary>
public static class Lexicon
{
    /// <summary>Capitalised at a sentence start, these words are not names.</summary>
    public static readonly FrozenSet<string> FunctionWords = new[]
    {
        "The", "A", "An", "In", "On", "At", "Of", "For", "To", "By", "With", "From", "Into", "Under", "Over", "After",
        "Before", "Since", "During", "While", "When", "Where", "Why", "What", "Who", "Whom", "Whose", "Which", "How",
        "But", "And", "Or", "Yet", "So", "If", "As", "Although", "Though", "Because", "However", "Meanwhile", "Moving",
        "This", "That", "These", "Those", "Its", "It", "Their", "They", "Them", "His", "He", "Her", "She", "We", "Our",
        "Us", "You", "Your", "I", "My", "Both", "Each", "Every", "All", "Most", "Many", "Some", "Several", "Few",
        "Here", "There", "Below", "Above", "Recent", "Is", "Are", "Was", "Were", "Did", "Does", "Do", "Can", "Could",
        "Will", "Would", "Should", "Has", "Have", "Had", "Not", "No", "Yes", "Other", "Another", "Such", "Also",
        "Then", "Than", "Now", "Later", "Earlier", "Still", "Even", "Only", "Just", "Despite", "Amid", "Against",
        "Between", "Among", "Across", "Through", "Until", "Without", "Within", "Upon", "About", "Around", "Like",
        "Unlike", "According", "Following", "Including", "Instead", "Once", "Whether", "Nor", "Neither", "Either",
        "More", "Much", "Less", "First", "Last", "Next", "Further", "Furthermore", "Moreover", "Overall", "Together",
        "Already", "Nearly", "Almost", "About", "Over", "Out", "Up", "Down", "Off", "Away", "Back", "Again", "Today",
        "Yesterday", "Tomorrow", "Currently", "Critics", "Analysts", "Officials", "Experts", "Observers", "Supporters",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case words that may sit inside a name between capitalised words.</summary>
    public static readonly FrozenSet<string> Connectors = new[]
    {
        "of", "for", "'s", "de", "da", "do", "dos", "das", "del", "della", "di", "von", "van", "der", "den", "bin",
        "ibn", "al", "el", "la", "le", "du", "y", "e", "on", "the",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Lower-case role nouns that, right before a capitalised name, make it a person ("aid chief Tom Fletcher").</summary>
    public static readonly FrozenSet<string> RoleNouns = new[]
    {
        "chief", "whistleblower", "co-chair", "co-chairs", "negotiator", "negotiators", "adviser", "advisor", "envoy",
        "lawyer", "activist", "analyst", "economist", "founder", "leader", "boss", "head", "spokesman", "spokeswoman",
        "spokesperson", "commissioner", "minister", "president", "premier", "chancellor", "executive", "ceo",
        "director", "director-general", "secretary-general", "chairman", "chairwoman", "chair", "governor", "general",
        "commander", "judge", "prosecutor", "ambassador", "senator", "lawmaker", "mp", "official", "predecessor",
        "successor", "rival", "strongman", "dictator", "ruler", "king", "queen", "prince", "engineer", "whistle-blower",
        "administrator", "deputy", "counterpart", "colleague", "opponent", "candidate", "challenger", "incumbent",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case nouns that, in an apposition after a name, make it an organisation ("Ibama, Brazil's environmental agency").</summary>
    public static readonly FrozenSet<string> OrganizationNouns = new[]
    {
        "agency", "company", "firm", "regulator", "ministry", "party", "group", "militia", "movement", "organisation",
        "organization", "airline", "manufacturer", "planemaker", "carmaker", "automaker", "bank", "fund",
        "union", "body", "court", "watchdog", "coalition", "alliance", "institute", "charity", "network", "giant",
        "conglomerate", "producer", "maker", "operator", "supplier", "lender", "insurer", "think-tank", "department",
        "authority", "commission", "council", "federation", "association", "paramilitary", "rebels", "faction",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of saying that, right after a capitalised name, make it a person or group ("X said").</summary>
    public static readonly FrozenSet<string> SayingVerbs = new[]
    {
        "said", "says", "told", "added", "warned", "wrote", "argued", "noted", "announced", "stressed", "insisted",
        "claimed", "declared", "tweeted", "posted", "urged", "pledged", "vowed", "acknowledged", "admitted", "denied",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that start the name of an organisation when followed by "of" ("Ministry of Commerce").</summary>
    public static readonly FrozenSet<string> OrganizationOpeners = new[]
    {
        "Ministry", "Department", "Bank", "Court", "Council", "Association", "Federation", "Union", "Organization",
        "Organisation", "Institute", "Office", "Commission", "Committee", "Board", "Agency", "Senate", "House",
        "Congress", "Parliament", "Assembly", "Coalition", "Alliance", "League", "Party", "Group", "Society", "Army",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns an organ word may modify as an adjective ("military targets", "army officers").</summary>
    public static readonly FrozenSet<string> ModifiedNouns = new[]
    {
        "targets", "target", "officials", "official", "bases", "base", "operations", "operation", "aircraft", "leaders",
        "leadership", "spending", "aid", "equipment", "personnel", "chief", "chiefs", "commander", "commanders",
        "officers", "officer", "positions", "position", "sources", "installations", "sites", "vehicles", "action",
        "strikes", "campaign", "exercises", "drills", "posts", "post", "rule", "regime", "junta", "coup", "court",
        "courts", "hardware", "budget", "presence", "buildup", "build-up", "escalation", "response", "capabilities",
        "units", "unit", "convoy", "convoys", "patrol", "patrols", "jets", "ships", "vessels", "drones", "spokesman",
        "spokeswoman", "spokesperson", "intelligence", "and", "or",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Organs of a state named through their country ("Thailand's army", "China's commerce ministry").</summary>
    public static readonly FrozenSet<string> StateOrgans = new[]
    {
        "army", "military", "navy", "air force", "armed forces", "coast guard", "police", "ministry", "defence ministry",
        "defense ministry", "foreign ministry", "commerce ministry", "health ministry", "finance ministry",
        "interior ministry", "trade ministry", "justice ministry", "environment ministry", "central bank", "junta",
        "parliament", "supreme court", "constitutional court", "courts", "regulator", "intelligence agency",
        "security forces", "election commission", "electoral commission", "customs", "defence force", "defense force",
        "defence forces", "defense forces",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
