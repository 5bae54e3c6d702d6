using GraphExplorer.Graph.Values;
using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Writing;

/// <summary>
/// A brief ready to be written: decoded, keyed and either extracted or found to be in the graph already
/// (<see cref="Known"/>), so nothing is left to do but the transaction.
/// </summary>
internal sealed record PreparedBrief(string File, string Key, BriefExtraction? Extraction, Node? Known);
