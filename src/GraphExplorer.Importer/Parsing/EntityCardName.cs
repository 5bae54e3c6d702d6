namespace GraphExplorer.Importer.Parsing;

/// <summary>The name an entity card opens with: the words before "(born ...)", ", officially ...", "is", "are" or "was".</summary>
public static class EntityCardName
{
    private static readonly string[] Stops = [" (", ", ", " is ", " are ", " was ", " were ", " has ", " refers "];
    private const int MaxNameLength = 120;

    public static string Of(string cardText)
    {
        var end = cardText.Length;
        foreach (var stop in Stops)
        {
            var at = cardText.IndexOf(stop, StringComparison.Ordinal);
            if (at > 0 && at < end)
            {
                end = at;
            }
        }

        var name = cardText.AsSpan(0, Math.Min(end, MaxNameLength)).Trim();
        if (name.StartsWith("The ", StringComparison.Ordinal))
        {
            name = name[4..];
        }

        return name.ToString();
    }
}
