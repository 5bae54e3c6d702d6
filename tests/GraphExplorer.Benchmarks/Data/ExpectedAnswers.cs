namespace GraphExplorer.Benchmarks.Data;

/// <summary>The Q2-Q4 answers expected.js computes from the CSVs with a plain BFS, independently of any engine.</summary>
public sealed record ExpectedAnswers(int Q2HotRows, int Q2HotDegree, int Q2MidRows, long Q3Hot, long Q3Mid, long? Q4Len);
