using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// The parameters the services share by name, described once: an identifier in a path, the paging, region and date
/// filters. A parameter that carries its own [Description] keeps it.
/// </summary>
internal static class ParameterDescriptions
{
    private static readonly Dictionary<string, string> Shared = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "The record's identifier, as the API answered it when the record was created.",
        ["campaign"] = "The campaign's code (2020); the current campaign when absent.",
        ["campaignCode"] = "The campaign's code, for example 2020.",
        ["campaignId"] = "Only records of this campaign (its id, from /api/registry/campaigns).",
        ["regionCode"] = "A reporting unit's 6-digit code (310000 for Shanghai). A unit's own client is held to its own region.",
        ["region"] = "Only records of this reporting unit (6-digit code).",
        ["city"] = "Only activities in this city (6-digit division code).",
        ["periodCode"] = "The reporting period's code, for example 2020-first-two-weeks or 2020-daily-0909.",
        ["code"] = "The record's code, as it was created.",
        ["status"] = "Only records in this status (camelCase, as the answers spell it).",
        ["kind"] = "Only records of this kind (camelCase, as the answers spell it).",
        ["category"] = "Only records of this category (camelCase, as the answers spell it).",
        ["attendanceMode"] = "offline, online or mixed.",
        ["page"] = "The page to answer, from 1 (the default).",
        ["pageSize"] = "Items per page, from 1 to 500 (50 by default).",
        [PageCursor.Parameter] = "Where the next page starts, as the Link header (rel=\"next\") of the page before gave it; not with page.",
        ["from"] = "The first calendar day (Asia/Shanghai) of the window, inclusive.",
        ["to"] = "The last calendar day (Asia/Shanghai) of the window, inclusive.",
        ["q"] = "Words to find in the title, summary, venue or organiser.",
        ["sort"] = "-startsAt for the latest first; by start time, earliest first, otherwise.",
        ["modified_since"] = "Only activities changed in a release after this instant (ISO 8601 with offset).",
        ["format"] = "The representation to answer, as the summary lists them.",
        ["version"] = "The catalog release's number, from 1.",
        ["licenseNo"] = "A licence number as printed beside the mark, for example CPM2020-310000-00042.",
        ["licenseeKind"] = "activity or enterprise.",
        ["purpose"] = "The status list's purpose: revocation or suspension.",
        ["list"] = "The status list's number, from 0, as a credential's statusListCredential names it.",
        ["activityId"] = "Only records about this catalog activity.",
        ["creditCode"] = "An 18-character unified social credit code (GB 32100), check digit included.",
        ["clientId"] = "The OAuth2 client id.",
        ["deliveryId"] = "A webhook delivery's id, as the list of deliveries answers it.",
        ["safetyFlagged"] = "Only activities whose safety review flagged them (true) or did not (false).",
        ["overdue"] = "Only cases past (true) or within (false) their statutory clock.",
        ["triage"] = "Only cases still waiting for the ministry to assign a region.",
        ["api_key"] = "The hotline's Open311 api_key, issued by the ministry.",
        ["service_request_id"] = "Comma-separated request ids; when given, every other filter is ignored.",
        ["service_code"] = "A service code from services.json.",
        ["start_date"] = "The earliest request time (ISO 8601); 90 days before end_date when absent.",
        ["end_date"] = "The latest request time (ISO 8601); now when absent.",
        ["Idempotency-Key"] = "A key the client chooses per request; a retry with the same key and body answers the first result.",
    };

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            if (string.IsNullOrWhiteSpace(parameter.Description) && parameter.Name is { } name
                && Shared.TryGetValue(name, out var description))
            {
                parameter.Description = description;
            }
        }
        return Task.CompletedTask;
    }
}
