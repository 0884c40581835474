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
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, List<string>>();
        void Add(string field, string message)
        {
            if (!errors.TryGetValue(field, out var list))
            {
                errors[field] = list = [];
            }
            list.Add(message);
        }

        if (string.IsNullOrWhiteSpace(Title) || Title.Length > MaxTitleLength)
        {
            Add("title", $"A title of 1 to {MaxTitleLength} characters is required.");
        }
        if (Summary.Length > MaxSummaryLength)
        {
            Add("summary", $"The summary has at most {MaxSummaryLength} characters.");
        }
        if (CityCode.Length != 6 || !CityCode.All(char.IsAsciiDigit) || CityCode[..2] != RegionCode[..Math.Min(2, RegionCode.Length)])
        {
            Add("cityCode", "A 6-digit city code (GB/T 2260) inside the activity's region is required.");
        }
        if (EndsAt < StartsAt)
        {
            Add("endsAt", "The end is on or after the start.");
        }
        if (string.IsNullOrWhiteSpace(Organiser))
        {
            Add("organiser", "The organiser is required.");
        }
        if (ExpectedAttendance < 0)
        {
            Add("expectedAttendance", "Expected attendance is zero or more.");
        }
        if (Capacity is < 1)
        {
            Add("capacity", "Capacity, when given, is at least 1.");
        }
        if (AttendanceMode is AttendanceMode.Online or AttendanceMode.Mixed && OnlineLinks.Count == 0)
        {
            Add("onlineLinks", "An online or mixed activity gives at least one online link.");
        }
        foreach (var link in OnlineLinks.Concat(Publicity.Select(p => p.Link)).OfType<string>())
        {
            if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            {
                Add(OnlineLinks.Contains(link) ? "onlineLinks" : "publicity", $"'{link}' is not an http(s) address.");
            }
        }
        if (AttendanceMode is AttendanceMode.Offline or AttendanceMode.Mixed)
        {
            // The notice: emergency plans ready for every on-site activity (备好应急预案).
            if (string.IsNullOrWhiteSpace(Venue) || string.IsNullOrWhiteSpace(Address))
            {
                Add("venue", "An offline or mixed activity names its venue and address.");
            }
            if (string.IsNullOrWhiteSpace(EpidemicPreventionPlan))
            {
                Add("epidemicPreventionPlan", "An offline or mixed activity needs an epidemic-prevention plan.");
            }
            if (string.IsNullOrWhiteSpace(EmergencyPlan))
            {
                Add("emergencyPlan", "An offline or mixed activity needs an emergency plan.");
            }
            if (EmergencyContact is null || string.IsNullOrWhiteSpace(EmergencyContact.Name) || string.IsNullOrWhiteSpace(EmergencyContact.Phone))
            {
                Add("emergencyContact", "An offline or mixed activity names an on-site emergency contact with a phone number.");
            }
        }
        if ((EpidemicPreventionPlan?.Length ?? 0) > MaxPlanLength || (EmergencyPlan?.Length ?? 0) > MaxPlanLength)
        {
            Add("emergencyPlan", $"Plans have at most {MaxPlanLength} characters.");
        }
        return errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
    }
}
