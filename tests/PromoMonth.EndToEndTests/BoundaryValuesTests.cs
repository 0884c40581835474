using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests;

/// <summary>
/// The boundary values an outside review found answering 500 through the gateway: the largest page on every list
/// route, the smallest and largest dates on every date range, and an OpenID Connect scope at the token endpoint.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class BoundaryValuesTests(SystemFixture system)
{
    private static readonly (string Query, string? Field)[] Pagings =
    [
        ("page=2147483647", "page"), ("page=0", "page"), ("page=-1", "page"),
        ("pageSize=0", "pageSize"), ("pageSize=2147483647", "pageSize"),
        ("page=2147483647&pageSize=1", null), ("page=42949672&pageSize=50", null),
    ];

    private static readonly string[] DateRoutes =
        ["/api/complaints/counts", "/api/complaints/cases/export.csv", "/api/statistics/complaint-counts"];

    private static readonly string[] DayRanges =
        ["from=0001-01-01", "to=0001-01-01", "from=0001-01-01&to=9999-12-31", "from=9999-12-31", "to=9999-12-31"];

    private static readonly string[] Open311Windows =
    [
        "end_date=0001-01-01", "end_date=0001-01-01T00:00:00Z", "start_date=0001-01-01T00:00:00Z&end_date=0001-01-02T00:00:00Z",
        "end_date=9999-12-31T23:59:59Z", "start_date=9999-12-31T00:00:00Z&end_date=9999-12-31T23:59:59Z",
    ];

    private static readonly string[] ListRoutes =
    [
        "/api/registry/activities", "/api/registry/enterprises", "/api/licensing/licenses", "/api/complaints/cases",
        "/api/identity/clients",
    ];

    [Fact]
    public async Task A_paging_value_that_is_not_a_32_bit_integer_is_a_400_problem_on_every_list_route()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var answers = new List<string>();
        foreach (var route in ListRoutes)
        {
            foreach (var query in new[] { "page=abc", "pageSize=1.5", "page=2147483648", "pageSize=-9223372036854775808", "page=" })
            {
                using var answer = await system.Gateway.SendAsync(HttpMethod.Get, $"{route}?{query}", ministry);
                if (answer.StatusCode != HttpStatusCode.BadRequest
                    || answer.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    answers.Add($"{route}?{query}: {(int)answer.StatusCode} {answer.Content.Headers.ContentType?.MediaType}");
                }
            }
        }
        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
    }

    [Fact]
    public async Task Paging_past_a_32_bit_offset_or_out_of_bounds_is_a_400_naming_the_field_on_every_list_route()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var answers = new List<string>();
        foreach (var route in ListRoutes)
        {
            foreach (var (query, field) in Pagings)
            {
                using var answer = await system.Gateway.SendAsync(HttpMethod.Get, $"{route}?{query}", ministry);
                var body = await answer.Content.ReadAsStringAsync();
                var expected = field is null ? HttpStatusCode.OK : HttpStatusCode.BadRequest;
                var named = field is null || (answer.Content.Headers.ContentType?.MediaType == "application/problem+json"
                    && JsonDocument.Parse(body).RootElement.GetProperty("errors").TryGetProperty(field, out _));
                if (answer.StatusCode != expected || !named)
                {
                    answers.Add($"{route}?{query}: {(int)answer.StatusCode} {body[..Math.Min(body.Length, 200)]}");
                }
            }
        }
        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
    }

    [Fact]
    public async Task The_smallest_and_largest_dates_are_open_ends_of_a_range_and_a_reversed_range_is_a_400()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var answers = new List<string>();
        foreach (var route in DateRoutes)
        {
            foreach (var query in DayRanges)
            {
                using var answer = await system.Gateway.SendAsync(HttpMethod.Get, $"{route}?{query}", ministry);
                if (answer.StatusCode != HttpStatusCode.OK)
                {
                    answers.Add($"{route}?{query}: {(int)answer.StatusCode}");
                }
            }
            using var reversed = await system.Gateway.SendAsync(HttpMethod.Get, $"{route}?from=2020-10-08&to=2020-09-09", ministry);
            var problem = reversed.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (reversed.StatusCode != HttpStatusCode.BadRequest || !problem)
            {
                answers.Add($"{route} reversed: {(int)reversed.StatusCode}");
            }
        }
        foreach (var query in Open311Windows)
        {
            using var answer = await system.Gateway.SendAsync(HttpMethod.Get, $"/open311/v2/requests.json?{query}", hotline);
            var body = await answer.Content.ReadFromJsonAsync<JsonElement>();
            if (answer.StatusCode != HttpStatusCode.OK || body.ValueKind != JsonValueKind.Array)
            {
                answers.Add($"open311 ?{query}: {(int)answer.StatusCode}");
            }
        }
        const string reversedWindow = "/open311/v2/requests.json?start_date=2020-10-08T00:00:00Z&end_date=2020-09-09T00:00:00Z";
        using (var reversed = await system.Gateway.SendAsync(HttpMethod.Get, reversedWindow, hotline))
        {
            var body = await reversed.Content.ReadFromJsonAsync<JsonElement>();
            var specShape = body.ValueKind == JsonValueKind.Array && body[0].GetProperty("code").GetInt32() == 400;
            if (reversed.StatusCode != HttpStatusCode.BadRequest || !specShape)
            {
                answers.Add($"open311 reversed: {(int)reversed.StatusCode} {body}");
            }
        }
        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
    }

    [Fact]
    public async Task Text_with_a_NUL_character_is_a_400_wherever_it_comes_in()
    {
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var answers = new List<string>();
        foreach (var route in new[] { "/api/licensing/licenses?regionCode=31%000000", "/api/registry/enterprises?creditCode=%00",
                     "/api/statistics/complaint-counts?regionCode=%00", "/api/complaints/cases?regionCode=%00" })
        {
            using var answer = await system.Gateway.SendAsync(HttpMethod.Get, route, ministry);
            var problem = answer.Content.Headers.ContentType?.MediaType == "application/problem+json";
            if (answer.StatusCode != HttpStatusCode.BadRequest || !problem)
            {
                answers.Add($"{route}: {(int)answer.StatusCode}");
            }
        }
        Assert.True(answers.Count == 0, string.Join(Environment.NewLine, answers));
    }

    [Theory]
    [InlineData("openid")]
    [InlineData("registry openid")]
    [InlineData("no-such-scope")]
    public async Task A_scope_that_opens_no_service_is_an_invalid_scope_400(string scope)
    {
        var answer = await Tokens.RequestAsync(system.Gateway, "ministry", scope: scope);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_scope"), (answer.Status, answer.Error));
        Assert.Null(answer.AccessToken);
    }
}
