using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace GraphExplorer.Importer.Tests.Quality;

/// <summary>
/// Scores the extractor on the dev briefs and on the held-out briefs with the project's own scorer (score.py) and
/// fails when entity or relation F1 falls below the ratchet recorded in ratchet.json.
/// </summary>
public sealed partial class ExtractionQualityTests
{
    private static readonly TimeSpan ScoreTimeout = TimeSpan.FromMinutes(2);

    [GeneratedRegex(@"entities P [\d.]+ R [\d.]+ F1 (?<entity>[\d.]+); relations P [\d.]+ R [\d.]+ F1 (?<relation>[\d.]+)")]
    private static partial Regex Summary();

    [Fact]
    public void DevBriefsScoreAtLeastTheRatchet()
    {
        var briefs = SharedBriefs.Folder();
        AssertAtLeastTheRatchet(Path.Combine(briefs, "dev"), Path.Combine(briefs, "dev", "gold"), "entityF1", "relationF1");
    }

    /// <summary>
    /// Briefs written apart from the dev set (heldout/, with hand-made gold) guard against rules that only fit the
    /// dev briefs: a rule that helps dev but hurts these is overfitting.
    /// </summary>
    [Fact]
    public void HeldOutBriefsScoreAtLeastTheRatchet()
    {
        var heldOut = Path.Combine(SharedBriefs.RepositoryRoot(), "tests", "GraphExplorer.Importer.Tests", "Quality", "heldout");
        AssertAtLeastTheRatchet(heldOut, Path.Combine(heldOut, "gold"), "heldOutEntityF1", "heldOutRelationF1");
    }

    private static void AssertAtLeastTheRatchet(string folder, string gold, string entityKey, string relationKey)
    {
        var briefs = SharedBriefs.Folder();
        var ratchet = JObject.Parse(File.ReadAllText(Path.Combine(SharedBriefs.RepositoryRoot(), "tests", "GraphExplorer.Importer.Tests", "Quality", "ratchet.json")));
        var extractor = new BriefExtractor();
        var extractions = Directory.GetFiles(folder, "*.txt")
            .Order(StringComparer.Ordinal)
            .Select(f => extractor.Extract(Path.GetFileName(f), File.ReadAllText(f)))
            .ToList();
        Assert.NotEmpty(extractions);

        var output = Path.GetTempFileName();
        try
        {
            using (var writer = new StreamWriter(output))
            {
                GoldJsonWriter.Write(writer, extractions);
            }

            var summary = Score(Path.Combine(briefs, "score.py"), gold, output);
            var match = Summary().Match(summary);
            Assert.True(match.Success, $"score.py printed no summary line:\n{summary}");
            var entity = double.Parse(match.Groups["entity"].Value, CultureInfo.InvariantCulture);
            var relation = double.Parse(match.Groups["relation"].Value, CultureInfo.InvariantCulture);
            Assert.True(entity >= (double)ratchet[entityKey]!, $"entity F1 {entity} is below the ratchet {ratchet[entityKey]}\n{summary}");
            Assert.True(relation >= (double)ratchet[relationKey]!, $"relation F1 {relation} is below the ratchet {ratchet[relationKey]}\n{summary}");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Score(string script, string gold, string predictions)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(gold);
        start.ArgumentList.Add(predictions);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(ScoreTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"score.py took longer than {ScoreTimeout}");
        }

        Assert.True(process.ExitCode == 0, $"score.py failed ({process.ExitCode}): {stderr.Result}");
        return stdout.Result;
    }
}
