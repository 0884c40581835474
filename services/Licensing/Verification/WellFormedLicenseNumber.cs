using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Verification;

/// <summary>
/// Refuses a {licenseNo} that cannot be a licence number with 400, before the verification cache or the database: a
/// flood of made-up strings then leaves nothing behind in memory or Redis.
/// </summary>
public sealed class WellFormedLicenseNumber : IEndpointFilter
{
    public const string RouteValue = "licenseNo";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var value = context.HttpContext.Request.RouteValues[RouteValue] as string;
        if (value is not null && LicenseNumber.IsWellFormed(LicenseNumber.Normalize(value)))
        {
            return next(context);
        }
        var errors = new Dictionary<string, string[]>
        {
            [RouteValue] =
            [
                $"Not a licence number: one reads like {LicenseNumber.Example} (CPM, the campaign, the unit's region code, a serial).",
            ],
        };
        return ValueTask.FromResult<object?>(TypedResults.ValidationProblem(errors, title: "Not a licence number."));
    }
}
