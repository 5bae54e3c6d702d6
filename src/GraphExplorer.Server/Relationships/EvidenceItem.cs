using GraphExplorer.Server.Graph;

namespace GraphExplorer.Server.Relationships;

/// <summary>One sentence behind a relationship, with its brief and the outlets the brief attributes it to.</summary>
public sealed record EvidenceItem(EvidenceBrief Brief, SentenceView Sentence, IReadOnlyList<OutletView> Outlets);
