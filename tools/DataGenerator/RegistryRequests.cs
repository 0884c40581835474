namespace PromoMonth.DataGenerator;

// The request bodies of the registry API as the gateway takes them (JSON, camelCase, enums as camelCase strings).

public enum AttendanceMode
{
    Offline,
    Online,
    Mixed,
}

public enum ActivityCategory
{
    Retail,
    Catering,
    Automotive,
    HomeAppliances,
    CultureAndTourism,
    ECommerce,
    NightEconomy,
    ConsumerServices,
    Other,
}

/// <summary>The publicity channels the 2020 notice names (传统媒体, 融媒体中心, 直播平台, 短视频, 互动视频网站), and other.</summary>
public enum PublicityChannel
{
    TraditionalMedia,
    ConvergenceMediaCentre,
    LiveStreaming,
    ShortVideo,
    InteractiveVideo,
    Other,
}

public sealed record EnterpriseContact(string Name, string Title, string Phone, string Email);

/// <summary>POST /api/registry/enterprises.</summary>
public sealed record EnterpriseRegistration(
    string CreditCode, string Name, string RegionCode, string Address, string Industry, EnterpriseContact Contact);

/// <summary>POST /api/registry/enterprises/{id}/commitment: the three pledges of the notice (安全、诚信、行业自律).</summary>
public sealed record CommitmentLetter(
    bool Safety, bool Integrity, bool SelfDiscipline, string Signatory, string SignatoryTitle, DateOnly SignedOn);

public sealed record EmergencyContact(string Name, string Phone);

public sealed record Publicity(PublicityChannel Channel, string Link);

/// <summary>POST /api/registry/activities.</summary>
public sealed record ActivityDraft
{
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string RegionCode { get; init; }
    public required string CityCode { get; init; }
    public required string Venue { get; init; }
    public required string Address { get; init; }
    public required AttendanceMode AttendanceMode { get; init; }
    public required IReadOnlyList<string> OnlineLinks { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    public required ActivityCategory Category { get; init; }
    public required string Organiser { get; init; }
    public IReadOnlyList<string> ParticipatingEnterpriseIds { get; init; } = [];
    public required int ExpectedAttendance { get; init; }
    public int? Capacity { get; init; }
    public string? EpidemicPreventionPlan { get; init; }
    public string? EmergencyPlan { get; init; }
    public EmergencyContact? EmergencyContact { get; init; }
    public required IReadOnlyList<Publicity> Publicity { get; init; }
}

/// <summary>The body of return and cancel: the reason the reporting unit and the public read.</summary>
public sealed record ReviewReason(string Reason);

/// <summary>POST /api/registry/activities/{id}/postpone.</summary>
public sealed record Postponement(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Reason);

/// <summary>
/// "{}" for the steps whose URL says it all: submit, approve, and a catalog release (which takes every approved activity).
/// Sent rather than no body, so that an endpoint that binds an optional body still gets valid JSON.
/// </summary>
public sealed record EmptyBody
{
    public static EmptyBody Instance { get; } = new();
}
