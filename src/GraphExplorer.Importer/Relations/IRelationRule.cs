namespace GraphExplorer.Importer.Relations;

/// <summary>One family of relation patterns, applied to a whole brief.</summary>
public interface IRelationRule
{
    void Apply(BriefDocument document, RelationSet relations);
}
