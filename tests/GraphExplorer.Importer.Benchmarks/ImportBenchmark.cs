using System.Text;
using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using GraphExplorer.Importer.Writing;

namespace GraphExplorer.Importer.Benchmarks;

/// <summary>Generates the briefs, runs the three measurements and prints the table.</summary>
internal sealed class ImportBenchmark(BenchmarkOptions options)
{
    private const double ExtractionTarget = 2000;
    private const double ImportTarget = 500;

    /// <summary>Briefs run untimed first, so the timed runs measure tiered-up code rather than the JIT.</summary>
    private const int WarmUp = 200;

    public int Run(TextWriter output)
    {
        var briefs = GeneratedBriefs.Make(SeedFolder(), options.Briefs);
        output.WriteLine($"{briefs.Count} briefs generated from the seed briefs, {briefs.Sum(brief => brief.Content.Length) / 1024:N0} KB, on {Environment.ProcessorCount} cores");
        if (options.WritesOnly) return WritesOnly(briefs, output);

        var rows = new List<(string Stage, int Briefs, Measurement Time, double Target)>
        {
            ("extraction (1 core)", briefs.Count, Extraction(briefs), ExtractionTarget),
        };
        using (var warmUp = EmbeddedDatabase.InMemory())
            Import(warmUp, briefs.Take(WarmUp).ToList(), new QueryTimings(), batch: false);
        var timings = new QueryTimings();
        var (memoryTime, memoryCounts) = Import(EmbeddedDatabase.InMemory(), briefs, timings, batch: false);
        rows.Add(("import one by one, in memory", briefs.Count, memoryTime, ImportTarget));
        var queryRows = timings.Rows().ToList();
        var (batchTime, batchCounts) = Import(EmbeddedDatabase.InMemory(), briefs, new QueryTimings(), batch: true);
        rows.Add(("import batch, in memory", briefs.Count, batchTime, ImportTarget));
        if (options.Disk)
        {
            var directory = Directory.CreateTempSubdirectory("graphexplorer-import-benchmark-");
            try
            {
                var (diskTime, _) = Import(EmbeddedDatabase.Open(directory.FullName), briefs, new QueryTimings(), batch: true);
                rows.Add(("import batch, on disk", briefs.Count, diskTime, ImportTarget));
            }
            finally
            {
                directory.Delete(recursive: true);
            }
        }

        output.WriteLine();
        output.WriteLine($"{"stage",-28} {"briefs",7} {"wall s",8} {"briefs/s",9} {"cpu s",8} {"briefs/cpu-s",13} {"target",7}");
        foreach (var (stage, count, time, target) in rows)
            output.WriteLine($"{stage,-28} {count,7} {time.Wall.TotalSeconds,8:F2} {count / time.Wall.TotalSeconds,9:N0} " +
                             $"{time.Processor.TotalSeconds,8:F2} {count / time.Processor.TotalSeconds,13:N0} {target,7:N0}");
        output.WriteLine();
        output.WriteLine($"graph after the one-by-one import: {memoryCounts}");
        output.WriteLine($"graph after the batch import:      {batchCounts}");
        output.WriteLine();
        output.WriteLine($"{"one-by-one import, per query",-28} {"calls",7} {"seconds",8} {"µs/call",9} {"share",7}");
        var total = queryRows.Sum(row => row.Total.TotalSeconds);
        foreach (var (file, calls, time) in queryRows)
            output.WriteLine($"{file,-28} {calls,7} {time.TotalSeconds,8:F2} {time.TotalMicroseconds / calls,9:N0} {time.TotalSeconds / total,7:P0}");
        return 0;
    }

    /// <summary>
    /// The database side alone: every brief extracted first, untimed, then only <see cref="BriefWriter.Write"/>
    /// timed, so a change to the import Cypher is measured without the extraction's much larger noise.
    /// </summary>
    private static int WritesOnly(IReadOnlyList<GeneratedBrief> briefs, TextWriter output)
    {
        var extractor = new BriefExtractor();
        var extracted = briefs
            .Select(brief => (Key: BriefKey.For(brief.Text), brief.FileName, Extraction: extractor.Extract(brief.FileName, brief.Text)))
            .ToList();
        using (var warmUp = EmbeddedDatabase.InMemory()) Write(warmUp, extracted.Take(WarmUp));
        using var database = EmbeddedDatabase.InMemory();
        var time = Measurement.Of(() => Write(database, extracted));
        output.WriteLine($"writes only, in memory: {extracted.Count} briefs, {time.Wall.TotalSeconds:F2} wall s, " +
                         $"{time.Processor.TotalSeconds:F2} cpu s, {extracted.Count / time.Processor.TotalSeconds:N0} briefs/cpu-s");
        output.WriteLine($"graph: {Counts(database)}");
        return 0;

        static void Write(IGraphDatabase database, IEnumerable<(string Key, string FileName, Model.BriefExtraction Extraction)> briefs)
        {
            new BriefImporter(database).EnsureSchema();
            var writer = new BriefWriter(database);
            var importedAt = DateTimeOffset.UnixEpoch;
            foreach (var (key, fileName, extraction) in briefs) writer.Write(key, fileName, extraction, importedAt);
        }
    }

    private static Measurement Extraction(IReadOnlyList<GeneratedBrief> briefs)
    {
        var extractor = new BriefExtractor();
        foreach (var brief in briefs.Take(WarmUp)) extractor.Extract(brief.FileName, brief.Text);
        return Measurement.Of(() =>
        {
            foreach (var brief in briefs) extractor.Extract(brief.FileName, brief.Text);
        });
    }

    /// <summary>
    /// One by one calls <see cref="BriefImporter.Import"/> per brief (the server's path); a batch goes through
    /// <see cref="BriefImporter.ImportAll"/>, which extracts the next briefs while the current one is written.
    /// </summary>
    private static (Measurement Time, string Counts) Import(IGraphDatabase database, IReadOnlyList<GeneratedBrief> briefs,
        QueryTimings timings, bool batch)
    {
        using var timed = new TimedDatabase(database, timings);
        var importer = new BriefImporter(timed);
        importer.EnsureSchema();
        timings.Clear();
        var (skipped, failed) = (0, 0);
        var time = batch
            ? Measurement.Of(() =>
            {
                var result = importer.ImportAll(briefs.Select(brief => new BriefUpload(brief.FileName, brief.Content)).ToList());
                (skipped, failed) = (result.Skipped, result.Failed);
            })
            : Measurement.Of(() => skipped = briefs.Count(brief => importer.Import(brief.FileName, brief.Content).Skipped));
        return (time, $"{Counts(database)}; {skipped} skipped as duplicates, {failed} failed");
    }

    private static string Counts(IGraphDatabase database)
    {
        string Count(string query)
        {
            using var result = database.Run(query, mode: AccessMode.Read);
            return Convert.ToString(result.First()[0], System.Globalization.CultureInfo.InvariantCulture) ?? "?";
        }

        return new StringBuilder()
            .Append(Count("MATCH (b:Brief) RETURN count(b)")).Append(" briefs, ")
            .Append(Count("MATCH (e:Entity) RETURN count(e)")).Append(" entities, ")
            .Append(Count("MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")).Append(" relationships")
            .ToString();
    }

    private static string SeedFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "GraphExplorer.sln"))) return Path.Combine(directory.FullName, "seeds");
        throw new DirectoryNotFoundException("The repository (GraphExplorer.sln) is not above " + AppContext.BaseDirectory);
    }
}
