using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.Licensing.Domain;

/// <summary>A grant to use the campaign's name and logo (the mark), with its status history.</summary>
public sealed class License : AggregateRoot
{
    /// <summary>The title every refused status change is answered with.</summary>
    public const string ChangeRefusedTitle = "This change is not allowed in the licence's current state.";

    private License()
    {
    }

    public Guid Id { get; private init; }
    public string Number { get; private init; } = string.Empty;
    public Guid CampaignId { get; private init; }
    public LicenseeKind LicenseeKind { get; private init; }
    public Guid LicenseeId { get; private init; }

    /// <summary>
    /// The licensee's public name (an activity title or an enterprise name): the only licensee detail verification
    /// shows.
    /// </summary>
    public string LicenseePublicName { get; private init; } = string.Empty;

    public string RegionCode { get; private init; } = string.Empty;
    public LicenseScope Scope { get; private init; } = new([], [], []);
    public DateTimeOffset ValidFrom { get; private init; }
    public DateTimeOffset ValidUntil { get; private init; }
    public LicenseStatus StoredStatus { get; private set; }
    public string GrantedBy { get; private init; } = string.Empty;

    /// <summary>The reporting unit that granted the licence by delegation, or null when the ministry granted it.</summary>
    public string? GrantingUnit { get; private init; }

    /// <summary>
    /// The licence's place in the credential status lists: assigned by the database at the grant, never reused.
    /// </summary>
    public long StatusPosition { get; private init; }
    public List<LicenseChange> History { get; private init; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>
    /// Grants a licence on terms <see cref="LicenseEligibility"/> accepted. An activity's licence always covers the
    /// activity itself, besides the venues and online channels asked for.
    /// </summary>
    public static License Grant(
        string number, LicenseTerms terms, IReadOnlyList<string> venues, IReadOnlyList<string> onlineChannels, string by,
        DateTimeOffset now)
    {
        // The terms were resolved for this grant's instant; terms from another instant may have run out.
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(terms.ValidUntil, now);
        var licensee = terms.Licensee;
        var license = new License
        {
            Id = Guid.CreateVersion7(now),
            Number = number,
            CampaignId = licensee.CampaignId,
            LicenseeKind = licensee.Kind,
            LicenseeId = licensee.LicenseeId,
            LicenseePublicName = licensee.PublicName,
            RegionCode = licensee.RegionCode,
            Scope = new LicenseScope(licensee.Kind == LicenseeKind.Activity ? [licensee.LicenseeId] : [], venues, onlineChannels),
            ValidFrom = now.ToUniversalTime(),
            ValidUntil = terms.ValidUntil.ToUniversalTime(),
            StoredStatus = LicenseStatus.Active,
            GrantedBy = by,
            GrantingUnit = terms.GrantingUnit,
            UpdatedAt = now,
        };
        license.History.Add(new LicenseChange("grant", LicenseStatus.Active, by, now, null));
        license.Raise(new LicenseGrantedDomainEvent(license, now));
        return license;
    }

    /// <summary>The status as of <paramref name="now"/>: an active licence past its validity reads expired, no job needed.</summary>
    public LicenseStatus StatusAt(DateTimeOffset now) =>
        StoredStatus == LicenseStatus.Active && now >= ValidUntil ? LicenseStatus.Expired : StoredStatus;

    /// <summary>Suspends an active licence; suspending a suspended one again changes nothing (a repeated finding).</summary>
    public bool Suspend(string reason, string by, DateTimeOffset now)
    {
        if (!Change("suspend", "suspended", LicenseStatus.Suspended, [LicenseStatus.Active], reason, by, now))
        {
            return false;
        }
        Raise(new LicenseSuspendedDomainEvent(this, reason, now));
        return true;
    }

    /// <summary>Reinstates a suspended licence after review; an active one stays as it is.</summary>
    public bool Reinstate(string reason, string by, DateTimeOffset now)
    {
        if (!Change("reinstate", "reinstated", LicenseStatus.Active, [LicenseStatus.Suspended], reason, by, now))
        {
            return false;
        }
        Raise(new LicenseReinstatedDomainEvent(this, reason, now));
        return true;
    }

    /// <summary>Revokes an active or suspended licence for good; a revoked one stays as it is.</summary>
    public bool Revoke(string reason, string by, DateTimeOffset now)
    {
        if (!Change("revoke", "revoked", LicenseStatus.Revoked, [LicenseStatus.Active, LicenseStatus.Suspended], reason, by, now))
        {
            return false;
        }
        Raise(new LicenseRevokedDomainEvent(this, reason, now));
        return true;
    }

    /// <summary>Moves to <paramref name="to"/> from one of <paramref name="from"/>; false when already there.</summary>
    private bool Change(
        string action, string done, LicenseStatus to, LicenseStatus[] from, string reason, string by, DateTimeOffset now)
    {
        if (StoredStatus == to)
        {
            return false;
        }
        if (!from.Contains(StoredStatus))
        {
            throw new ConflictException(
                $"A {StoredStatus.ToString().ToLowerInvariant()} licence cannot be {done}.", ChangeRefusedTitle);
        }
        StoredStatus = to;
        UpdatedAt = now;
        History.Add(new LicenseChange(action, to, by, now, reason));
        return true;
    }
}
