namespace GraphExplorer.Benchmarks.Data;

/// <summary>
/// A CSV file as graphgen.js writes it: one header line, <c>\n</c> line ends, no quoting (no value holds a comma).
/// Rows are read as they are enumerated, so a load never holds a whole file (the L files reach 500,000 rows).
/// </summary>
public sealed class CsvTable
{
    private readonly string _path;

    private CsvTable(string path, string[] header)
    {
        _path = path;
        Header = header;
    }

    public IReadOnlyList<string> Header { get; }

    public static CsvTable Open(string path)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} has no header line.")).Split(',');
        return new CsvTable(path, header);
    }

    public IEnumerable<string[]> Rows()
    {
        using var reader = new StreamReader(_path);
        reader.ReadLine();
        var lineNumber = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0) continue;
            var fields = line.Split(',');
            if (fields.Length != Header.Count)
                throw new InvalidDataException($"{_path} line {lineNumber} has {fields.Length} fields, expected {Header.Count}.");
            yield return fields;
        }
    }

    /// <summary>The rows in consecutive batches of at most <paramref name="size"/>.</summary>
    public IEnumerable<List<string[]>> Batches(int size)
    {
        var batch = new List<string[]>(size);
        foreach (var row in Rows())
        {
            batch.Add(row);
            if (batch.Count < size) continue;
            yield return batch;
            batch = new List<string[]>(size);
        }
        if (batch.Count > 0) yield return batch;
    }
}
