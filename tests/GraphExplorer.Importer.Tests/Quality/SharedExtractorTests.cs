namespace GraphExplorer.Importer.Tests.Quality;

public sealed class SharedExtractorTests
{
    [Fact]
    public void OneExtractorGivesTheSameResultsOnManyThreads()
    {
        var texts = Directory.GetFiles(Path.Combine(SharedBriefs.Folder(), "dev"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var extractor = new BriefExtractor();
        var expected = texts.Select(t => Describe(extractor, t)).ToList();

        var parallel = new string[texts.Count * 8];
        Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i] = Describe(extractor, texts[i % texts.Count]));

        for (var i = 0; i < parallel.Length; i++)
        {
            Assert.Equal(expected[i % texts.Count], parallel[i]);
        }
    }

    private static string Describe(BriefExtractor extractor, string text)
    {
        var extraction = extractor.Extract("b.txt", text);
        return string.Join('\n', extraction.Entities.Select(e => $"{e.Key}|{string.Join(',', e.Aliases)}")
            .Concat(extraction.Relations.Select(r => $"{r.SourceKey} {r.Type} {r.TargetKey} {r.Claim} {string.Join(',', r.EvidenceSentences)}")));
    }
}
