namespace PromoMonth.Licensing.Domain;

/// <summary>A grant to use the campaign's name and logo (the mark), with its status history.</summary>
public sealed class License
{
    private License()
    {
    }

    public Guid Id { get; private init; }
    public string Number { get; private init; } = string.Empty;
    public Guid CampaignId { get; private init; }
    public LicenseeKind LicenseeKind { get; private init; }
    public Guid LicenseeId { get; private init; }
    /// <summary>The licensee's public name (an activity title or an enterprise name): the only licensee detail verification shows.</summary>
    public string LicenseePublicName { get; private init; } = string.Empty;
    public string RegionCode { get; private init; } = string.Empty;
    public LicenseScope Scope { get; private init; } = new([], [], []);
    public DateTimeOffset ValidFrom { get; private init; }
    public DateTimeOffset ValidUntil { get; private init; }
    public LicenseStatus StoredStatus { get; private set; }
    public string GrantedBy { get; private init; } = string.Empty;
    public List<LicenseChange> History { get; private init; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    public static License Grant(string number, Guid campaignId, LicenseeKind kind, Guid licenseeId, string publicName, string regionCode,
        LicenseScope scope, DateTimeOffset validUntil, string by, DateTimeOffset now)
    {
        var license = new License
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            CampaignId = campaignId,
            LicenseeKind = kind,
            LicenseeId = licenseeId,
            LicenseePublicName = publicName,
            RegionCode = regionCode,
            Scope = scope,
            ValidFrom = now.ToUniversalTime(),
            ValidUntil = validUntil.ToUniversalTime(),
            StoredStatus = LicenseStatus.Active,
            GrantedBy = by,
            UpdatedAt = now,
        };
        license.History.Add(new LicenseChange("grant", LicenseStatus.Active, by, now, null));
        return license;
    }

    /// <summary>The status as of <paramref name="now"/>: an active licence past its validity reads expired, no job needed.</summary>
    public LicenseStatus StatusAt(DateTimeOffset now) =>
        StoredStatus == LicenseStatus.Active && now >= ValidUntil ? LicenseStatus.Expired : StoredStatus;

    /// <summary>Suspends an active licence; suspending a suspended one again changes nothing (a repeated finding).</summary>
    public bool Suspend(string reason, string by, DateTimeOffset now) => Change("suspend", LicenseStatus.Suspended, [LicenseStatus.Active], reason, by, now);

    public bool Reinstate(string reason, string by, DateTimeOffset now) => Change("reinstate", LicenseStatus.Active, [LicenseStatus.Suspended], reason, by, now);

    public bool Revoke(string reason, string by, DateTimeOffset now) => Change("revoke", LicenseStatus.Revoked, [LicenseStatus.Active, LicenseStatus.Suspended], reason, by, now);

    private bool Change(string action, LicenseStatus to, LicenseStatus[] from, string reason, string by, DateTimeOffset now)
    {
        if (StoredStatus == to)
        {
            return false;
        }
        if (!from.Contains(StoredStatus))
        {
            throw new InvalidOperationException($"A {StoredStatus.ToString().ToLowerInvariant()} licence cannot be {(action == "revoke" ? "revoked" : action + "ed")}.");
        }
        StoredStatus = to;
        UpdatedAt = now;
        History.Add(new LicenseChange(action, to, by, now, reason));
        return true;
    }
}
