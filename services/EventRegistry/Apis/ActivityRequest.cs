using PromoMonth.Contracts;
using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;

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
    PublicityRequest[]? Publicity)
{
    /// <summary>The details if every required field is present and every rule holds; else the errors by field.</summary>
    public ActivityDetails? ToDetails(RequestErrors errors)
    {
        if (!ReportingUnits.IsKnown(RegionCode))
        {
            errors.Add("regionCode", "The region code must be the 6-digit code of one of the 37 reporting units.");
        }
        foreach (var (field, missing) in new (string, bool)[]
        {
            ("attendanceMode", AttendanceMode is null),
            ("startsAt", StartsAt is null),
            ("endsAt", EndsAt is null),
            ("category", Category is null),
        })
        {
            if (missing)
            {
                errors.Add(field, $"{field} is required.");
            }
        }
        if (Publicity?.Any(p => p.Channel is null) == true)
        {
            errors.Add("publicity", "Each publicity entry names its channel.");
        }
        if (errors.Any)
        {
            return null;
        }
        var details = new ActivityDetails(
            (Title ?? "").Trim(),
            (Summary ?? "").Trim(),
            RegionCode!,
            (CityCode ?? "").Trim(),
            (Venue ?? "").Trim(),
            (Address ?? "").Trim(),
            AttendanceMode!.Value,
            OnlineLinks ?? [],
            StartsAt!.Value,
            EndsAt!.Value,
            Category!.Value,
            (Organiser ?? "").Trim(),
            OrganiserCreditCode?.Trim().ToUpperInvariant(),
            [.. (ParticipatingEnterpriseIds ?? []).Distinct()],
            ExpectedAttendance ?? 0,
            Capacity,
            EpidemicPreventionPlan?.Trim(),
            EmergencyPlan?.Trim(),
            EmergencyContact is null ? null : new EmergencyContact((EmergencyContact.Name ?? "").Trim(), (EmergencyContact.Phone ?? "").Trim()),
            [.. (Publicity ?? []).Select(p => new Publicity(p.Channel!.Value, p.Link))]);
        foreach (var (field, messages) in details.Validate())
        {
            errors.AddRange(field, messages);
        }
        if (OrganiserCreditCode is not null && !UnifiedSocialCreditCode.TryParse(OrganiserCreditCode, out _, out var codeError))
        {
            errors.Add("organiserCreditCode", codeError);
        }
        return !errors.Any ? details : null;
    }
}

public sealed record ReasonRequest(string? Reason);

public sealed record PostponeRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Reason);
