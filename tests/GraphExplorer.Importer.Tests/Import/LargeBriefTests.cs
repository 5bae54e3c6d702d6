using System.Text;
using GraphExplorer.Cypher;
using GraphExplorer.Graph;
using static GraphExplorer.Importer.Tests.Writing.GraphQueries;

namespace GraphExplorer.Importer.Tests.Import;

/// <summary>Briefs that are valid text but extreme in shape: they give a sensible graph or a named rejection, never a crash.</summary>
public sealed class LargeBriefTests : IDisposable
{
    private readonly IGraphDatabase _database = EmbeddedDatabase.InMemory();
    private readonly BriefImporter _importer;

    public LargeBriefTests()
    {
        _importer = new BriefImporter(_database);
        _importer.EnsureSchema();
    }

    public void Dispose() => _database.Dispose();

    [Fact]
    public void ABriefWithFiveThousandEntityCardsIsImported()
    {
        var text = new StringBuilder("What's happened\nTalks between many bodies were held in Geneva.\nMore on these topics\n");
        for (var i = 0; i < 5000; i++)
            text.Append("-\n").Append($"Council{Letters(i)} International is a non-governmental organization based in Geneva.\n");
        text.Append("-\n");

        var result = _importer.Import("cards.txt", Encoding.UTF8.GetBytes(text.ToString()));

        Assert.False(result.Skipped);
        Assert.True(Count(_database, "MATCH (:Brief)-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s)") >= 5000);
        Assert.Equal(result.Nodes.Count, Count(_database, "MATCH (:Brief)-[:MENTIONS]->(e:Entity) RETURN count(e)"));
    }

    [Fact]
    public void AFiftyThousandCharacterSentenceIsKeptWhole()
    {
        var clause = "and the Cambodian government said the crackdown would continue across the provinces ";
        var sentence = "Cambodia arrested suspects " + string.Concat(Enumerable.Repeat(clause, 50_000 / clause.Length + 1)).TrimEnd() + ".";
        var text = "What's happened\n" + sentence + "\nHow we got here\nThailand protested.\n";

        var result = _importer.Import("long.txt", Encoding.UTF8.GetBytes(text));

        Assert.False(result.Skipped);
        var longest = Count(_database, "MATCH (s:Sentence) RETURN max(size(s.text))");
        Assert.True(longest >= 50_000, $"the longest sentence stored has {longest} characters");
    }

    [Fact]
    public void PlainTextWithoutHeadingsIsStillABrief()
    {
        var result = _importer.Import("plain.txt", "Thailand and Cambodia agreed a ceasefire on Monday. Amnesty International welcomed it."u8.ToArray());

        Assert.False(result.Skipped);
        Assert.Equal(2L, Count(_database, "MATCH (:Brief)-[:HAS_SENTENCE]->(s:Sentence) RETURN count(s)"));
    }

    private static string Letters(int number)
    {
        var letters = new StringBuilder();
        for (var n = number; letters.Length == 0 || n > 0; n /= 26) letters.Insert(0, (char)('a' + n % 26));
        return letters.ToString();
    }
}
