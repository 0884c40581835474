namespace PromoMonth.DataGenerator;

/// <summary>
/// Sends a <see cref="CampaignPlan"/> through the gateway, in the order the campaign itself ran: units register their
/// key enterprises and commitment letters, draft and submit key activities, then the ministry reviews them and
/// publishes catalog releases as the reviews go, so that each later release has entries added, changed and cancelled.
/// </summary>
public sealed class CampaignGenerator(GatewayClient gateway, GeneratorOptions options, RunStatistics statistics, TextWriter output)
{
    public const string MinistryClient = "ministry";

    /// <summary>Fresh codes to try when a planned credit code is already taken by someone else's enterprise.</summary>
    private const int MaxCreditCodeReissues = 5;

    /// <summary>The status of each activity as the registry last reported it, by plan index.</summary>
    private sealed class ActivityRecord
    {
        public string? Id { get; set; }
        public string Status { get; set; } = "notCreated";
    }

    private ActivityRecord[] _records = [];

    /// <summary>How many activities are in each status, as the registry last answered; also after an interrupted run.</summary>
    public IReadOnlyDictionary<string, int> ActivityStatuses =>
        _records.GroupBy(r => r.Status, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public async Task RunAsync(CampaignPlan plan, CancellationToken cancellationToken)
    {
        _records = [.. plan.Activities.Select(_ => new ActivityRecord())];
        var enterpriseIds = await RegisterEnterprisesAsync(plan.Enterprises, cancellationToken);
        await DraftActivitiesAsync(plan.Activities, enterpriseIds, _records, cancellationToken);
        await ReviewAsync(plan.Activities, _records, cancellationToken);
    }

    private async Task<string?[]> RegisterEnterprisesAsync(
        IReadOnlyList<PlannedEnterprise> enterprises, CancellationToken cancellationToken)
    {
        output.WriteLine($"Registering {enterprises.Count} key enterprises and their commitment letters");
        var ids = new string?[enterprises.Count];
        var progress = new PhaseProgress("enterprises", enterprises.Count, statistics, output);
        await ForEachAsync(enterprises, async (enterprise, token) =>
        {
            var id = ids[enterprise.Index] = await RegisterAsync(enterprise, token);
            if (id is not null && enterprise.Commitment is { } letter)
            {
                var path = $"/api/registry/enterprises/{id}/commitment";
                var result = await gateway.PostAsync(enterprise.Unit.ClientId, path, letter, token);
                Record(result, "sign commitment", path, Outcome.CommitmentSigned);
            }
            progress.Advance();
        }, cancellationToken);
        return ids;
    }

    /// <summary>The enterprise's id; on 409 (the code belongs to a different enterprise) it tries a fresh code.</summary>
    private async Task<string?> RegisterAsync(PlannedEnterprise enterprise, CancellationToken cancellationToken)
    {
        const string path = "/api/registry/enterprises";
        var registration = enterprise.Registration;
        // Seeded by the enterprise, not shared: fresh codes stay the same for a seed whatever the workers' order.
        // (Not HashCode.Combine: it is randomised per process.)
        var reissue = new Random(unchecked((options.Seed * 7919) + enterprise.Index));
        for (var attempt = 0; ; attempt++)
        {
            var result = await gateway.PostAsync(enterprise.Unit.ClientId, path, registration, cancellationToken);
            if (result.Status == 409 && attempt < MaxCreditCodeReissues)
            {
                statistics.Count(Outcome.CreditCodeReissued);
                registration = registration with { CreditCode = CreditCodes.Issue(enterprise.City.Code, reissue) };
                continue;
            }
            var id = result.IsSuccess ? result.Property("id") : null;
            if (id is null)
            {
                statistics.Fail("register enterprise", path, result);
                return null;
            }
            // 200 is the answer to a registration that already exists identically: a rerun with the same seed.
            statistics.Count(result.Status == 201 ? Outcome.EnterpriseRegistered : Outcome.EnterpriseAlreadyRegistered);
            return id;
        }
    }

    private async Task DraftActivitiesAsync(
        IReadOnlyList<PlannedActivity> activities, string?[] enterpriseIds, ActivityRecord[] records, CancellationToken cancellationToken)
    {
        const string path = "/api/registry/activities";
        output.WriteLine($"Drafting and submitting {activities.Count} key activities");
        var progress = new PhaseProgress("activities", activities.Count, statistics, output);
        await ForEachAsync(activities, async (activity, token) =>
        {
            var record = records[activity.Index];
            // Participants whose registration failed are left out rather than failing the activity too.
            var participants = activity.ParticipantIndices.Select(i => enterpriseIds[i]).OfType<string>();
            var draft = activity.Draft with { ParticipatingEnterpriseIds = [.. participants] };
            var result = await gateway.PostAsync(activity.Unit.ClientId, path, draft, token);
            record.Id = result.IsSuccess ? result.Property("id") : null;
            if (record.Id is null)
            {
                statistics.Fail("draft activity", path, result);
            }
            else
            {
                statistics.Count(Outcome.ActivityDrafted);
                record.Status = result.Property("status") ?? "draft";
                await StepAsync(record, activity.Unit.ClientId, "submit", EmptyBody.Instance,
                    Outcome.ActivitySubmitted, "submitted", token);
            }
            progress.Advance();
        }, cancellationToken);
    }

    /// <summary>
    /// Reviews in batches that end where a release is due; cancellations and postponements of a batch's approvals
    /// wait for the next batch, so that they land after the release that first listed those activities.
    /// </summary>
    private async Task ReviewAsync(IReadOnlyList<PlannedActivity> activities, ActivityRecord[] records, CancellationToken cancellationToken)
    {
        output.WriteLine($"Reviewing as the ministry; {options.Releases} catalog release(s) along the way");
        var progress = new PhaseProgress("ministry review", Math.Max(activities.Count, 1), statistics, output);
        var ends = ReleasePoints(options.Releases).Select(f => (int)Math.Round(f * activities.Count)).ToArray();
        var waitingFollowUps = new List<PlannedActivity>();
        var start = 0;
        for (var batch = 0; batch < ends.Length; batch++)
        {
            var reviewed = activities.Skip(start).Take(ends[batch] - start).ToArray();
            await ForEachAsync(reviewed, async (activity, token) =>
            {
                await DecideAsync(activity, records[activity.Index], token);
                progress.Advance();
            }, cancellationToken);

            var approvedWithFollowUp = reviewed.Where(a => a.FollowUp != FollowUp.None && records[a.Index].Status is "approved").ToList();
            var lastBatch = batch == ends.Length - 1;
            List<PlannedActivity> followUps = lastBatch ? [.. waitingFollowUps, .. approvedWithFollowUp] : waitingFollowUps;
            await ForEachAsync(followUps, (activity, token) => FollowUpAsync(activity, records[activity.Index], token), cancellationToken);
            waitingFollowUps = lastBatch ? [] : approvedWithFollowUp;

            if (options.Releases > 0)
            {
                await PublishReleaseAsync(ends[batch], activities.Count, cancellationToken);
            }
            start = ends[batch];
        }
    }

    /// <summary>Where releases fall, as shares of the reviews: the first at half-way, the last at the end (½, ¾, 1 for three).</summary>
    private static double[] ReleasePoints(int releases) =>
        releases switch
        {
            0 => [1.0],
            1 => [1.0],
            _ => [.. Enumerable.Range(0, releases).Select(i => 0.5 + (0.5 * i / (releases - 1)))],
        };

    private async ValueTask DecideAsync(PlannedActivity activity, ActivityRecord record, CancellationToken cancellationToken)
    {
        if (record.Status != "submitted")
        {
            return;
        }
        switch (activity.Decision)
        {
            case ReviewDecision.Approve:
                await StepAsync(record, MinistryClient, "approve", EmptyBody.Instance,
                    Outcome.ActivityApproved, "approved", cancellationToken);
                break;
            case ReviewDecision.Return:
                await StepAsync(record, MinistryClient, "return", new ReviewReason(activity.ReturnReason!),
                    Outcome.ActivityReturned, "returned", cancellationToken);
                break;
            case ReviewDecision.LeavePending:
                break;
        }
    }

    private async ValueTask FollowUpAsync(PlannedActivity activity, ActivityRecord record, CancellationToken cancellationToken)
    {
        switch (activity.FollowUp)
        {
            case FollowUp.Cancel:
                await StepAsync(record, MinistryClient, "cancel", new ReviewReason(activity.FollowUpReason!),
                    Outcome.ActivityCancelled, "cancelled", cancellationToken);
                break;
            case FollowUp.Postpone:
                await StepAsync(record, MinistryClient, "postpone", activity.Postponement!,
                    Outcome.ActivityPostponed, "postponed", cancellationToken);
                break;
            case FollowUp.None:
                break;
        }
    }

    private async Task PublishReleaseAsync(int reviewed, int total, CancellationToken cancellationToken)
    {
        const string path = "/api/registry/catalog-releases";
        var result = await gateway.PostAsync(MinistryClient, path, EmptyBody.Instance, cancellationToken);
        if (Record(result, "publish catalog release", path, Outcome.CatalogReleasePublished))
        {
            var counts = string.Join(", ", result.Counts().Where(c => c.Name != "version").Select(c => $"{c.Name} {c.Value}"));
            var version = result.Property("version") ?? "?";
            output.WriteLine($"  catalog release {version} published after {reviewed}/{total} reviews   {counts}");
        }
    }

    /// <summary>One workflow step (POST /api/registry/activities/{id}/{action}); the record takes the status it answers.</summary>
    private async Task StepAsync<TBody>(
        ActivityRecord record,
        string clientId,
        string action,
        TBody body,
        Outcome outcome,
        string expectedStatus,
        CancellationToken cancellationToken)
    {
        var path = $"/api/registry/activities/{record.Id}/{action}";
        var result = await gateway.PostAsync(clientId, path, body, cancellationToken);
        if (Record(result, $"{action} activity", path, outcome))
        {
            record.Status = (result.IsSuccess ? result.Property("status") : null) ?? expectedStatus;
        }
    }

    /// <summary>Counts a success, or keeps the failure for the report. A 409 to a retried step means the lost attempt did it.</summary>
    private bool Record(ApiResult result, string operation, string path, Outcome outcome)
    {
        if (result.IsSuccess || result.IsConflictAfterRetry)
        {
            statistics.Count(outcome);
            return true;
        }
        statistics.Fail(operation, path, result);
        return false;
    }

    private Task ForEachAsync<T>(IEnumerable<T> items, Func<T, CancellationToken, ValueTask> body, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism, CancellationToken = cancellationToken },
            body);
}
