namespace GraphExplorer.Graph.Storage;

/// <summary>A property index on one label and one property key.</summary>
public sealed record IndexDescriptor(string Name, string Label, string PropertyKey, bool BacksConstraint);
