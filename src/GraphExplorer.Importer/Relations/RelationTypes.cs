using GraphExplorer.Importer.Model;

namespace GraphExplorer.Importer.Relations;

/// <summary>The relation types of GOLD-FORMAT.md and the entity types each may join.</summary>
public static class RelationTypes
{
    public const string Leads = "LEADS";
    public const string MemberOf = "MEMBER_OF";
    public const string Alleges = "ALLEGES";
    public const string Criticizes = "CRITICIZES";
    public const string Supports = "SUPPORTS";
    public const string TensionWith = "TENSION_WITH";
    public const string CooperatesWith = "COOPERATES_WITH";
    public const string ReportsOn = "REPORTS_ON";
    public const string InvolvedIn = "INVOLVED_IN";
    public const string LocatedIn = "LOCATED_IN";
    public const string LinkedTo = "LINKED_TO";

    public static bool IsSymmetric(string type) => type is TensionWith or CooperatesWith;

    public static bool Allows(string type, EntityType source, EntityType target) => type switch
    {
        Leads => source == EntityType.Person && target is EntityType.Country or EntityType.Organization,
        MemberOf => source is EntityType.Person or EntityType.Organization or EntityType.Country && target == EntityType.Organization,
        Alleges => source != EntityType.Event && target is EntityType.Country or EntityType.Organization or EntityType.Person,
        Criticizes or Supports => source != EntityType.Event,
        TensionWith => source is EntityType.Country or EntityType.Organization && target is EntityType.Country or EntityType.Organization,
        CooperatesWith => source != EntityType.Event && target != EntityType.Event && source != EntityType.Outlet && target != EntityType.Outlet,
        ReportsOn => source == EntityType.Outlet && target == EntityType.Event,
        InvolvedIn => source is EntityType.Person or EntityType.Organization or EntityType.Country && target == EntityType.Event,
        LocatedIn => source is EntityType.Event or EntityType.Organization && target == EntityType.Country,
        LinkedTo => source is EntityType.Organization or EntityType.Event && target is EntityType.Country or EntityType.Organization,
        _ => false,
    };
}
