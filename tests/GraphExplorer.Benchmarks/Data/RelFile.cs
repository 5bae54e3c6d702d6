namespace GraphExplorer.Benchmarks.Data;

/// <summary>One relationship CSV (<c>from,to</c> ids) of one type between two labels.</summary>
public sealed record RelFile(string Type, string From, string To, string File, int Rows);
