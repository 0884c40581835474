using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Security;
using PromoMonth.ServiceDefaults.Spreadsheets;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.Complaints.Apis;

/// <summary>Counts per unit and category for the ministry and the units, and a CSV export of the cases a caller may see.</summary>
public static class CaseCountsApi
{
    private const int ExportLimit = 50_000;

    public static IEndpointRouteBuilder MapCaseCountsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/complaints/counts", Counts).WithTags("Cases").WithName("CountCases")
            .WithSummary("Cases received, open and overdue per unit (\"triage\" for the ministry's queue) and category; "
                + "a unit sees its own")
            .RequireRead(Scopes.ComplaintsHandle);
        app.MapGet("/api/complaints/cases/export.csv", Export).WithTags("Cases").WithName("ExportCases")
            .WithSummary("The cases the caller may see as CSV (at most 50,000, oldest first); "
                + "complainants in full for handlers, masked for hotlines")
            .RequireAuthorization(CasesApi.CaseReaders)
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesValidationProblem();
        app.MapGet("/api/complaints/cases/export.xlsx", ExportWorkbook).WithTags("Cases").WithName("ExportCasesWorkbook")
            .WithSummary("The same cases as the CSV, as an XLSX sheet for handlers (overdue cases marked in colour)")
            .RequireAuthorization(CasesApi.CaseReaders)
            .Produces<Stream>(StatusCodes.Status200OK, XlsxWorkbook.ContentType).ProducesValidationProblem();
        return app;
    }

    internal static async Task<Results<Ok<List<CaseCountRow>>, ValidationProblem>> Counts(
        ClaimsPrincipal caller, ComplaintsDbContext db, TimeProvider clock, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var days = DateRange.OfDays(from, to, errors);
        if (errors.Any)
        {
            return errors.ToValidationProblem();
        }
        var now = clock.GetUtcNow();
        var rows = await CasesApi.Visible(caller, db.Cases.AsNoTracking()).ReceivedWithin(days)
            .GroupBy(c => new { c.ResponsibleRegion, c.Category })
            .Select(g => new
            {
                g.Key.ResponsibleRegion,
                g.Key.Category,
                Received = g.Count(),
                Open = g.Count(c =>
                    c.Status == CaseStatus.Received || c.Status == CaseStatus.Accepted || c.Status == CaseStatus.InMediation),
                Overdue = g.Count(c => c.Status == CaseStatus.Received && c.SuspendedSince == null && c.AcceptanceDueAt <= now),
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(rows
            .Select(r => new CaseCountRow(r.ResponsibleRegion ?? "triage", r.Category, r.Received, r.Open, r.Overdue))
            .OrderBy(r => r.RegionCode, StringComparer.Ordinal).ThenBy(r => r.Category).ToList());
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        ClaimsPrincipal caller, ComplaintsDbContext db, TimeProvider clock, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var (rows, errors) = await ExportRowsAsync(caller, db, clock, from, to, cancellationToken);
        if (rows is null)
        {
            return errors.ToValidationProblem();
        }
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new SpreadsheetCsvWriter(writer))
        {
            csv.WriteRecords(rows);
        }
        return TypedResults.File(buffer.ToArray(), "text/csv; charset=utf-8", "cases.csv");
    }

    internal static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportWorkbook(
        ClaimsPrincipal caller, ComplaintsDbContext db, TimeProvider clock, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var (rows, errors) = await ExportRowsAsync(caller, db, clock, from, to, cancellationToken);
        if (rows is null)
        {
            return errors.ToValidationProblem();
        }
        return TypedResults.File(await XlsxWorkbook.WriteAsync(CaseWorkbook.Sheets(rows, clock.GetUtcNow()), cancellationToken),
            XlsxWorkbook.ContentType, "cases.xlsx");
    }

    /// <summary>The rows both exports hold: the cases the caller may see, the complainant masked for a hotline.</summary>
    private static async Task<(List<CaseExportRow>? Rows, RequestErrors Errors)> ExportRowsAsync(
        ClaimsPrincipal caller, ComplaintsDbContext db, TimeProvider clock, DateOnly? from, DateOnly? to,
        CancellationToken cancellationToken)
    {
        var errors = new RequestErrors();
        var days = DateRange.OfDays(from, to, errors);
        if (errors.Any)
        {
            return (null, errors);
        }
        var now = clock.GetUtcNow();
        // Handlers (the responsible unit, the ministry) see the complainant; a hotline's export is masked like its lists.
        var masked = caller.ClientKind() == ClientKinds.Hotline;
        var cases = await CasesApi.Visible(caller, db.Cases.AsNoTracking()).ReceivedWithin(days)
            .OrderBy(c => c.ReceivedAt).ThenBy(c => c.Id).Take(ExportLimit).ToListAsync(cancellationToken);
        var duplicates = await VisibleDuplicates.OfAsync(caller, db, cases, cancellationToken);
        return ([.. cases.Select(c => CaseExportRow.Of(c, masked ? c.Complainant.Masked() : c.Complainant, now, duplicates))], errors);
    }
}
