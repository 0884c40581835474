namespace PromoMonth.EndToEndTests;

/// <summary>Who calls: every kind of client, and every way a token can be wrong.</summary>
public enum Caller
{
    Ministry,
    OwnRegion,
    OtherRegion,
    Hotline,
    Broadcaster,
    Anonymous,
    Expired,
    WrongAudience,
    Tampered,
    Disabled,
}

/// <summary>Through the gateway, or straight to the service (bypassing the gateway): both must refuse the same way.</summary>
public enum Door
{
    Gateway,
    Direct,
}

/// <summary>One route and the status each caller must get. The expected statuses are in <see cref="Caller"/> order.</summary>
public sealed record AccessRow(
    string Service, string Method, Func<AccessData, string> Path, Func<AccessData, object?> Body, string Expected)
{
    public int ExpectedFor(Caller caller)
    {
        var statuses = Expected.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return int.Parse(statuses[(int)caller], System.Globalization.CultureInfo.InvariantCulture);
    }
}

public static class AccessMatrix
{
    private static readonly Func<AccessData, object?> NoBody = _ => null;

    /// <summary>Adding a route to the matrix is one row here. OwnRegion is unit-310000; the records belong to 310000.</summary>
    public static readonly AccessRow[] Rows =
    [
        // Each row: service, method, path, body; then the status each caller gets, in Caller order:
        //   Min Own Oth Hot Brd Ano Exp Aud Tmp Dis
        new("registry", "POST", _ => "/api/registry/enterprises", d => d.NewEnterprise(),
            "201 201 403 403 403 401 401 403 401 401"),
        new("registry", "GET", d => $"/api/registry/enterprises/{d.EnterpriseId}", NoBody,
            "200 200 404 403 200 401 401 403 401 401"),
        new("registry", "GET", _ => "/api/registry/enterprises", NoBody,
            "200 200 200 403 200 401 401 403 401 401"),
        new("registry", "GET", _ => "/api/registry/campaigns", NoBody,
            "200 200 200 403 200 401 401 403 401 401"),
        new("registry", "POST", _ => "/api/registry/activities", d => d.NewActivity(),
            "201 201 403 403 403 401 401 403 401 401"),
        new("registry", "GET", d => $"/api/registry/activities/{d.ActivityId}", NoBody,
            "200 200 404 403 200 401 401 403 401 401"),
        new("registry", "PUT", d => $"/api/registry/activities/{d.ActivityId}", d => d.NewActivity(),
            "200 200 404 403 403 401 401 403 401 401"),
        new("registry", "POST", d => $"/api/registry/activities/{d.ActivityId}/approve", NoBody,
            "409 403 403 403 403 401 401 403 401 401"),
        new("registry", "GET", _ => "/api/registry/catalog-releases", NoBody,
            "200 200 200 403 200 401 401 403 401 401"),
        new("registry", "POST", _ => "/api/registry/catalog-releases", _ => new { },
            "201 403 403 403 403 401 401 403 401 401"),
        new("registry", "GET", _ => "/api/registry/launch/linkups", NoBody,
            "200 200 200 403 200 401 401 403 401 401"),
        new("registry", "GET", _ => "/api/catalog/activities", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("registry", "GET", _ => "/api/catalog/launch", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("licensing", "GET", d => $"/api/licensing/enterprises/{d.CreditCode}", NoBody,
            "200 200 404 403 403 401 401 403 401 401"),
        new("licensing", "POST", _ => "/api/licensing/licenses", _ => new { licenseeKind = "activity", licenseeId = Guid.NewGuid() },
            "422 422 422 403 403 401 401 403 401 401"),
        new("licensing", "GET", _ => "/api/licensing/licenses", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("licensing", "GET", _ => "/api/verify/CPM2020-310000-99999", NoBody,
            "404 404 404 404 404 404 404 404 404 404"),
        new("licensing", "GET", _ => "/api/verify/mark", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("licensing", "GET", _ => "/api/licensing/mark/logo.svg", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("licensing", "GET", _ => "/api/licensing/licenses/export.csv", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("licensing", "GET", _ => "/api/licensing/licenses/export.xlsx", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("complaints", "GET", d => $"/api/complaints/respondents/{d.CreditCode}", NoBody,
            "200 200 404 403 403 401 401 403 401 401"),
        new("complaints", "POST", _ => "/api/complaints/cases", _ => Samples.Case(),
            "201 403 403 201 403 401 401 403 401 401"),
        new("complaints", "GET", _ => "/api/complaints/cases", NoBody,
            "200 200 200 200 403 401 401 403 401 401"),
        new("complaints", "GET", _ => "/api/complaints/counts", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("complaints", "GET", _ => "/api/complaints/cases/export.csv", NoBody,
            "200 200 200 200 403 401 401 403 401 401"),
        new("complaints", "GET", _ => "/api/complaints/cases/export.xlsx", NoBody,
            "200 200 200 200 403 401 401 403 401 401"),
        new("complaints", "POST", _ => "/api/complaints/open311-keys", _ => new { hotlineClientId = "hotline-12315" },
            "201 403 403 403 403 401 401 403 401 401"),
        new("complaints", "GET", _ => "/open311/v2/services.json", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("statistics", "GET", _ => "/api/statistics/reporting-units", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/complaint-counts", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/forms/2020", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "PUT", _ => "/api/statistics/forms/2020", _ => new { },
            "422 403 403 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/periods", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "POST", _ => "/api/statistics/periods", _ => new { },
            "422 403 403 403 403 401 401 403 401 401"),
        new("statistics", "PUT", d => $"/api/statistics/periods/{d.Period}/grace", _ => new { graceWorkingDays = -1 },
            "422 403 403 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/units/310000/contacts", NoBody,
            "200 200 404 403 403 401 401 403 401 401"),
        new("statistics", "PUT", _ => "/api/statistics/units/310000/contacts", _ => new { },
            "422 422 403 403 403 401 401 403 401 401"),
        new("statistics", "GET", d => $"/api/statistics/reports/{d.Period}/310000", NoBody,
            "200 200 404 403 403 401 401 403 401 401"),
        new("statistics", "PUT", d => $"/api/statistics/reports/{d.Period}/310000", _ => new { values = new { bogus = 1 }, submit = true },
            "422 422 403 403 403 401 401 403 401 401"),
        new("statistics", "GET", d => $"/api/statistics/reports/{d.Period}/310000/revisions", NoBody,
            "200 200 404 403 403 401 401 403 401 401"),
        new("statistics", "POST", d => $"/api/statistics/reports/{d.Period}/310000/corrections",
            _ => new { reason = "revised city figures" },
            "409 409 403 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/corrections", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "POST", _ => $"/api/statistics/corrections/{Guid.Empty}/approve", _ => new { },
            "404 403 403 403 403 401 401 403 401 401"),
        new("statistics", "POST", _ => "/api/statistics/imports", _ => new { },
            "422 422 422 403 403 401 401 403 401 401"),
        new("statistics", "GET", d => $"/api/statistics/rollups/{d.Period}", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/rollups/campaigns/2020/daily", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "GET", d => $"/api/statistics/periods/{d.Period}/completeness", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/campaigns/2020/completeness", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/outliers", NoBody,
            "200 403 403 403 403 401 401 403 401 401"),
        new("statistics", "GET", d => $"/api/statistics/cross-checks/{d.Period}", NoBody,
            "200 403 403 403 403 401 401 403 401 401"),
        new("statistics", "PUT", _ => "/api/statistics/summaries/2020/310000", _ => new { },
            "422 422 403 403 403 401 401 403 401 401"),
        new("statistics", "GET", _ => "/api/statistics/summaries/2020/310000", NoBody,
            "404 404 404 403 403 401 401 403 401 401"),
        new("identity", "GET", _ => "/api/identity/clients", NoBody,
            "200 403 403 403 403 401 401 403 401 401"),
        new("identity", "POST", _ => "/api/identity/clients/unit-650000/disable", NoBody,
            "200 403 403 403 403 401 401 403 401 401"),
        new("registry", "GET", _ => "/api/catalog/activities.csv", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("registry", "GET", d => $"/api/catalog/activities/{d.ActivityId}", NoBody,
            "404 404 404 404 404 404 404 404 404 404"),
        new("registry", "GET", _ => "/api/catalog/releases", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("registry", "GET", _ => "/api/catalog/releases/1/activities", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("registry", "GET", _ => "/api/catalog/releases/1/activities.csv", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("registry", "GET", _ => "/api/registry/activities", NoBody,
            "200 200 200 403 200 401 401 403 401 401"),
        new("registry", "GET", _ => $"/api/registry/campaigns/{Guid.Empty}", NoBody,
            "404 404 404 403 404 401 401 403 401 401"),
        new("registry", "GET", d => $"/api/registry/enterprises/{d.EnterpriseId}/commitment/document", NoBody,
            "404 404 404 403 404 401 401 403 401 401"),
        new("registry", "POST", _ => $"/api/registry/activities/{Guid.Empty}/submit", NoBody,
            "404 404 404 403 403 401 401 403 401 401"),
        new("registry", "POST", _ => $"/api/registry/activities/{Guid.Empty}/return", _ => new { reason = "补充材料" },
            "404 403 403 403 403 401 401 403 401 401"),
        new("registry", "POST", _ => $"/api/registry/activities/{Guid.Empty}/cancel", _ => new { reason = "场地取消" },
            "404 404 404 403 403 401 401 403 401 401"),
        new("registry", "POST", _ => $"/api/registry/activities/{Guid.Empty}/postpone", _ => new { reason = "天气" },
            "422 422 422 403 403 401 401 403 401 401"),
        new("registry", "POST", _ => $"/api/registry/activities/{Guid.Empty}/complete", NoBody,
            "404 404 404 403 403 401 401 403 401 401"),
        new("registry", "POST", _ => "/api/registry/campaigns", _ => new { },
            "422 403 403 403 403 401 401 403 401 401"),
        new("registry", "POST", _ => $"/api/registry/enterprises/{Guid.Empty}/commitment", _ => new { },
            "404 404 404 403 403 401 401 403 401 401"),
        new("registry", "PUT", _ => $"/api/registry/enterprises/{Guid.Empty}/commitment/document", _ => new { },
            "415 415 415 403 415 401 401 403 401 401"),
        new("registry", "POST", _ => "/api/registry/launch/linkups", _ => new { },
            "422 403 403 403 403 401 401 403 401 401"),
        new("registry", "POST", _ => $"/api/registry/launch/linkups/{Guid.Empty}/readiness", _ => new { },
            "404 404 404 403 403 401 401 403 401 401"),
        new("registry", "PUT", _ => $"/api/registry/launch/linkups/{Guid.Empty}/liaison", _ => new { },
            "404 404 404 403 403 401 401 403 401 401"),
        new("licensing", "GET", _ => "/api/licensing/mark", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("licensing", "GET", _ => "/api/licensing/mark/logo.png", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("licensing", "PUT", _ => "/api/licensing/mark/logo", _ => new { },
            "415 415 415 403 403 401 401 403 401 401"),
        new("licensing", "PUT", _ => "/api/licensing/mark/rules", _ => new { },
            "422 403 403 403 403 401 401 403 401 401"),
        new("licensing", "POST", _ => $"/api/licensing/licenses/{Guid.Empty}/suspend", _ => new { reason = "复核" },
            "404 404 404 403 403 401 401 403 401 401"),
        new("licensing", "POST", _ => $"/api/licensing/licenses/{Guid.Empty}/revoke", _ => new { reason = "复核" },
            "404 403 403 403 403 401 401 403 401 401"),
        new("licensing", "POST", _ => $"/api/licensing/licenses/{Guid.Empty}/reinstate", _ => new { reason = "复核" },
            "404 403 403 403 403 401 401 403 401 401"),
        new("licensing", "GET", _ => "/api/verify/CPM2020-310000-99999/qr.png", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("licensing", "GET", _ => "/api/verify/CPM2020-310000-99999/qr.svg", NoBody,
            "200 200 200 200 200 200 200 200 200 200"),
        new("licensing", "GET", _ => "/verify/CPM2020-310000-99999", NoBody,
            "404 404 404 404 404 404 404 404 404 404"),
        new("complaints", "POST", _ => $"/api/complaints/cases/{Guid.Empty}/accept", NoBody,
            "404 404 404 403 403 401 401 403 401 401"),
        new("complaints", "POST", _ => $"/api/complaints/cases/{Guid.Empty}/reject", _ => new { ground = "outsideRemit" },
            "404 404 404 403 403 401 401 403 401 401"),
        new("complaints", "POST", _ => $"/api/complaints/cases/{Guid.Empty}/resolve", _ => new { text = "调解成功" },
            "404 404 404 403 403 401 401 403 401 401"),
        new("complaints", "POST", _ => $"/api/complaints/cases/{Guid.Empty}/transfer", _ => new { toRegion = "320000", reason = "管辖" },
            "404 404 404 403 403 401 401 403 401 401"),
        new("complaints", "POST", _ => $"/api/complaints/cases/{Guid.Empty}/findings",
            _ => new { kind = "counterfeit", summary = "假冒" },
            "404 404 404 403 403 401 401 403 401 401"),
        new("complaints", "POST", _ => $"/api/complaints/open311-keys/{Guid.Empty}/revoke", NoBody,
            "404 403 403 403 403 401 401 403 401 401"),
        new("complaints", "GET", _ => "/open311/v2/requests.json", NoBody,
            "200 403 403 200 403 403 403 403 403 403"),
        new("complaints", "GET", _ => $"/open311/v2/requests/{Guid.Empty}.json", NoBody,
            "404 403 403 404 403 403 403 403 403 403"),
        new("complaints", "POST", _ => "/open311/v2/requests.json", _ => new { },
            "400 400 400 400 400 400 400 400 400 400"),
        new("statistics", "GET", _ => "/api/statistics/forms/2020/versions/1", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "GET", d => $"/api/statistics/periods/{d.Period}", NoBody,
            "200 200 200 403 403 401 401 403 401 401"),
        new("statistics", "POST", _ => $"/api/statistics/corrections/{Guid.Empty}/reject", _ => new { },
            "404 403 403 403 403 401 401 403 401 401"),
        new("identity", "GET", _ => "/api/identity/clients/unit-310000", NoBody,
            "200 403 403 403 403 401 401 403 401 401"),
        new("identity", "POST", _ => "/api/identity/clients", _ => new { },
            "422 403 403 403 403 401 401 403 401 401"),
        new("identity", "POST", _ => "/api/identity/clients/no-such-client/enable", NoBody,
            "404 403 403 403 403 401 401 403 401 401"),
        new("identity", "POST", _ => "/api/identity/clients/no-such-client/rotate-secret", NoBody,
            "404 403 403 403 403 401 401 403 401 401"),
    ];

    public static IEnumerable<object[]> Cells() =>
        from row in Enumerable.Range(0, Rows.Length)
        from caller in Enum.GetValues<Caller>()
        from door in Enum.GetValues<Door>()
        select new object[] { $"{Rows[row].Method} {Rows[row].Path(AccessData.Placeholder)}", caller, door, row };
}

/// <summary>
/// Records the matrix reads: an enterprise of region 310000 that every service already knows, and 310000's report
/// for a period.
/// </summary>
public sealed record AccessData(string EnterpriseId, string CreditCode, string ActivityId, string Period)
{
    public static readonly AccessData Placeholder = new("{id}", "{creditCode}", "{activityId}", "{period}");

    public object NewEnterprise() => new { creditCode = CreditCodes.Fresh("310000"), name = "上海第一百货", regionCode = "310000" };

    public object NewActivity() => Samples.OfflineActivity("310000", "310100");
}
