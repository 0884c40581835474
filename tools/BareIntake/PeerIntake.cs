using System.Security.Claims;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace PromoMonth.BareIntake;

/// <summary>One durable intake: the case row and its outbox row, one transaction, one round trip.</summary>
internal static class PeerIntake
{
    private const string Insert = """
        INSERT INTO bench_intake_cases (id, hotline_client_id, hotline_reference, request_digest, channel, received_at,
          kind, category, complainant, respondent, description, amount_involved, attachment_links, responsible_region,
          routed_by, status, acceptance_due_at, calendar_covered, created_at, updated_at)
        VALUES ($1, $2, $3, '', $4, $5, $6, $7, $8, $9, $10, $11, '[]', $12, 'respondent_region', 'Received',
          $5 + interval '7 days', true, now(), now())
        """;

    private const string Outbox = """
        INSERT INTO bench_intake_outbox (id, message_type, body, created_at, attempts, next_attempt_at)
        VALUES ($1, 'ComplaintReceived', $2, now(), 0, now())
        """;

    public static async Task<IResult> PostAsync(PeerCase request, ClaimsPrincipal caller, NpgsqlDataSource database)
    {
        if (request is not { HotlineReference.Length: > 0, ReceivedAt: { } receivedAt, Kind.Length: > 0, Category.Length: > 0,
            Complainant.Name.Length: > 0, Respondent.Name.Length: > 0, Description.Length: > 0 })
        {
            return Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The case lacks required fields.");
        }
        var id = Guid.CreateVersion7();
        await using var batch = database.CreateBatch();
        var row = new NpgsqlBatchCommand(Insert);
        row.Parameters.Add(new() { Value = id });
        row.Parameters.Add(new() { Value = caller.FindFirstValue("client_id") ?? caller.FindFirstValue("sub") ?? "" });
        row.Parameters.Add(new() { Value = request.HotlineReference });
        row.Parameters.Add(new() { Value = request.Channel ?? "phone" });
        row.Parameters.Add(new() { Value = receivedAt });
        row.Parameters.Add(new() { Value = request.Kind });
        row.Parameters.Add(new() { Value = request.Category });
        row.Parameters.Add(Json(request.Complainant));
        row.Parameters.Add(Json(request.Respondent));
        row.Parameters.Add(new() { Value = request.Description });
        row.Parameters.Add(new() { Value = (object?)request.AmountInvolved ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Numeric });
        row.Parameters.Add(new() { Value = (object?)request.Respondent.RegionCode ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Char });
        var outbox = new NpgsqlBatchCommand(Outbox);
        outbox.Parameters.Add(new() { Value = Guid.CreateVersion7() });
        outbox.Parameters.Add(new() { Value = $$"""{"caseId":"{{id}}"}""", NpgsqlDbType = NpgsqlDbType.Jsonb });
        batch.BatchCommands.Add(row);
        batch.BatchCommands.Add(outbox);
        try
        {
            // No explicit transaction: PostgreSQL runs one batch as one implicit transaction, both rows or neither.
            await batch.ExecuteNonQueryAsync();
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return Results.Conflict();
        }
        return Results.Json(new PeerReceipt(id), IntakeJson.Default.PeerReceipt, statusCode: StatusCodes.Status201Created);
    }

    private static NpgsqlParameter Json(PeerParty? party) =>
        new() { Value = JsonSerializer.Serialize(party, IntakeJson.Default.PeerParty), NpgsqlDbType = NpgsqlDbType.Jsonb };
}
