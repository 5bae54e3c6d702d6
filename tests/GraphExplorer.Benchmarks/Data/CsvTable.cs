namespace GraphExplorer.Benchmarks.Data;

/// <summary>
/// A CSV file as graphgen.js writes it: one header line, <c>\n</c> line ends, no quoting (no value holds a comma).
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
    }

    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<string[]> Rows { get; }

    public static CsvTable Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? throw new InvalidDataException($"{path} has no header line.")).Split(',');
        var rows = new List<string[]>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length == 0) continue;
            var fields = line.Split(',');
            if (fields.Length != header.Length)
                throw new InvalidDataException($"{path} line {rows.Count + 2} has {fields.Length} fields, expected {header.Length}.");
            rows.Add(fields);
        }
        return new CsvTable(header, rows);
    }
}
