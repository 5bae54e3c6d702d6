namespace GraphExplorer.Server.Export;

/// <summary>Writes the whole graph in one format.</summary>
public interface IGraphExporter
{
    string Format { get; }
    string ContentType { get; }
    string FileExtension { get; }

    Task WriteAsync(Stream output, GraphSnapshotSource graph, CancellationToken cancellation);
}
