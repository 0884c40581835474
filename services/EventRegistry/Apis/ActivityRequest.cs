using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

public sealed record EmergencyContactRequest(string? Name, string? Phone);

public sealed record PublicityRequest(PublicityChannel? Channel, string? Link);

/// <summary>The body of POST (create) and PUT (edit) /api/registry/activities. Times carry their offset.</summary>
public sealed record ActivityRequest(
    Guid? CampaignId,
    string? Title,
    string? Summary,
    string? RegionCode,
    string? CityCode,
    string? Venue,
    string? Address,
    AttendanceMode? AttendanceMode,
    string[]? OnlineLinks,
    DateTimeOffset? StartsAt,
    DateTimeOffset? EndsAt,
    ActivityCategory? Category,
    string? Organiser,
    string? OrganiserCreditCode,
    Guid[]? ParticipatingEnterpriseIds,
    int? ExpectedAttendance,
    int? Capacity,
    string? EpidemicPreventionPlan,
    string? EmergencyPlan,
    EmergencyContactRequest? EmergencyContact,
    PublicityRequest[]? Publicity) : IDocumentedExample<ActivityRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static ActivityRequest Example => new(
        Guid.Parse("0194c9e2-5a00-7000-8000-000000002020"),
        "南京路步行街金秋购物节",
        "百家商户联合让利，夜间延时营业",
        "310000",
        "310100",
        "南京路步行街",
        "上海市黄浦区南京东路",
        Domain.AttendanceMode.Mixed,
        ["https://live.example.cn/nanjinglu"],
        new DateTimeOffset(2020, 9, 9, 10, 0, 0, TimeSpan.FromHours(8)),
        new DateTimeOffset(2020, 9, 30, 22, 0, 0, TimeSpan.FromHours(8)),
        Domain.ActivityCategory.Retail,
        "黄浦区商务委员会",
        null,
        [],
        50000,
        80000,
        "入口测温、限流，每日消毒",
        "专人值守，疏散通道畅通",
        new EmergencyContactRequest("赵磊", "13800138000"),
        [new PublicityRequest(PublicityChannel.LiveStreaming, "https://live.example.cn/nanjinglu")]);

    /// <summary>The details of an edit, if every required field is present and every rule holds; else the errors by field.</summary>
    public Validated<ActivityDetails> Validate() => Validate(new RequestErrors());

    /// <summary>A new activity: its details, and the campaign it is registered for (<paramref name="campaign"/>, the one named).</summary>
    public Validated<ActivityDraft> ValidateDraft(Campaign? campaign)
    {
        var errors = new RequestErrors();
        if (campaign is null)
        {
            errors.Add("campaignId", "No such campaign.");
        }
        return Validate(errors).IsValid(out var details, out var invalid) && campaign is not null
            ? Validated.Valid(new ActivityDraft(campaign, details))
            : Validated.Invalid<ActivityDraft>(invalid ?? errors);
    }

    private Validated<ActivityDetails> Validate(RequestErrors errors)
    {
        if (!ReportingUnits.IsKnown(RegionCode))
        {
            errors.Add("regionCode", "The region code must be the 6-digit code of one of the 37 reporting units.");
        }
        var mode = errors.Required(AttendanceMode, "attendanceMode");
        var startsAt = errors.Required(StartsAt, "startsAt");
        var endsAt = errors.Required(EndsAt, "endsAt");
        var category = errors.Required(Category, "category");
        if (Publicity?.Any(p => p.Channel is null) == true)
        {
            errors.Add("publicity", "Each publicity entry names its channel.");
        }
        if (errors.Any || RegionCode is null || mode is null || startsAt is null || endsAt is null || category is null)
        {
            return Validated.Invalid<ActivityDetails>(errors);
        }
        var details = new ActivityDetails(
            (Title ?? "").Trim(),
            (Summary ?? "").Trim(),
            RegionCode,
            (CityCode ?? "").Trim(),
            (Venue ?? "").Trim(),
            (Address ?? "").Trim(),
            mode.Value,
            OnlineLinks ?? [],
            startsAt.Value,
            endsAt.Value,
            category.Value,
            (Organiser ?? "").Trim(),
            OrganiserCreditCode?.Trim().ToUpperInvariant(),
            [.. (ParticipatingEnterpriseIds ?? []).Distinct()],
            ExpectedAttendance ?? 0,
            Capacity,
            EpidemicPreventionPlan?.Trim(),
            EmergencyPlan?.Trim(),
            EmergencyContact is null
                ? null
                : new EmergencyContact((EmergencyContact.Name ?? "").Trim(), (EmergencyContact.Phone ?? "").Trim()),
            [.. (Publicity ?? []).Where(p => p.Channel.HasValue).Select(p => new Publicity(p.Channel.GetValueOrDefault(), p.Link))]);
        var broken = details.Validate();
        foreach (var field in broken.Fields)
        {
            errors.AddRange(field, broken[field]);
        }
        if (OrganiserCreditCode is not null && !UnifiedSocialCreditCode.TryParse(OrganiserCreditCode, out _, out var codeError))
        {
            errors.Add("organiserCreditCode", codeError);
        }
        return Validated.From(errors, () => details);
    }
}
