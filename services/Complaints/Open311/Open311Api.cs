using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Apis;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Open311;

/// <summary>
/// Open311 GeoReport v2 over the complaints service, as the spec has it, so existing Open311 clients work unchanged:
/// form-encoded posts, the spec's field names, errors as <c>[{"code":…,"description":…}]</c>, <c>.json</c> in the path.
/// </summary>
public static class Open311Api
{
    private static readonly TimeSpan DefaultWindow = TimeSpan.FromDays(90);

    /// <summary>The most requests one answer of updates covers; a window with more is refused, to be asked in parts.</summary>
    private const int MaxUpdatedCases = 1000;

    public static IEndpointRouteBuilder MapOpen311Api(this IEndpointRouteBuilder app)
    {
        // Anonymous at the endpoint: the spec's api_key (or a bearer token) is checked per request.
        var open311 = app.MapGroup("/open311/v2").WithTags("Open311 GeoReport v2").AllowAnonymous();
        open311.MapGet("/services.json", Services).WithName("Open311Services").WithSummary("The case categories as Open311 service codes")
            .Produces<Open311Service[]>();
        open311.MapGet("/services/{code}.json", Definition).WithName("Open311ServiceDefinition")
            .WithSummary("A service's definition: the attributes a request carries, their datatypes and which are required")
            .Produces<Open311ServiceDefinition>().Open311Errors(StatusCodes.Status404NotFound);
        open311.MapPost("/requests.json", Post).WithName("Open311PostRequest")
            .WithSummary("Post a service request (a complaint), form-encoded, with api_key")
            .WithDescription("A post repeated after a timeout (the same attribute[case_reference], or the same fields) answers "
                + "the request already filed.")
            .AddOpenApiOperationTransformer(Open311RequestForm.DescribeAsync).DisableAntiforgery()
            .Produces<Open311Receipt[]>().Open311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        open311.MapGet("/requests.json", List).WithName("Open311Requests")
            .WithSummary("The hotline's own requests, by ids, service code, status and date window (default and maximum 90 days)")
            .Produces<Open311ServiceRequest[]>().Open311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        open311.MapGet("/requests/{id}.json", Get).WithName("Open311Request").WithSummary("One of the hotline's requests")
            .Produces<Open311ServiceRequest[]>()
            .Open311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound);
        open311.MapGet("/servicerequestupdates.json", Updates).WithName("Open311ServiceRequestUpdates")
            .WithSummary("Every status change of the hotline's requests in a window (FixMyStreet's service-request-updates "
                + "extension), oldest first")
            .WithDescription("Each step of a case is one update with a stable update_id, FixMyStreet's extended status and the "
                + "public note (built from the rules' codes, never from a handler's free text). The window is start_date to "
                + "end_date on the updates' times, by default and at most 90 days.")
            .Produces<Open311Update[]>().Open311Errors(StatusCodes.Status400BadRequest, StatusCodes.Status403Forbidden);
        return app;
    }

    internal static IResult Services() => Results.Ok(Enum.GetValues<CaseCategory>().Select(c => new Open311Service(
        Code(c), Open311Vocabulary.Name(c), Open311Vocabulary.Name(c), Metadata: true, "realtime", Code(c), "consumer protection")));

    /// <summary>Every service takes the same attributes: the respondent and the hotline's own reference.</summary>
    internal static IResult Definition(string code) => Category(code) is { } category
        ? Results.Ok(new Open311ServiceDefinition(Code(category), Open311Attributes.All))
        : Error(StatusCodes.Status404NotFound, $"No service {code}; see services.json.");

    internal static async Task<IResult> Post(
        HttpContext http, ComplaintsDbContext db, CaseIntakeHandler intakes, TimeProvider clock, CancellationToken cancellationToken)
    {
        // GeoReport v2 posts are form-encoded; anything else is the client's error, answered in the spec's error shape
        // (reading a JSON body as a form threw, which was a 500 until the authorization matrix found it).
        if (!http.Request.HasFormContentType)
        {
            return Error(
                StatusCodes.Status400BadRequest,
                "Post application/x-www-form-urlencoded (or multipart/form-data) fields, as GeoReport v2 specifies.");
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var hotline = await Open311Caller.HotlineAsync(http, db, form["api_key"], cancellationToken);
        if (hotline is null)
        {
            return Error(StatusCodes.Status403Forbidden, "api_key is missing, unknown or revoked.");
        }
        if (Category(form["service_code"].ToString()) is not { } category)
        {
            return Error(StatusCodes.Status400BadRequest, "service_code is missing or not one of services.json.");
        }
        var (attributes, formErrors) = Open311Attributes.Read(form);
        var location = Location(form, formErrors);
        var now = clock.GetUtcNow();
        // Open311 has no client reference: a given attribute[case_reference] is used, else the content itself, so a
        // client retrying the same post after a timeout finds its first request.
        var reference = attributes.TryGetValue(Open311Attributes.CaseReference, out var given)
            ? given
            : "o311-" + ContentDigest(form)[..32];
        var request = new CaseRequest(
            reference,
            "open311",
            now,
            "complaint",
            category.ToString(),
            new PartyRequest(
                $"{form["last_name"]}{form["first_name"]}".Trim() is { Length: > 0 } name ? name : null,
                Value(form, "phone"),
                Value(form, "address_string")),
            new RespondentRequest(
                attributes.GetValueOrDefault(Open311Attributes.RespondentName),
                attributes.GetValueOrDefault(Open311Attributes.RespondentCreditCode),
                null,
                attributes.GetValueOrDefault(Open311Attributes.RespondentRegion)),
            null,
            Value(form, "description"),
            attributes.TryGetValue(Open311Attributes.AmountInvolved, out var amount)
                ? decimal.Parse(amount, Open311Attributes.Number, CultureInfo.InvariantCulture)
                : null,
            Value(form, "media_url") is { } media ? [media] : null);
        // Every fault of the post in one answer: the form's own (attributes, location) and then the case's, each field once.
        if (!request.Validate(now).IsValid(out var intake, out var errors))
        {
            foreach (var field in errors.Fields)
            {
                var formField = Open311Vocabulary.Field(field);
                if (!formErrors.Any(e => e.StartsWith(formField + ":", StringComparison.Ordinal)))
                {
                    formErrors.Add($"{formField}: {string.Join(" ", errors[field])}");
                }
            }
        }
        if (formErrors.Count > 0 || intake is null)
        {
            return Results.Json(formErrors.Select(e => new Open311Error(StatusCodes.Status400BadRequest, e)),
                statusCode: StatusCodes.Status400BadRequest);
        }

        // The reference doubles as the digest: the same post is the same request.
        var (complaint, _) = await intakes.ReceiveAsync(intake with { Location = location }, hotline, reference, cancellationToken);
        return Results.Ok(new[] { new Open311Receipt(complaint.Id.ToString(), Open311Vocabulary.Notice(complaint), AccountId: null) });
    }

    internal static async Task<IResult> List(
        HttpContext http, ComplaintsDbContext db, TimeProvider clock,
        [FromQuery(Name = "api_key")] string? apiKey,
        [FromQuery(Name = "service_request_id")] string? ids,
        [FromQuery(Name = "service_code")] string? serviceCode,
        [FromQuery] string? status,
        [FromQuery(Name = "start_date")] DateTimeOffset? start,
        [FromQuery(Name = "end_date")] DateTimeOffset? end,
        CancellationToken cancellationToken)
    {
        var hotline = await Open311Caller.HotlineAsync(http, db, apiKey, cancellationToken);
        if (hotline is null)
        {
            return Error(StatusCodes.Status403Forbidden, "api_key is missing, unknown or revoked.");
        }
        var now = clock.GetUtcNow();
        var query = db.Cases.AsNoTracking().Where(c => c.HotlineClientId == hotline);
        if (!string.IsNullOrWhiteSpace(ids))
        {
            // The spec: a list of ids overrides every other filter.
            var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).ToList();
            query = query.Where(c => wanted.Contains(c.Id));
        }
        else
        {
            var errors = new RequestErrors();
            var window = DateRange.OfInstants(start, end, now, DefaultWindow, errors, "start_date", "end_date");
            if (errors.Any)
            {
                return Error(StatusCodes.Status400BadRequest, string.Join(" ", errors.ToDictionary().Values.SelectMany(e => e)));
            }
            query = query.Where(c => c.CreatedAt >= window.Start && c.CreatedAt <= window.End);
            if (serviceCode is not null)
            {
                var category = Category(serviceCode);
                query = query.Where(c => c.Category == category);
            }
            if (status is "open" or "closed")
            {
                var open = new[] { CaseStatus.Received, CaseStatus.Accepted, CaseStatus.InMediation };
                query = status == "open" ? query.Where(c => open.Contains(c.Status)) : query.Where(c => !open.Contains(c.Status));
            }
        }
        var cases = await query.OrderByDescending(c => c.CreatedAt).Take(1000).ToListAsync(cancellationToken);
        return Results.Ok(cases.Select(Open311Vocabulary.Request));
    }

    internal static async Task<IResult> Get(
        string id, HttpContext http, ComplaintsDbContext db, [FromQuery(Name = "api_key")] string? apiKey,
        CancellationToken cancellationToken)
    {
        var hotline = await Open311Caller.HotlineAsync(http, db, apiKey, cancellationToken);
        if (hotline is null)
        {
            return Error(StatusCodes.Status403Forbidden, "api_key is missing, unknown or revoked.");
        }
        var complaint = Guid.TryParse(id, out var caseId)
            ? await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == caseId && c.HotlineClientId == hotline, cancellationToken)
            : null;
        return complaint is null
            ? Error(StatusCodes.Status404NotFound, $"No request {id}.")
            : Results.Ok(new[] { Open311Vocabulary.Request(complaint) });
    }

    internal static async Task<IResult> Updates(
        HttpContext http, ComplaintsDbContext db, TimeProvider clock,
        [FromQuery(Name = "api_key")] string? apiKey,
        [FromQuery(Name = "start_date")] DateTimeOffset? start,
        [FromQuery(Name = "end_date")] DateTimeOffset? end,
        CancellationToken cancellationToken)
    {
        var hotline = await Open311Caller.HotlineAsync(http, db, apiKey, cancellationToken);
        if (hotline is null)
        {
            return Error(StatusCodes.Status403Forbidden, "api_key is missing, unknown or revoked.");
        }
        var errors = new RequestErrors();
        var window = DateRange.OfInstants(start, end, clock.GetUtcNow(), DefaultWindow, errors, "start_date", "end_date");
        if (errors.Any)
        {
            return Error(StatusCodes.Status400BadRequest, string.Join(" ", errors.ToDictionary().Values.SelectMany(e => e)));
        }
        // A case changed in the window has its last change in it or after it; its steps are then picked by their own times.
        // Cases are picked by their last change, not their steps' times, so a cut list could drop an earlier step for
        // good: a window with too many cases is refused whole instead, for the client to ask in shorter windows.
        var cases = await db.Cases.AsNoTracking()
            .Where(c => c.HotlineClientId == hotline && c.UpdatedAt >= window.Start && c.CreatedAt <= window.End)
            .OrderBy(c => c.UpdatedAt).Take(MaxUpdatedCases + 1).ToListAsync(cancellationToken);
        if (cases.Count > MaxUpdatedCases)
        {
            return Error(StatusCodes.Status400BadRequest,
                $"More than {MaxUpdatedCases} requests changed between start_date and end_date; ask for a shorter window.");
        }
        var updates = cases.SelectMany(c => Open311Vocabulary.Updates(c)
                .Zip(c.History, (update, step) => (Update: update, step.At))
                .Where(u => u.At >= window.Start && u.At <= window.End))
            .OrderBy(u => u.At).Select(u => u.Update);
        return Results.Ok(updates);
    }

    public static string Code(CaseCategory category) => JsonNamingCamel(category.ToString());

    /// <summary>The posted <c>lat</c> and <c>long</c>: both or neither, in degrees on the globe.</summary>
    private static GeoPoint? Location(IFormCollection form, List<string> errors)
    {
        var latitude = Value(form, "lat");
        var longitude = Value(form, "long");
        if (latitude is null && longitude is null)
        {
            return null;
        }
        var point = GeoPoint.Of(Degrees(latitude), Degrees(longitude));
        if (point is null)
        {
            errors.Add("lat/long: both, in decimal degrees (latitude -90 to 90, longitude -180 to 180).");
        }
        return point;
    }

    private static double? Degrees(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var degrees) && double.IsFinite(degrees)
            ? degrees
            : null;

    private static string? Value(IFormCollection form, string key) => form[key].ToString() is { Length: > 0 } value ? value : null;

    private static string JsonNamingCamel(string value) => char.ToLowerInvariant(value[0]) + value[1..];

    /// <summary>The category a service code names, or null.</summary>
    private static CaseCategory? Category(string? serviceCode) =>
        Enum.GetValues<CaseCategory>().Where(c => Code(c) == serviceCode).Select(c => (CaseCategory?)c).FirstOrDefault();

    /// <summary>The posted fields but the key, in a fixed order, hashed: the same post gives the same digest.</summary>
    private static string ContentDigest(IFormCollection form) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', form
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Where(f => f.Key != "api_key")
            .Select(f => $"{f.Key}={f.Value}")))));

    /// <summary>Declares the spec's error array for these statuses, so the document does not promise problem details.</summary>
    private static RouteHandlerBuilder Open311Errors(this RouteHandlerBuilder endpoint, params int[] statuses)
    {
        foreach (var status in statuses)
        {
            endpoint.Produces<Open311Error[]>(status);
        }
        return endpoint;
    }

    private static IResult Error(int status, string description) =>
        Results.Json(new[] { new Open311Error(status, description) }, statusCode: status);
}
