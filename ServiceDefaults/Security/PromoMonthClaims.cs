namespace PromoMonth.ServiceDefaults.Security;

/// <summary>Claims PromoMonth puts in access tokens beside the standard ones.</summary>
public static class PromoMonthClaims
{
    /// <summary>The 6-digit code of the reporting unit a client is bound to; absent for national clients.</summary>
    public const string Region = "region";

    /// <summary>What kind of partner the client is (<see cref="ClientKinds"/>).</summary>
    public const string ClientKind = "client_kind";

    public const string Scope = "scope";
    public const string Subject = "sub";
}

public static class ClientKinds
{
    public const string Ministry = "ministry";
    public const string ReportingUnit = "reportingUnit";
    public const string Hotline = "hotline";
    public const string Broadcaster = "broadcaster";

    public static readonly string[] All = [Ministry, ReportingUnit, Hotline, Broadcaster];
}
