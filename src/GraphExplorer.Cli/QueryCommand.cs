using GraphExplorer.Cypher;
using GraphExplorer.Graph;

namespace GraphExplorer.Cli;

/// <summary>
/// <c>graphexplorer query --db DIR [--format table|json] [QUERY]</c>: runs one query, or one statement per
/// line of standard input, each in its own transaction; a result line is written only after its commit.
/// </summary>
public static class QueryCommand
{
    public static int Run(string[] args)
    {
        string? directory = null;
        var format = "table";
        string? query = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length: directory = args[++i]; break;
                case "--format" when i + 1 < args.Length: format = args[++i]; break;
                default:
                    if (query is not null || args[i].StartsWith("--", StringComparison.Ordinal))
                        return Fail($"unexpected argument '{args[i]}'");
                    query = args[i];
                    break;
            }
        }
        if (directory is null) return Fail("--db DIR is required");
        if (format is not ("table" or "json")) return Fail("--format must be table or json");

        using var database = EmbeddedDatabase.Open(directory);
        if (query is not null) return RunOne(database, query, format, singleLine: false) ? 0 : 1;

        var failures = 0;
        while (Console.In.ReadLine() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            if (!RunOne(database, line, format, singleLine: true)) failures++;
        }
        return failures == 0 ? 0 : 1;
    }

    private static bool RunOne(IGraphDatabase database, string statement, string format, bool singleLine)
    {
        try
        {
            using var result = database.Run(statement);
            var rows = result.ToList();
            var text = format == "json" ? ResultJson.Format(result.Columns, rows, result.Stats)
                : singleLine ? ResultTable.FormatLine(result.Columns, rows, result.Stats)
                : ResultTable.Format(result.Columns, rows, result.Stats);
            Console.Out.WriteLine(text);
            Console.Out.Flush();
            return true;
        }
        catch (GraphDatabaseException e)
        {
            Console.Error.WriteLine($"{e.StatusCode}: {e.Message}");
            return false;
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine($"graphexplorer query: {message}");
        Console.Error.WriteLine("usage: graphexplorer query --db DIR [--format table|json] [QUERY]");
        return 2;
    }
}
