using System.Collections.Frozen;
using System.Text.RegularExpressions;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Parsing;

/// <summary>
/// Finds the outlets "What the papers say" cites: a capitalised name opening a clause and followed by a reporting
/// verb ("The Independent reports", "While Al Jazeera underscores", "according to Reuters").
/// </summary>
public static partial class OutletCitation
{
    [GeneratedRegex(
        @"(?:^|[.;:,]\s+|\b(?:While|Whereas|Meanwhile|and|but|while|whereas|Both)\s+)(?<name>(?:The\s+)?(?:[A-Z][\w'’&.-]*)(?:\s+(?:[A-Z][\w'’&.-]*|of|de|du|der|al))*)\s+(?:reports?|reported|says|said|writes|wrote|notes|noted|highlights|highlighted|focuses|focused|looks|looked|argues|argued|emphasi[sz]es|emphasi[sz]ed|underscores|underscored|stresses|stressed|points|pointed|describes|described|warns|warned|suggests|suggested|quotes|quoted|cites|cited|details|detailed|examines|examined|explores|explored|analy[sz]es|analy[sz]ed|frames|framed|questions|offers|takes|adds|added|reveals|revealed|claims|claimed|observes|observed|contends|maintains|covers|covered|carries|publishes|published|features|tracks|traces|calls|called|says|headlines?|leads|runs|asks|sees|paints|concentrates|centres|centers|puts|gives|adopts|presents|profiles|interviews|recounts|documents|chronicles|spotlights|accents|accentuates|underlines|acknowledges)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex ReportingClause();

    [GeneratedRegex(@"\b[Aa]ccording to (?<name>(?:the\s+|The\s+)?[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AccordingTo();

    private static readonly FrozenSet<string> NotNames = new[]
    {
        "It", "He", "She", "They", "This", "That", "Both", "Each", "The", "Both sources", "Which", "Who", "Others",
        "Some", "One", "Many", "Most", "Coverage", "The report", "The paper", "The piece", "The article", "Meanwhile",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] Openers = ["While ", "Whereas ", "Meanwhile ", "Both ", "But ", "And "];

    /// <summary>The distinct outlet names cited in the sentences of "What the papers say", in order of first citation.</summary>
    public static IReadOnlyList<string> Find(IReadOnlyList<BriefSentence> sentences)
    {
        var found = new List<string>();
        foreach (var sentence in sentences)
        {
            if (sentence.Section != SectionHeadings.PapersSay)
            {
                continue;
            }

            foreach (Match match in ReportingClause().Matches(sentence.Text))
            {
                Add(match.Groups["name"].Value);
            }

            foreach (Match match in AccordingTo().Matches(sentence.Text))
            {
                Add(match.Groups["name"].Value);
            }
        }

        return found;

        void Add(string name)
        {
            name = name.Trim();
            foreach (var opener in Openers)
            {
                if (name.StartsWith(opener, StringComparison.Ordinal))
                {
                    name = name[opener.Length..];
                }
            }

            if (name.Length > 1 && !NotNames.Contains(name) && !found.Contains(name))
            {
                found.Add(name);
            }
        }
    }
}
