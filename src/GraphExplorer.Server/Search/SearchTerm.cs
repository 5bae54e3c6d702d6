namespace GraphExplorer.Server.Search;

/// <summary>
/// One searchable string of an entity: its folded name or an alias (<see cref="Whole"/>), or a single word of one.
/// </summary>
public readonly record struct SearchTerm(string Text, int Entry, bool Whole);
