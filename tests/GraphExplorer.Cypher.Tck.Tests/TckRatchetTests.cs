using System.Globalization;
using Xunit.Abstractions;

namespace GraphExplorer.Cypher.Tck.Tests;

/// <summary>The whole openCypher TCK against the embedded engine: fewer passing scenarios than recorded fails.</summary>
public class TckRatchetTests(ITestOutputHelper output)
{
    [Fact]
    public void PassingScenariosDoNotFallBelowTheRatchet()
    {
        var ratchetFile = TckLocations.ProjectFile("ratchet.txt");
        var ratchet = int.Parse(File.ReadAllText(ratchetFile).Trim(), CultureInfo.InvariantCulture);
        var printed = new StringWriter();
        var report = TckRun.Execute(TckOptions.Default, TckDatabase.CreateEmpty, printed);
        output.WriteLine(printed.ToString());
        Assert.True(report.Passed >= ratchet,
            $"{report.SummaryLine}, below the {ratchet} recorded in {ratchetFile}\n{report.FolderTable()}\n{report.TopFailureCauses(15)}");
    }
}
