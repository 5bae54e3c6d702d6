namespace GraphExplorer.Importer.Linking;

/// <summary>Sentence numbers in ascending order without repeats, from a list filled in any order.</summary>
internal static class SentenceIndexes
{
    /// <summary>Sorts <paramref name="indexes"/> and drops repeats, in place; returns it.</summary>
    public static List<int> SortDistinct(List<int> indexes)
    {
        indexes.Sort();
        var kept = 0;
        for (var i = 0; i < indexes.Count; i++)
        {
            if (kept == 0 || indexes[i] != indexes[kept - 1])
            {
                indexes[kept++] = indexes[i];
            }
        }

        indexes.RemoveRange(kept, indexes.Count - kept);
        return indexes;
    }
}
