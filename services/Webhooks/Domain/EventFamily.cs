namespace PromoMonth.Webhooks.Domain;

/// <summary>Kinds of webhook event, each with its own rule of who may hear it.</summary>
public enum EventFamily
{
    /// <summary>Changes to activities the subscriber follows in the registry.</summary>
    FollowedActivity,
    /// <summary>National catalog releases: public, so any partner.</summary>
    Catalog,
    /// <summary>A region's launch link-up: its unit, the ministry and the broadcaster that airs the launch.</summary>
    Linkup,
    /// <summary>Licences of the mark: the ministry, and a unit for its own region.</summary>
    License,
    /// <summary>Complaint cases: the ministry, a unit for cases routed to it, a hotline for the cases it posted.</summary>
    Case,
}
