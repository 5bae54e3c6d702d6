namespace GraphExplorer.Graph.Storage;

/// <summary>A snapshot of the committed graph; never blocked by, and never sees, a concurrent write.</summary>
public interface IReadTransaction : IGraphReader, IDisposable
{
}
