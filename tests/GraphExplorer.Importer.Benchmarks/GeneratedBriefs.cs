using System.Text;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>Copies of the seed briefs, each with its names swapped for made-up ones, round-robin over the seeds.</summary>
internal static class GeneratedBriefs
{
    public static IReadOnlyList<GeneratedBrief> Make(string seedFolder, int count)
    {
        var extractor = new BriefExtractor();
        var seeds = Directory.GetFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal)
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Text: File.ReadAllText(path)))
            .Select(seed => (seed.Name, Perturber: new BriefPerturber(seed.Text, extractor.Extract(seed.Name + ".txt", seed.Text))))
            .ToList();
        if (seeds.Count == 0) throw new FileNotFoundException("No seed briefs in " + seedFolder);

        var briefs = new List<GeneratedBrief>(count);
        for (var i = 0; i < count; i++)
        {
            var (name, perturber) = seeds[i % seeds.Count];
            var text = perturber.Copy(i);
            briefs.Add(new GeneratedBrief($"{name}-{i:D5}.txt", text, Encoding.UTF8.GetBytes(text)));
        }
        return briefs;
    }
}
