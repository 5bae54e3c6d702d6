namespace GraphExplorer.Importer.Model;

/// <summary>
/// A typed relation between two entities of the same brief (by key), with the sentences that state it,
/// the outlets the brief attributes it to, and, for ALLEGES and its kin, the claim.
/// </summary>
public sealed record ExtractedRelation(
    string SourceKey,
    string Type,
    string TargetKey,
    string? Claim,
    IReadOnlyList<int> EvidenceSentences,
    IReadOnlyList<string> OutletKeys,
    double Confidence);
