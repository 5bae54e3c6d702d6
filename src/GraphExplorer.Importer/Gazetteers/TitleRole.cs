namespace GraphExplorer.Importer.Gazetteers;

/// <summary>What a title says about its holder: heads the body or state, holds office in it, or neither.</summary>
public enum TitleRole
{
    Leader,
    Member,
    Other,
}
