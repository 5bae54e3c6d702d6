using GraphExplorer.Cli;
using GraphExplorer.Cypher;
using static GraphExplorer.Importer.Tests.Writing.GraphQueries;

namespace GraphExplorer.Importer.Tests.Import;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    public void Dispose() => _folder.Dispose();

    private string Database => Path.Combine(_folder.Path, "db");

    private int Import(bool terminal, params string[] paths) =>
        ImportCommand.Run(["--db", Database, .. paths], _output, _errors, terminal);

    [Fact]
    public void ImportsFilesAndFoldersReportsFailuresAndSummarises()
    {
        var briefs = Path.Combine(_folder.Path, "briefs");
        _folder.CopySeed("seed-cambodia-scam-crackdown.txt", "briefs/cambodia.txt");
        _folder.CopySeed("03-red-sea-houthi-shipping.txt", "briefs/red-sea.txt");
        var pdf = _folder.Write("report.pdf", "%PDF-1.7\n"u8.ToArray());

        var exit = Import(false, briefs, pdf);

        Assert.Equal(1, exit);
        Assert.Contains("report.pdf", _errors.ToString());
        Assert.Contains("PDF", _errors.ToString());
        Assert.Contains("cambodia.txt", _output.ToString());
        Assert.Matches(@"briefs imported:\s+2", _output.ToString());
        Assert.Matches(@"failed:\s+1", _output.ToString());
        using var database = EmbeddedDatabase.Open(Database);
        Assert.Equal(2L, Count(database, "MATCH (b:Brief) RETURN count(b)"));
    }

    [Fact]
    public void ImportingTheSameFilesAgainSkipsThemAndSucceeds()
    {
        var brief = _folder.CopySeed("seed-cambodia-scam-crackdown.txt");
        Assert.Equal(0, Import(false, brief));

        Assert.Equal(0, Import(false, brief));

        Assert.Matches(@"skipped \(already present\):\s+1", _output.ToString());
        Assert.Matches(@"entities added:\s+0", _output.ToString().Split("skipped (already present)")[^1]);
    }

    [Fact]
    public void OnATerminalAProgressBarIsDrawn()
    {
        var brief = _folder.CopySeed("seed-cambodia-scam-crackdown.txt");

        Assert.Equal(0, Import(true, brief));

        Assert.Contains("[##############################] 1/1", _output.ToString());
    }

    [Fact]
    public void MissingArgumentsAreAUsageError()
    {
        Assert.Equal(2, ImportCommand.Run(["--db"], _output, _errors, terminal: false));
        Assert.Equal(2, ImportCommand.Run(["--db", Database], _output, _errors, terminal: false));
        Assert.Contains("usage", _errors.ToString());
    }

    [Fact]
    public void PublishedAtIsGivenToEveryImportedBrief()
    {
        var brief = _folder.CopySeed("seed-cambodia-scam-crackdown.txt");

        Assert.Equal(0, Import(false, "--published-at", "2025-07-15T09:30:00+02:00", brief));

        using var database = EmbeddedDatabase.Open(Database);
        Assert.Equal("2025-07-15T07:30:00.000Z", Scalar(database, "MATCH (b:Brief) RETURN b.publishedAt"));
    }

    [Fact]
    public void ABadPublishedAtIsAUsageErrorNamingTheOptionAndImportsNothing()
    {
        var brief = _folder.CopySeed("seed-cambodia-scam-crackdown.txt");

        Assert.Equal(2, Import(false, "--published-at", "15/07/2025", brief));

        Assert.Contains("--published-at", _errors.ToString());
        Assert.False(Directory.Exists(Database) && Directory.EnumerateFileSystemEntries(Database).Any(),
            "a refused import must not create the database");
    }
}
