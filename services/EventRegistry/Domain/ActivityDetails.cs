using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Domain;

public sealed record EmergencyContact(string Name, string Phone);

/// <summary>What a reporting unit writes about a key activity (重点活动): everything but its workflow state.</summary>
public sealed record ActivityDetails(
    string Title,
    string Summary,
    string RegionCode,
    string CityCode,
    string Venue,
    string Address,
    AttendanceMode AttendanceMode,
    IReadOnlyList<string> OnlineLinks,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    ActivityCategory Category,
    string Organiser,
    string? OrganiserCreditCode,
    IReadOnlyList<Guid> ParticipatingEnterpriseIds,
    int ExpectedAttendance,
    int? Capacity,
    string? EpidemicPreventionPlan,
    string? EmergencyPlan,
    EmergencyContact? EmergencyContact,
    IReadOnlyList<Publicity> Publicity)
{
    public const int MaxTitleLength = 200;
    public const int MaxSummaryLength = 4000;
    public const int MaxPlanLength = 8000;

    /// <summary>The rules of the notice that hold whatever the workflow state, by field name.</summary>
    public RequestErrors Validate()
    {
        var errors = new RequestErrors();
        if (string.IsNullOrWhiteSpace(Title) || Title.Length > MaxTitleLength)
        {
            errors.Add("title", $"A title of 1 to {MaxTitleLength} characters is required.");
        }
        if (Summary.Length > MaxSummaryLength)
        {
            errors.Add("summary", $"The summary has at most {MaxSummaryLength} characters.");
        }
        if (!IsCityInRegion())
        {
            errors.Add("cityCode", "A 6-digit city code (GB/T 2260) inside the activity's region is required.");
        }
        if (EndsAt < StartsAt)
        {
            errors.Add("endsAt", "The end is on or after the start.");
        }
        if (string.IsNullOrWhiteSpace(Organiser))
        {
            errors.Add("organiser", "The organiser is required.");
        }
        if (ExpectedAttendance < 0)
        {
            errors.Add("expectedAttendance", "Expected attendance is zero or more.");
        }
        if (Capacity is < 1)
        {
            errors.Add("capacity", "Capacity, when given, is at least 1.");
        }
        if (AttendanceMode is AttendanceMode.Online or AttendanceMode.Mixed && OnlineLinks.Count == 0)
        {
            errors.Add("onlineLinks", "An online or mixed activity gives at least one online link.");
        }
        foreach (var link in OnlineLinks.Concat(Publicity.Select(p => p.Link)).OfType<string>())
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                errors.Add(OnlineLinks.Contains(link) ? "onlineLinks" : "publicity", $"'{link}' is not an http(s) address.");
            }
        }
        if (AttendanceMode is AttendanceMode.Offline or AttendanceMode.Mixed)
        {
            ValidateOnSite(errors);
        }
        if ((EpidemicPreventionPlan?.Length ?? 0) > MaxPlanLength || (EmergencyPlan?.Length ?? 0) > MaxPlanLength)
        {
            errors.Add("emergencyPlan", $"Plans have at most {MaxPlanLength} characters.");
        }
        return errors;
    }

    private bool IsCityInRegion() =>
        CityCode.Length == 6 && CityCode.All(char.IsAsciiDigit) && CityCode[..2] == RegionCode[..Math.Min(2, RegionCode.Length)];

    /// <summary>The notice: emergency plans ready for every on-site activity (备好应急预案).</summary>
    private void ValidateOnSite(RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(Venue) || string.IsNullOrWhiteSpace(Address))
        {
            errors.Add("venue", "An offline or mixed activity names its venue and address.");
        }
        if (string.IsNullOrWhiteSpace(EpidemicPreventionPlan))
        {
            errors.Add("epidemicPreventionPlan", "An offline or mixed activity needs an epidemic-prevention plan.");
        }
        if (string.IsNullOrWhiteSpace(EmergencyPlan))
        {
            errors.Add("emergencyPlan", "An offline or mixed activity needs an emergency plan.");
        }
        if (EmergencyContact is null
            || string.IsNullOrWhiteSpace(EmergencyContact.Name) || string.IsNullOrWhiteSpace(EmergencyContact.Phone))
        {
            errors.Add("emergencyContact", "An offline or mixed activity names an on-site emergency contact with a phone number.");
        }
    }
}
