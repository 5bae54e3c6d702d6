using System.Text;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Linking;

/// <summary>Stable entity keys: the type and a slug of the canonical name ("country:cambodia", "person:hun-manet").</summary>
public static class EntityKey
{
    public static string Of(EntityType type, string canonicalName)
    {
        var slug = new StringBuilder(canonicalName.Length + 12);
        slug.Append(type.ToString().ToLowerInvariant()).Append(':');
        var pendingDash = false;
        foreach (var c in canonicalName.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash)
                {
                    slug.Append('-');
                }

                slug.Append(char.ToLowerInvariant(c));
                pendingDash = false;
            }
            else if (c is not '\'' and not '\u2019' && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                pendingDash = slug[^1] != ':';
            }
        }

        return slug.ToString();
    }
}
