using GraphExplorer.Graph;
using GraphExplorer.Importer.Input;
using GraphExplorer.Importer.Model;
using GraphExplorer.Importer.Writing;

namespace GraphExplorer.Importer;

/// <summary>
/// Imports news briefs into the graph: decode and check the file, skip it if the same content is already
/// there, extract entities and relations, and write the brief in one transaction.
/// </summary>
public sealed class BriefImporter
{
    private const string SchemaFile = "cypher/schema.cypher";

    private readonly IGraphDatabase _database;
    private readonly ImporterOptions _options;
    private readonly BriefExtractor _extractor = new();
    private readonly BriefWriter _writer;

    public BriefImporter(IGraphDatabase database, ImporterOptions? options = null)
    {
        _database = database;
        _options = options ?? new ImporterOptions();
        _writer = new BriefWriter(database);
    }

    /// <summary>Creates the constraints and indexes of cypher/schema.cypher that do not exist yet.</summary>
    public void EnsureSchema()
    {
        foreach (var statement in CypherResources.Statements(SchemaFile))
        {
            using var result = _database.Run(statement);
            foreach (var _ in result) { }
        }
    }

    /// <summary>Imports one brief in one transaction.</summary>
    /// <exception cref="BriefRejectedException">The content is not a brief the importer can read.</exception>
    public ImportResult Import(string fileName, byte[] content, CancellationToken cancellation = default) =>
        Write(Prepare(fileName, content, cancellation), cancellation);

    /// <summary>
    /// Imports files and folders (a folder's *.txt files); a file that fails is reported and the rest go on.
    /// Extraction of the next briefs overlaps the writing of the current one (see <see cref="BatchPipeline"/>).
    /// </summary>
    public BatchImportResult ImportPaths(IEnumerable<string> paths, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellation = default)
    {
        var files = BriefFiles.Expand(paths, out var missing);
        var sources = files.Select(path => (path, Path.GetFileName(path), (Func<byte[]>)(() => BriefFiles.Read(path, _options))));
        var batch = ImportEach(sources.ToList(), progress, cancellation);
        var failures = missing.Select(path => new ImportFailure(path, "no such file or folder")).Concat(batch.Failures).ToList();
        return batch with { Failures = failures };
    }

    /// <summary>Imports briefs received as bytes; a brief that fails is reported and the rest go on.</summary>
    public BatchImportResult ImportAll(IReadOnlyList<BriefUpload> briefs, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellation = default) =>
        ImportEach(briefs.Select(brief => (brief.FileName, brief.FileName, (Func<byte[]>)(() => brief.Content))).ToList(),
            progress, cancellation);

    private BatchImportResult ImportEach(IReadOnlyList<(string Shown, string FileName, Func<byte[]> Read)> sources,
        IProgress<ImportProgress>? progress, CancellationToken cancellation) =>
        new BatchPipeline(Prepare, Write).Run(sources, progress, cancellation);

    /// <summary>Everything before the transaction: decode and check, key by content, skip if known, extract.</summary>
    private PreparedBrief Prepare(string fileName, byte[] content, CancellationToken cancellation)
    {
        var text = BriefDecoder.Decode(fileName, content, _options);
        var key = BriefKey.For(text);
        var known = _writer.FindBrief(key, cancellation);
        if (known is not null) return new PreparedBrief(fileName, key, null, known);
        var extraction = Extract(fileName, text);
        cancellation.ThrowIfCancellationRequested();
        return new PreparedBrief(fileName, key, extraction, null);
    }

    private ImportResult Write(PreparedBrief brief, CancellationToken cancellation) =>
        brief.Extraction is null
            ? BriefWriter.Skipped(brief.Key, brief.Known!)
            : _writer.Write(brief.Key, brief.File, brief.Extraction, _options.Clock.GetUtcNow(), cancellation);

    /// <summary>
    /// Extraction runs on any text that passed the checks; should it still fail on some odd brief, the file is
    /// rejected by name rather than the caller seeing an internal error.
    /// </summary>
    private BriefExtraction Extract(string fileName, string text)
    {
        try
        {
            return _extractor.Extract(fileName, text);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new BriefRejectedException(fileName, BriefRejectionKind.Unreadable,
                $"the brief could not be analysed ({error.GetType().Name}: {error.Message})", error);
        }
    }
}
