namespace GraphExplorer.Importer.Model;

/// <summary>The entity labels of GOLD-FORMAT.md.</summary>
public enum EntityType
{
    Person,
    Organization,
    Country,
    Event,
    Outlet,
}
