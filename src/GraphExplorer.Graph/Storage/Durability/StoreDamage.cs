namespace GraphExplorer.Graph.Storage.Durability;

/// <summary>The error that stops start-up when a store file is damaged: it names the file and the byte offset.</summary>
internal static class StoreDamage
{
    public static GraphDatabaseException At(string path, long offset, string what, Exception? inner = null) =>
        new(StatusCodes.StorageDamaged,
            $"The store is damaged: in {path} at byte {offset}, {what}. Start-up stopped so that nothing is silently lost; restore the directory from a backup or remove the damaged part deliberately.",
            "StorageDamaged", inner: inner);
}
