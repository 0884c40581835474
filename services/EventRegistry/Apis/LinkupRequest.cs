using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of POST /api/registry/launch/linkups.</summary>
public sealed record LinkupRequest(
    Guid? CampaignId, string? RegionCode, DateTimeOffset? SlotStartsAt, DateTimeOffset? SlotEndsAt, string? Venue)
    : IDocumentedExample<LinkupRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static LinkupRequest Example => new(
        Guid.Parse("0194c9e2-5a00-7000-8000-000000002020"),
        "440000",
        new DateTimeOffset(2020, 9, 9, 20, 10, 0, TimeSpan.FromHours(8)),
        new DateTimeOffset(2020, 9, 9, 20, 15, 0, TimeSpan.FromHours(8)),
        "广州天河路商圈");

    /// <summary>The designation for <paramref name="campaign"/> (the one named, null when there is none), or every wrong field.</summary>
    public Validated<LinkupDesignation> Validate(Campaign? campaign)
    {
        var errors = new RequestErrors();
        if (campaign is null)
        {
            errors.Add("campaignId", "No such campaign.");
        }
        if (!ReportingUnits.IsKnown(RegionCode))
        {
            errors.Add("regionCode", "The region code must be the 6-digit code of one of the 37 reporting units.");
        }
        if (SlotStartsAt is not { } startsAt || SlotEndsAt is not { } endsAt || endsAt <= startsAt)
        {
            errors.Add("slotEndsAt", "A slot with an end after its start is required.");
            (startsAt, endsAt) = (default, default);
        }
        if (string.IsNullOrWhiteSpace(Venue))
        {
            errors.Add("venue", "The link-up venue is required.");
        }
        return errors.Any || campaign is null || RegionCode is null || Venue is null
            ? Validated.Invalid<LinkupDesignation>(errors)
            : Validated.Valid(new LinkupDesignation(campaign, RegionCode, startsAt, endsAt, Venue.Trim()));
    }
}
