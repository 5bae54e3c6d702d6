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
        Import(new BriefUpload(fileName, content), cancellation);

    /// <summary>Imports one brief in one transaction, with the publication time its caller gave, if any.</summary>
    /// <exception cref="BriefRejectedException">The content is not a brief the importer can read.</exception>
    public ImportResult Import(BriefUpload brief, CancellationToken cancellation = default) =>
        Write(Prepare(brief, cancellation), cancellation);

    /// <summary>
    /// Imports files and folders (a folder's *.txt files); a file that fails is reported and the rest go on.
    /// Extraction of the next briefs overlaps the writing of the current one (see <see cref="BatchPipeline"/>).
    /// </summary>
    public BatchImportResult ImportPaths(IEnumerable<string> paths, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellation = default) =>
        ImportPaths(paths, publishedAt: null, progress, cancellation);

    /// <summary>Imports files and folders as above, every brief with the given publication time (when not null).</summary>
    public BatchImportResult ImportPaths(IEnumerable<string> paths, DateTimeOffset? publishedAt,
        IProgress<ImportProgress>? progress = null, CancellationToken cancellation = default)
    {
        var files = BriefFiles.Expand(paths, out var missing);
        var sources = files.Select(path => (path,
            (Func<BriefUpload>)(() => new BriefUpload(Path.GetFileName(path), BriefFiles.Read(path, _options), publishedAt))));
        var batch = ImportEach(sources.ToList(), progress, cancellation);
        var failures = missing.Select(path => new ImportFailure(path, "no such file or folder")).Concat(batch.Failures).ToList();
        return batch with { Failures = failures };
    }

    /// <summary>Imports briefs received as bytes; a brief that fails is reported and the rest go on.</summary>
    public BatchImportResult ImportAll(IReadOnlyList<BriefUpload> briefs, IProgress<ImportProgress>? progress = null,
        CancellationToken cancellation = default) =>
        ImportEach(briefs.Select(brief => (brief.FileName, (Func<BriefUpload>)(() => brief))).ToList(), progress, cancellation);

    private BatchImportResult ImportEach(IReadOnlyList<(string Shown, Func<BriefUpload> Read)> sources,
        IProgress<ImportProgress>? progress, CancellationToken cancellation) =>
        new BatchPipeline(Prepare, Write).Run(sources, progress, cancellation);

    /// <summary>
    /// Everything before the transaction: decode and check, key by content, skip if known, extract. A publication
    /// time the caller gave replaces the one read from the brief's dateline.
    /// </summary>
    private PreparedBrief Prepare(BriefUpload upload, CancellationToken cancellation)
    {
        var text = BriefDecoder.Decode(upload.FileName, upload.Content, _options);
        var key = BriefKey.For(text);
        var known = _writer.FindBrief(key, cancellation);
        if (known is not null) return new PreparedBrief(upload.FileName, key, null, known);
        var extraction = Extract(upload.FileName, text);
        if (upload.PublishedAt is { } given) extraction = extraction with { Brief = extraction.Brief with { PublishedAt = given } };
        cancellation.ThrowIfCancellationRequested();
        return new PreparedBrief(upload.FileName, key, extraction, null);
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
