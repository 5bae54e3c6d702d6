namespace GraphExplorer.Importer.Tests.Import;

/// <summary>A folder of brief files for one test, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graphexplorer-importer-tests-").FullName;

    public string Write(string name, byte[] content)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    public string CopySeed(string name, string? target = null) => Write(target ?? name, Seeds.Bytes(name));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
