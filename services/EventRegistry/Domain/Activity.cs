using PromoMonth.ServiceDefaults.Domain;

namespace PromoMonth.EventRegistry.Domain;

/// <summary>A key activity (重点活动) of one reporting unit, with its review workflow and full history.</summary>
public sealed class Activity : AggregateRoot
{
    private Activity()
    {
    }

    public Guid Id { get; private init; }
    public Guid CampaignId { get; private init; }
    public string RegionCode { get; private init; } = string.Empty;
    public ActivityDetails Details { get; private set; } = null!;
    public ActivityStatus Status { get; private set; }
    public List<ActivityTransition> History { get; private init; } = [];
    public List<SafetyIncident> SafetyIncidents { get; private init; } = [];
    public DateTimeOffset CreatedAt { get; private init; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>PostgreSQL's xmin: two reviewers acting at once cannot both win.</summary>
    public uint RowVersion { get; private set; }

    /// <summary>Set by the first reported incident, so the ministry's list can filter on it.</summary>
    public bool SafetyFlagged { get; private set; }

    public static Activity Draft(Guid campaignId, ActivityDetails details, string by, DateTimeOffset now)
    {
        var activity = new Activity
        {
            Id = Guid.CreateVersion7(now),
            CampaignId = campaignId,
            RegionCode = details.RegionCode,
            Details = details,
            Status = ActivityStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        activity.History.Add(ActivityTransition.Record(activity.Id, ActivityAction.Create, null, ActivityStatus.Draft, by, now));
        return activity;
    }

    public void Edit(ActivityDetails details, string by, DateTimeOffset now)
    {
        if (details.RegionCode != RegionCode)
        {
            throw ActivityConflict.Because("An activity stays in the region that registered it.");
        }
        Apply(ActivityAction.Edit, by, now);
        Details = details;
    }

    public void Submit(string by, DateTimeOffset now) => Apply(ActivityAction.Submit, by, now);

    /// <summary>Approves the activity under its campaign; every approval is announced (the campaign says when it ends).</summary>
    public void Approve(Campaign campaign, string by, DateTimeOffset now)
    {
        if (campaign.Id != CampaignId)
        {
            throw new ArgumentException($"Activity {Id} belongs to campaign {CampaignId}, not {campaign.Id}.", nameof(campaign));
        }
        Apply(ActivityAction.Approve, by, now);
        Raise(new ActivityApprovedDomainEvent(this, campaign, now));
    }

    public void Return(string reason, string by, DateTimeOffset now) => Apply(ActivityAction.Return, by, now, reason);

    public void Cancel(string reason, string by, DateTimeOffset now)
    {
        Apply(ActivityAction.Cancel, by, now, reason);
        Raise(new ActivityCancelledDomainEvent(this, reason, now));
    }

    /// <summary>Moves the activity to new dates; the transition and the event keep the old ones.</summary>
    public void Postpone(DateTimeOffset startsAt, DateTimeOffset endsAt, string reason, string by, DateTimeOffset now)
    {
        if (endsAt < startsAt)
        {
            throw new ArgumentException("The new end is on or after the new start.", nameof(endsAt));
        }
        var (previousStart, previousEnd) = (Details.StartsAt, Details.EndsAt);
        Apply(ActivityAction.Postpone, by, now, reason, previousStart, previousEnd);
        Details = Details with { StartsAt = startsAt, EndsAt = endsAt };
        Raise(new ActivityPostponedDomainEvent(this, previousStart, previousEnd, startsAt, endsAt, reason));
    }

    /// <summary>Completion is only for an activity whose end has passed.</summary>
    public void Complete(string by, DateTimeOffset now)
    {
        if (ActivityWorkflow.IsAllowed(ActivityAction.Complete, Status) && now < Details.EndsAt)
        {
            throw ActivityConflict.Because($"The activity ends at {Details.EndsAt:O}; it can be completed only after its end.");
        }
        Apply(ActivityAction.Complete, by, now);
    }

    /// <summary>Flags the activity for the ministry; the same incident twice is one flag.</summary>
    public bool FlagSafetyIncident(SafetyIncident incident)
    {
        if (SafetyIncidents.Any(i => i.IncidentId == incident.IncidentId))
        {
            return false;
        }
        SafetyIncidents.Add(incident);
        SafetyFlagged = true;
        Raise(new ActivitySafetyFlaggedDomainEvent(this, incident.Kind, incident.ReportedAt));
        return true;
    }

    public bool IsOutsideWindow(CampaignWindow window) => !window.Contains(Details.StartsAt, Details.EndsAt);

    private void Apply(ActivityAction action, string by, DateTimeOffset now, string? reason = null,
        DateTimeOffset? previousStart = null, DateTimeOffset? previousEnd = null)
    {
        var next = ActivityWorkflow.Next(action, Status);
        History.Add(ActivityTransition.Record(Id, action, Status, next, by, now, reason, previousStart, previousEnd));
        Status = next;
        UpdatedAt = now;
    }
}
