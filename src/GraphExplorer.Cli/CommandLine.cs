namespace GraphExplorer.Cli;

/// <summary>The verbs of the <c>graphexplorer</c> command; each verb lives in its own class.</summary>
public static class CommandLine
{
    private const string Usage = """
        usage: graphexplorer <verb> [options]

        verbs:
          extract FILE|DIR...                              print the extracted entities and relations as gold-shaped JSON
          import  --db DIR [--published-at ISO] PATH...    import brief files and folders (*.txt) into the database
          query   --db DIR [--format table|json] [QUERY]   run Cypher (statements from stdin when no QUERY)
        """;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            Console.Out.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        var rest = args[1..];
        switch (args[0])
        {
            case "extract": return ExtractCommand.Run(rest);
            case "import": return ImportCommand.Run(rest);
            case "query": return QueryCommand.Run(rest);
            default:
                Console.Error.WriteLine($"graphexplorer: unknown verb '{args[0]}'");
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }
}
