using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of POST /api/registry/activities/{id}/postpone.</summary>
public sealed record PostponeRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Reason) : IDocumentedExample<PostponeRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static PostponeRequest Example => new(
        new DateTimeOffset(2020, 9, 16, 10, 0, 0, TimeSpan.FromHours(8)),
        new DateTimeOffset(2020, 9, 30, 22, 0, 0, TimeSpan.FromHours(8)),
        "台风预警，开幕推迟一周。");

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
