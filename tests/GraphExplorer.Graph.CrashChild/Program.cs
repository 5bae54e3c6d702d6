// The crash test's victim: commits a stream of transactions to the store in args[0] and prints
// "ACK <i>" after each commit returns. Transaction i creates two :Pair nodes {i, half: 0|1} and a
// relationship between them, so a half-applied transaction would be visible as a lone node.
// The small checkpoint threshold makes snapshots (and kills during them) frequent.
using GraphExplorer.Graph.Storage;

var directory = args[0];
using var store = GraphStore.Open(directory, new GraphStoreOptions { CheckpointLogBytes = 16 * 1024 });
foreach (var warning in store.Warnings) Console.Error.WriteLine(warning);

long next;
using (var read = store.BeginRead())
    next = read.NodeIdsWithLabel("Pair").Select(id => (long)read.GetNodeProperty(id, "i")!).DefaultIfEmpty(-1).Max() + 1;

Console.Out.WriteLine($"READY {next}");
Console.Out.Flush();
for (var i = next; ; i++)
{
    using (var tx = store.BeginWrite())
    {
        var first = tx.CreateNode(["Pair"], new Dictionary<string, object?> { ["i"] = i, ["half"] = 0L, ["text"] = new string('x', (int)(i % 200)) });
        var second = tx.CreateNode(["Pair"], new Dictionary<string, object?> { ["i"] = i, ["half"] = 1L });
        tx.CreateRelationship(first, second, "HALF_OF", new Dictionary<string, object?> { ["i"] = i });
        tx.Commit();
    }
    Console.Out.WriteLine($"ACK {i}");
    Console.Out.Flush();
}
