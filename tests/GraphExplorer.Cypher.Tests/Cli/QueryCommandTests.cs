using System.Text.Json;
using GraphExplorer.Cli;

namespace GraphExplorer.Cypher.Tests.Cli;

[Collection("Console")]
public sealed class QueryCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "ge-query-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private (int Exit, string Out, string Error) Run(string stdin, params string[] args)
    {
        var (input, output, error) = (Console.In, Console.Out, Console.Error);
        var outWriter = new StringWriter();
        var errorWriter = new StringWriter();
        try
        {
            Console.SetIn(new StringReader(stdin));
            Console.SetOut(outWriter);
            Console.SetError(errorWriter);
            var exit = CommandLine.Run(args);
            return (exit, outWriter.ToString(), errorWriter.ToString());
        }
        finally
        {
            Console.SetIn(input);
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    [Fact]
    public void StdinModeRunsEachLineAndReportsFailuresAtTheEnd()
    {
        var (exit, output, error) = Run("CREATE (:City {name: 'Oslo'})\nRETURN 1 +\n\nMATCH (c:City) RETURN c.name AS name\n",
            "query", "--db", _directory, "--format", "json");
        Assert.Equal(1, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var created = JsonDocument.Parse(lines[0]);
        Assert.Equal(1, created.RootElement.GetProperty("stats").GetProperty("nodesCreated").GetInt32());
        using var matched = JsonDocument.Parse(lines[1]);
        Assert.Equal("name", matched.RootElement.GetProperty("columns")[0].GetString());
        Assert.Equal("Oslo", matched.RootElement.GetProperty("rows")[0][0].GetString());
        Assert.Contains("Neo.ClientError.Statement.SyntaxError", error);
    }

    [Fact]
    public void CommittedStatementsSurviveAReopen()
    {
        Assert.Equal(0, Run("", "query", "--db", _directory, "CREATE (:Kept {v: 7})").Exit);
        var (exit, output, _) = Run("", "query", "--db", _directory, "MATCH (k:Kept) RETURN k.v AS v");
        Assert.Equal(0, exit);
        Assert.Contains("| 7 ", output);
        Assert.Contains("1 row", output);
    }

    [Fact]
    public void MissingDatabaseDirectoryIsAUsageError() => Assert.Equal(2, Run("", "query", "RETURN 1").Exit);
}
