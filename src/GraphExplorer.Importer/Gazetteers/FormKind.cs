namespace GraphExplorer.Importer.Gazetteers;

/// <summary>How a surface form names a gazetteer entity.</summary>
public enum FormKind
{
    Name,
    Demonym,
    Capital,
}
