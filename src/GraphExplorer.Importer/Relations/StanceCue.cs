namespace GraphExplorer.Importer.Relations;

/// <summary>What a token can start in <see cref="StanceRule"/>; listed in the order the rule tries them.</summary>
internal enum StanceCue
{
    Backed,
    Verb,
    Friction,
    Agreement,
    Designation,
    Assertion,
    Backer,
    Joint,
    Noun,
    Demand,
}
