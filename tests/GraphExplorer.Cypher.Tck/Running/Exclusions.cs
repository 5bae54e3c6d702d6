namespace GraphExplorer.Cypher.Tck.Running;

/// <summary>
/// Scenarios that cannot run in this setup, read from exclusions.txt. Each line is
/// <c>SELECTOR | REASON</c>, where SELECTOR is a feature ("clauses/call/Call2.feature") or one scenario
/// of it by line ("clauses/call/Call1.feature:33"), matched against the scenario key "path:LINE name". Blank lines and lines starting with # are ignored; a line without a reason is an error.
/// </summary>
public sealed class Exclusions(IReadOnlyList<(string Selector, string Reason)> entries)
{
    public static Exclusions None { get; } = new([]);

    public IReadOnlyList<(string Selector, string Reason)> Entries { get; } = entries;

    public static Exclusions Parse(IEnumerable<string> lines)
    {
        var entries = new List<(string, string)>();
        var number = 0;
        foreach (var line in lines)
        {
            number++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#')) continue;
            var bar = text.LastIndexOf('|');
            var reason = bar < 0 ? "" : text[(bar + 1)..].Trim();
            if (reason.Length == 0) throw new InvalidDataException($"exclusions line {number} has no '| reason'");
            entries.Add((text[..bar].Trim(), reason));
        }
        return new Exclusions(entries);
    }

    public string? ReasonFor(string scenarioKey) =>
        Entries.FirstOrDefault(e => Selects(e.Selector, scenarioKey)).Reason;

    private static bool Selects(string selector, string key) =>
        key.StartsWith(selector, StringComparison.Ordinal) && key.Length > selector.Length && key[selector.Length] is ':' or ' ';
}
