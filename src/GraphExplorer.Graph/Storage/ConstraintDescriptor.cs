namespace GraphExplorer.Graph.Storage;

/// <summary>A uniqueness constraint on one label and one property key (backed by an index of the same name).</summary>
public sealed record ConstraintDescriptor(string Name, string Label, string PropertyKey);
