using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of POST /api/registry/activities/{id}/postpone.</summary>
public sealed record PostponeRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Reason)
{
    public Validated<Postponement> Validate()
    {
        var errors = new RequestErrors();
        if (StartsAt is not { } startsAt || EndsAt is not { } endsAt || endsAt < startsAt)
        {
            errors.Add("endsAt", "New dates with the end on or after the start are required.");
            (startsAt, endsAt) = (default, default);
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            errors.Add("reason", "A reason is required.");
        }
        return Validated.From(errors, () => new Postponement(startsAt, endsAt, Reason?.Trim() ?? ""));
    }
}
