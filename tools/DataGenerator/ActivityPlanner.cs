namespace PromoMonth.DataGenerator;

public enum ReviewDecision
{
    Approve,
    Return,

    /// <summary>Still waiting for the ministry when the run ends, as some always were.</summary>
    LeavePending,
}

public enum FollowUp
{
    None,
    Cancel,
    Postpone,
}

/// <summary>
/// A key activity to draft and submit, what the ministry decides about it and what happens after approval.
/// Participants are indices into the planned enterprises: their ids are only known once they are registered.
/// </summary>
public sealed record PlannedActivity(
    int Index,
    KeyCity City,
    ActivityDraft Draft,
    IReadOnlyList<int> ParticipantIndices,
    ReviewDecision Decision,
    string? ReturnReason,
    FollowUp FollowUp,
    string? FollowUpReason,
    Postponement? Postponement)
{
    public ReportingUnit Unit => City.Unit;
}

/// <summary>Plans the key activities of the key cities and the ministry's review of each.</summary>
public static class ActivityPlanner
{
    private const double OutsideWindowShare = 0.03;
    private const double ApproveShare = 0.90;
    private const double ReturnShare = 0.07;
    private const double CancelShareOfApproved = 0.02;
    private const double PostponeShareOfApproved = 0.02;
    private const int MaxParticipants = 5;

    private static readonly (ActivityCategory Category, int Weight)[] Categories =
    [
        (ActivityCategory.Retail, 25),
        (ActivityCategory.Catering, 15),
        (ActivityCategory.Automotive, 10),
        (ActivityCategory.HomeAppliances, 10),
        (ActivityCategory.CultureAndTourism, 12),
        (ActivityCategory.ECommerce, 10),
        (ActivityCategory.NightEconomy, 10),
        (ActivityCategory.ConsumerServices, 5),
        (ActivityCategory.Other, 3),
    ];

    private static readonly PublicityChannel[] Channels = Enum.GetValues<PublicityChannel>();

    public static IReadOnlyList<PlannedActivity> Plan(
        Random random, IReadOnlyList<KeyCity> cities, IReadOnlyList<PlannedEnterprise> enterprises, int count)
    {
        var byCity = enterprises.ToLookup(e => e.City.Code, StringComparer.Ordinal);
        var byUnit = enterprises.ToLookup(e => e.Unit.Code, StringComparer.Ordinal);
        var titles = new HashSet<string>(StringComparer.Ordinal);
        var activities = new List<PlannedActivity>(count);
        foreach (var (city, index) in Cities.Spread(random, cities, count).Select((c, i) => (c, i)))
        {
            var category = random.PickWeighted(Categories);
            var participants = PickParticipants(random, category, [.. byCity[city.Code]], [.. byUnit[city.Unit.Code]]);
            var draft = Draft(random, index, city, category, participants.Count, titles);
            activities.Add(Review(random, index, city, draft, [.. participants.Select(p => p.Index)]));
        }
        return activities;
    }

    private static ActivityDraft Draft(
        Random random, int index, KeyCity city, ActivityCategory category, int participantCount, HashSet<string> titles)
    {
        var mode = category == ActivityCategory.ECommerce
            ? random.Chance(0.8) ? AttendanceMode.Online : AttendanceMode.Mixed
            : random.PickWeighted([(AttendanceMode.Offline, 70), (AttendanceMode.Mixed, 20), (AttendanceMode.Online, 10)]);
        var venue = ActivityVocabulary.Venue(random, category, city);
        var title = ActivityVocabulary.Title(random, category, city);
        // Cities run the same festival at several venues; the venue tells them apart in the catalog.
        if (!titles.Add(title))
        {
            title = $"{title}·{venue[city.ShortName.Length..]}专场";
            titles.Add(title);
        }
        var organiser = $"{city.Name}商务局";
        var (startsAt, endsAt) = CampaignCalendar.PickDates(random, category, insideWindow: !random.Chance(OutsideWindowShare));
        var onSite = mode != AttendanceMode.Online;
        var expected = onSite ? random.Next(5, 500) * 100 : random.Next(1, 200) * 5_000;

        return new ActivityDraft
        {
            Title = title,
            Summary = ActivityVocabulary.Summary(random, title, organiser, participantCount, category),
            RegionCode = city.Unit.Code,
            CityCode = city.Code,
            Venue = onSite ? venue : $"{title}线上直播间",
            // Online activities give the place they are broadcast from, so that every record has an address.
            Address = ChineseNames.Address(random, city),
            AttendanceMode = mode,
            OnlineLinks = mode == AttendanceMode.Offline ? [] : [ActivityVocabulary.OnlineLink(index)],
            StartsAt = startsAt,
            EndsAt = endsAt,
            Category = category,
            Organiser = organiser,
            ExpectedAttendance = expected,
            // On site, capacity is the venue's approved limit, comfortably above the expected crowd; online has none.
            Capacity = onSite ? expected + expected * random.Next(10, 100) / 100 : null,
            EpidemicPreventionPlan = onSite ? random.Pick(ActivityVocabulary.EpidemicPreventionPlans) : null,
            EmergencyPlan = onSite ? random.Pick(ActivityVocabulary.EmergencyPlans) : null,
            EmergencyContact = onSite ? new EmergencyContact(ChineseNames.Person(random), ChineseNames.MobilePhone(random)) : null,
            Publicity =
            [
                .. random.Sample(Channels, random.Next(1, 4)).Select(c => new Publicity(c, ActivityVocabulary.PublicityLink(c, index))),
            ],
        };
    }

    /// <summary>0-5 enterprises of the city (its own trade first), else of the region, as a unit would list partners.</summary>
    private static List<PlannedEnterprise> PickParticipants(
        Random random, ActivityCategory category, PlannedEnterprise[] ofCity, PlannedEnterprise[] ofUnit)
    {
        var wanted = random.Chance(0.2) ? 0 : random.Next(1, MaxParticipants + 1);
        var pool = ofCity.Length >= wanted ? ofCity : ofUnit;
        var sameTrade = random.Sample(pool.Where(e => e.Trade == category).ToArray(), wanted);
        var others = random.Sample(pool.Where(e => e.Trade != category).ToArray(), wanted - sameTrade.Count);
        return [.. sameTrade, .. others];
    }

    private static PlannedActivity Review(Random random, int index, KeyCity city, ActivityDraft draft, IReadOnlyList<int> participants)
    {
        var roll = random.NextDouble();
        var decision = roll < ApproveShare ? ReviewDecision.Approve
            : roll < ApproveShare + ReturnShare ? ReviewDecision.Return
            : ReviewDecision.LeavePending;
        var returnReason = decision == ReviewDecision.Return ? random.Pick(ReviewReasons.Return) : null;

        var followUpRoll = random.NextDouble();
        var followUp = decision != ReviewDecision.Approve ? FollowUp.None
            : followUpRoll < CancelShareOfApproved ? FollowUp.Cancel
            : followUpRoll < CancelShareOfApproved + PostponeShareOfApproved ? FollowUp.Postpone
            : FollowUp.None;
        Postponement? postponement = null;
        string? followUpReason = null;
        if (followUp == FollowUp.Cancel)
        {
            followUpReason = random.Pick(ReviewReasons.Cancel);
        }
        else if (followUp == FollowUp.Postpone)
        {
            followUpReason = random.Pick(ReviewReasons.Postpone);
            var (startsAt, endsAt) = CampaignCalendar.Postpone(random, draft.StartsAt, draft.EndsAt);
            postponement = new Postponement(startsAt, endsAt, followUpReason);
        }
        return new PlannedActivity(index, city, draft, participants, decision, returnReason, followUp, followUpReason, postponement);
    }
}
