using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PromoMonth.EndToEndTests;

/// <summary>Every route group × every client kind × both doors: the status each cell must answer.</summary>
[Collection(SystemCollection.Name)]
public sealed class AuthorizationMatrixTests(SystemFixture system)
{
    private const string OwnRegion = "310000";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static (AccessData Data, Dictionary<Caller, string?> Tokens)? _prepared;

    [Theory]
    [MemberData(nameof(AccessMatrix.Cells), MemberType = typeof(AccessMatrix))]
    public async Task Each_caller_gets_the_expected_status(string route, Caller caller, Door door, int row)
    {
        var (data, tokens) = await PrepareAsync();
        var cell = AccessMatrix.Rows[row];
        var token = caller == Caller.WrongAudience ? await WrongAudienceTokenAsync(cell.Service) : tokens[caller];
        var client = door == Door.Gateway ? system.Gateway : system.App.CreateHttpClient(cell.Service);

        using var response = await client.SendAsync(new HttpMethod(cell.Method), cell.Path(data), token, cell.Body(data));

        var answer = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
        Assert.True(cell.ExpectedFor(caller) == (int)response.StatusCode,
            $"{route} as {caller} via {door}: expected {cell.ExpectedFor(caller)}, got {answer}");
        if (response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound)
        {
            // Problem details, except where a standard fixes another shape: the phone page answers in HTML and
            // Open311 GeoReport v2 in its own error array.
            var path = cell.Path(data);
            var expected = path.StartsWith("/verify/", StringComparison.Ordinal) ? "text/html"
                : path.StartsWith("/open311/", StringComparison.Ordinal) ? "application/json"
                : "application/problem+json";
            Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        }
    }

    /// <summary>
    /// Every operation of every service's OpenAPI document has at least one row: a new endpoint without a row fails here,
    /// so nobody adds a route without saying who may call it.
    /// </summary>
    [Fact]
    public async Task Every_operation_of_every_service_has_a_row()
    {
        var missing = new List<string>();
        foreach (var service in AccessMatrix.Rows.Select(r => r.Service).Distinct())
        {
            using var direct = system.App.CreateHttpClient(service);
            var document = await direct.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                var template = Template(path.Name);
                var methods = path.Value.EnumerateObject()
                    .Select(o => o.Name.ToUpperInvariant())
                    .Where(m => m is "GET" or "POST" or "PUT" or "DELETE" or "PATCH");
                foreach (var method in methods)
                {
                    if (!AccessMatrix.Rows.Any(r => r.Method == method && template.IsMatch(r.Path(AccessData.Placeholder).Split('?')[0])))
                    {
                        missing.Add($"{service}: {method} {path.Name}");
                    }
                }
            }
        }
        Assert.True(missing.Count == 0,
            "Operations without a row in AccessMatrix.Rows:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public async Task Every_operation_declares_the_security_the_matrix_finds_and_the_token_endpoint_is_the_gateways()
    {
        var wrong = new List<string>();
        foreach (var service in AccessMatrix.Rows.Select(r => r.Service).Distinct())
        {
            using var direct = system.App.CreateHttpClient(service);
            var document = await direct.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
            var flow = document.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2")
                .GetProperty("flows").GetProperty("clientCredentials");
            // Read from the service itself, the document still names the gateway: the one address a partner reaches.
            Assert.Equal(new Uri(system.Gateway.BaseAddress!, "/connect/token").ToString(), flow.GetProperty("tokenUrl").GetString());
            Assert.Equal(system.Gateway.BaseAddress!.ToString().TrimEnd('/'),
                document.GetProperty("servers")[0].GetProperty("url").GetString());
            foreach (var path in document.GetProperty("paths").EnumerateObject())
            {
                var template = Template(path.Name);
                var operations = path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete" or "patch");
                foreach (var operation in operations)
                {
                    var row = AccessMatrix.Rows.First(r =>
                        string.Equals(r.Method, operation.Name, StringComparison.OrdinalIgnoreCase)
                        && template.IsMatch(r.Path(AccessData.Placeholder).Split('?')[0]));
                    var anonymous = row.ExpectedFor(Caller.Anonymous) != (int)HttpStatusCode.Unauthorized;
                    var requirements = operation.Value.TryGetProperty("security", out var security)
                        ? security.EnumerateArray().ToList()
                        : [];
                    var declaresAnonymous = requirements is [{ ValueKind: JsonValueKind.Object } only] && !only.EnumerateObject().Any();
                    var declaresToken = requirements.Any(r => r.TryGetProperty("oauth2", out _));
                    if (anonymous != declaresAnonymous || anonymous == declaresToken)
                    {
                        var who = anonymous ? "anonymous" : "token-only";
                        wrong.Add($"{service}: {operation.Name.ToUpperInvariant()} {path.Name} is {who} but declares {security}");
                    }
                }
            }
        }
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    /// <summary>The OpenAPI path template as a pattern that concrete paths match.</summary>
    private static Regex Template(string path) => new("^" + Regex.Replace(Regex.Escape(path), @"\\\{[^}]+}", "[^/]+") + "$");

    /// <summary>The own region names its contact and submits a report for a period of its own, due far ahead.</summary>
    private static async Task<string> ReportOfOwnRegionAsync(HttpClient gateway, string ministry, string ownRegion)
    {
        var period = $"matrix-{Guid.NewGuid():N}"[..30];
        using var opened = await gateway.SendAsync(HttpMethod.Post, "/api/statistics/periods", ministry, new
        {
            code = period,
            campaignCode = "2020",
            kind = "daily",
            name = "matrix",
            startsOn = "2020-09-09",
            endsOn = "2020-09-09",
            dueOn = "2099-01-01",
        });
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        using var contacts = await gateway.SendAsync(HttpMethod.Put, $"/api/statistics/units/{OwnRegion}/contacts", ownRegion, new
        {
            responsible = new { name = "王芳", title = "处长", phone = "021-23110000", email = "stats@sww.example.cn" },
        });
        Assert.Equal(HttpStatusCode.OK, contacts.StatusCode);
        using var report = await gateway.SendAsync(HttpMethod.Put, $"/api/statistics/reports/{period}/{OwnRegion}", ownRegion, new
        {
            values = new Dictionary<string, decimal>
            {
                ["activity_sessions"] = 3,
                ["participating_enterprises"] = 10,
                ["sales_driven"] = 1000,
            },
            submit = true,
        });
        Assert.Equal(HttpStatusCode.Created, report.StatusCode);
        return period;
    }

    /// <summary>
    /// A valid, unexpired token of the own-region unit that was issued for a service other than <paramref name="service"/>.
    /// </summary>
    private async Task<string> WrongAudienceTokenAsync(string service) =>
        await Tokens.ForAsync(system.Gateway, $"unit-{OwnRegion}", scope: service == "registry" ? "licensing" : "registry");

    private async Task<(AccessData, Dictionary<Caller, string?>)> PrepareAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _prepared ??= await CreateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<(AccessData, Dictionary<Caller, string?>)> CreateAsync()
    {
        var gateway = system.Gateway;
        var ministry = await Tokens.ForAsync(gateway, "ministry");

        // An enterprise of the own region, known to registry, licensing and complaints before any cell runs.
        var code = CreditCodes.Fresh(OwnRegion);
        using var created = await gateway.SendAsync(HttpMethod.Post, "/api/registry/enterprises", ministry,
            new { creditCode = code, name = "上海百联", regionCode = OwnRegion });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var ownRegion = await Tokens.ForAsync(gateway, $"unit-{OwnRegion}");
        using var draft = await gateway.SendAsync(HttpMethod.Post, "/api/registry/activities", ownRegion,
            Samples.OfflineActivity(OwnRegion, "310100"));
        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        using var release = await gateway.SendAsync(HttpMethod.Post, "/api/registry/catalog-releases", ministry, new { });
        Assert.Equal(HttpStatusCode.Created, release.StatusCode);
        // The mark's PNG artwork, as the mark test uploads it: logo.png answers 200 whichever test runs first.
        using (var artwork = new HttpRequestMessage(HttpMethod.Put, "/api/licensing/mark/logo").Authorized(ministry))
        {
            artwork.Content = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
            artwork.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
            using var uploaded = await gateway.SendAsync(artwork);
            Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        }
        var data = new AccessData(
            (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!,
            code,
            (await draft.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!,
            await ReportOfOwnRegionAsync(gateway, ministry, ownRegion));
        await WaitForStatusAsync(gateway, $"/api/licensing/enterprises/{code}", ministry, HttpStatusCode.OK);
        await WaitForStatusAsync(gateway, $"/api/complaints/respondents/{code}", ministry, HttpStatusCode.OK);

        var tokens = new Dictionary<Caller, string?>
        {
            [Caller.Ministry] = ministry,
            [Caller.OwnRegion] = await Tokens.ForAsync(gateway, $"unit-{OwnRegion}"),
            [Caller.OtherRegion] = await Tokens.ForAsync(gateway, "unit-110000"),
            [Caller.Hotline] = await Tokens.ForAsync(gateway, "hotline-12315"),
            [Caller.Broadcaster] = await Tokens.ForAsync(gateway, "broadcaster"),
            [Caller.Anonymous] = null,
            [Caller.Tampered] = Tamper(ministry),
            [Caller.Expired] = await ExpiredTokenAsync(gateway, ministry),
            [Caller.Disabled] = await DisabledClientTokenAsync(gateway, ministry),
        };
        return (data, tokens);
    }

    /// <summary>A ministry-kind client whose tokens live one second; its token is used once it has expired.</summary>
    private static async Task<string> ExpiredTokenAsync(HttpClient gateway, string ministry)
    {
        var client = await ClientAdministration.CreateAsync(gateway, ministry, "ministry", regionCode: null,
            ["registry", "licensing", "statistics", "complaints.handle"], lifetimeSeconds: 1);
        var token = (await Tokens.RequestAsync(gateway, client.ClientId, client.Secret)).AccessToken!;
        await WaitForStatusAsync(gateway, "/api/statistics/reporting-units", token, HttpStatusCode.Unauthorized);
        return token;
    }

    /// <summary>A disabled client gets no token at all; its calls carry none.</summary>
    private static async Task<string?> DisabledClientTokenAsync(HttpClient gateway, string ministry)
    {
        var client = await ClientAdministration.CreateAsync(gateway, ministry, "reportingUnit", OwnRegion, ["registry"]);
        using var disabled = await gateway.SendAsync(
            HttpMethod.Post, $"/api/identity/clients/{client.ClientId}/disable", ministry);
        Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);
        var answer = await Tokens.RequestAsync(gateway, client.ClientId, client.Secret);
        Assert.Null(answer.AccessToken);
        Assert.Equal("invalid_client", answer.Error);
        return answer.AccessToken;
    }

    /// <summary>Changes one character in the middle of the signature: same header and claims, signature no longer valid.</summary>
    private static string Tamper(string token)
    {
        var at = token.LastIndexOf('.') + 10;
        return token[..at] + (token[at] == 'A' ? 'B' : 'A') + token[(at + 1)..];
    }

    private static async Task WaitForStatusAsync(HttpClient gateway, string path, string token, HttpStatusCode expected) =>
        await Eventually.HoldsAsync(
            async () =>
            {
                using var response = await gateway.SendAsync(HttpMethod.Get, path, token);
                return response.StatusCode;
            },
            status => status == expected,
            $"GET {path} to answer {(int)expected}");
}
