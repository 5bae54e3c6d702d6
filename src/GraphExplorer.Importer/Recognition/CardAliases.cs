using System.Text.RegularExpressions;

namespace GraphExplorer.Importer.Recognition;

/// <summary>
/// The other names an entity card gives its entity: "officially the Kingdom of Cambodia", "officially known as Ansar
/// Allah", "historically known as Siam", "known as Hemedti", and an acronym in parentheses after the name.
/// </summary>
public static partial class CardAliases
{
    [GeneratedRegex(
        @"\b(?:officially|formally|also|historically|commonly|popularly|better|widely|locally|previously|formerly)?\s*(?:known|called|styled|named)\s+as\s+(?:the\s+)?(?<alias>[A-Z][\w'’.-]*(?:\s+(?:of|the|and|de|da|al|[A-Z][\w'’.-]*))*)|\bofficially\s+(?:the\s+)?(?<alias>[A-Z][\w'’.-]*(?:\s+(?:of|the|and|de|da|[A-Z][\w'’.-]*))*)|^[^(]{1,120}?\((?<alias>[A-Z][A-Za-z&-]{1,9}(?:\s?\([A-Z]\))?)\)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Alias();

    public static IEnumerable<string> Of(string cardText)
    {
        foreach (Match match in Alias().Matches(cardText))
        {
            var alias = match.Groups["alias"].Value.Trim();
            while (alias.EndsWith(" of", StringComparison.Ordinal) || alias.EndsWith(" the", StringComparison.Ordinal) || alias.EndsWith(" and", StringComparison.Ordinal))
            {
                alias = alias[..alias.LastIndexOf(' ')];
            }

            if (alias.Length > 1)
            {
                yield return alias;
            }
        }
    }
}
