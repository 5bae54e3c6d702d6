using System.Collections.Frozen;
using System.Text;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Linking;

/// <summary>Stable entity keys: the type and a slug of the canonical name ("country:cambodia", "person:hun-manet").</summary>
public static class EntityKey
{
    private static readonly FrozenDictionary<EntityType, string> Prefixes =
        Enum.GetValues<EntityType>().ToFrozenDictionary(type => type, type => type.ToString().ToLowerInvariant() + ":");

    public static string Of(EntityType type, string canonicalName)
    {
        var slug = new StringBuilder(canonicalName.Length + 12);
        slug.Append(Prefixes.TryGetValue(type, out var prefix) ? prefix : type.ToString().ToLowerInvariant() + ":");
        var pendingDash = false;
        foreach (var original in canonicalName)
        {
            var c = Fold(original);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (c is not '\'' and not '\u2019')
            {
                pendingDash = slug[^1] != ':';
            }
        }

        return slug.ToString();
    }

    // Latin letters with diacritics fold to their base letter, so "Côte" and "Cote" give one key (string
    // normalisation is unavailable under invariant globalisation).
    private const string Accented = "àáâãäåāăąçćčďèéêëēėęěìíîïīįñńňòóôõöøōőùúûüūůűųýÿžźżšśşťţř";
    private const string Plain = "aaaaaaaaacccdeeeeeeeeiiiiiinnnoooooooouuuuuuuuyyzzzsssttr";

    private static char Fold(char c)
    {
        if (char.IsAscii(c))
        {
            return c;
        }

        var lower = char.ToLowerInvariant(c);
        var at = Accented.IndexOf(lower);
        return at >= 0 ? Plain[at] : c;
    }
}
