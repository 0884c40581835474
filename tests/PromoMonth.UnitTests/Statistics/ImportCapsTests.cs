using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PromoMonth.Statistics.Apis;
using PromoMonth.Statistics.Importing;

namespace PromoMonth.UnitTests.Statistics;

public sealed class ImportCapsTests
{
    private const string CsvHeader = "period,orgUnit,dataElement,city,enterprise,value,comment\n";
    private const string CsvRow = "2020-daily-0909,310000,sales_driven,,,1,\n";
    private const string JsonRow = """{ "dataElement": "sales_driven", "value": "1" },""";

    [Fact]
    public async Task An_endless_csv_stops_at_the_row_cap_without_reading_on()
    {
        await using var body = new EndlessStream(CsvHeader, CsvRow);

        var refused = await Assert.ThrowsAsync<ImportTooLargeException>(() => ImportParsers.ReadCsvAsync(body, 1_000, default));

        Assert.Contains("1000 values", refused.Message, StringComparison.Ordinal);
        Assert.InRange(body.Position, 1_000 * CsvRow.Length, 1_000 * CsvRow.Length + 1024 * 1024);
    }

    [Fact]
    public async Task An_endless_data_value_set_stops_at_the_row_cap_without_reading_on()
    {
        await using var body = new EndlessStream("""{ "period": "2020-daily-0909", "orgUnit": "310000", "dataValues": [""", JsonRow);

        await Assert.ThrowsAsync<ImportTooLargeException>(() => ImportParsers.ReadDataValueSetsAsync(body, 1_000, default));

        Assert.InRange(body.Position, 1_000 * JsonRow.Length, 1_000 * JsonRow.Length + 1024 * 1024);
    }

    [Fact]
    public async Task A_data_value_set_read_a_few_bytes_at_a_time_gives_the_same_rows_whatever_the_order_of_its_members()
    {
        var longComment = new string('长', 100_000);
        var document = $$"""
            { "dataValues": [
                { "dataElement": "activity_sessions", "value": 12, "extra": { "nested": [1, 2, {"x": "y"}] } },
                7,
                { "dataElement": "sales_driven", "value": "99.5", "orgUnit": "320000", "comment": "{{longComment}}" },
                { "dataElement": "sales_driven", "value": false, "city": "310104" }
              ],
              "completeDate": { "when": ["2020-09-10"] },
              "period": "2020-daily-0909", "orgUnit": "310000" }
            """;
        await using var body = new TrickleStream(Encoding.UTF8.GetBytes("\uFEFF" + document));

        var (rows, error) = await ImportParsers.ReadDataValueSetsAsync(body, 10, default);

        Assert.Null(error);
        Assert.Equal(new ImportRow(1, "2020-daily-0909", "310000", "activity_sessions", null, null, "12", null), rows[0]);
        Assert.Equal(new ImportRow(2, "2020-daily-0909", "310000", null, null, null, null, null), rows[1]);
        Assert.Equal(("320000", "99.5", longComment), (rows[2].OrgUnit, rows[2].Value, rows[2].Comment));
        Assert.Equal(("310104", "<False>"), (rows[3].City, rows[3].Value));
        Assert.Equal(4, rows.Count);
    }

    [Theory]
    [InlineData("""{ "dataValues": [ { "value": "1" } ]""", "JSON")]
    [InlineData("""{ "dataValues": [ { "value": "1" ] }""", "not JSON")]
    [InlineData("""{ "dataValues": 5 }""", "dataValues")]
    [InlineData("{}", "dataValues")]
    public async Task A_broken_or_wrong_document_is_refused_with_a_reason(string document, string reason)
    {
        await using var body = new TrickleStream(Encoding.UTF8.GetBytes(document));

        var (_, error) = await ImportParsers.ReadDataValueSetsAsync(body, 10, default);

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_capped_body_delivers_its_cap_and_refuses_the_byte_after()
    {
        await using var exact = new CappedStream(new MemoryStream(new byte[1000]), 1000);
        await using var over = new CappedStream(new MemoryStream(new byte[1001]), 1000);

        Assert.Equal(1000, (await new StreamReader(exact).ReadToEndAsync()).Length);
        await Assert.ThrowsAsync<ImportTooLargeException>(() => new StreamReader(over).ReadToEndAsync());
    }

    [Theory]
    [InlineData("text/csv", 11, null, true)]
    [InlineData("application/json", 11, null, false)]
    [InlineData("text/csv", 3, 100_000L, true)]
    [InlineData("text/csv", 2_000, null, true)]
    public async Task An_import_past_a_cap_answers_413_before_anything_is_imported(
        string contentType, int rows, long? declaredLength, bool csv)
    {
        var text = csv ? CsvHeader + string.Concat(Enumerable.Repeat(CsvRow, rows))
            : """{ "dataValues": [""" + string.Join(',', Enumerable.Repeat(JsonRow.TrimEnd(','), rows)) + "] }";
        var context = new DefaultHttpContext();
        context.Request.ContentType = contentType;
        context.Request.ContentLength = declaredLength;
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var limits = Options.Create(new ImportLimits { MaxRows = rows >= 2_000 ? 5_000 : 10, MaxBytes = rows >= 2_000 ? 50_000 : 10_000 });

        // No importer and no cache: a refused file must never reach either.
        var answer = await ImportsApi.Import(context.Request, new ClaimsPrincipal(), null!, null!, limits, default);

        var problem = Assert.IsType<ProblemHttpResult>(answer.Result);
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, problem.StatusCode);
        Assert.Contains("at most", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_lists_the_first_rejected_rows_and_counts_them_all()
    {
        var rejected = Enumerable.Range(1, 250).Select(i => new RejectedRow(i, "p", "310000", "sales_driven", "not a number")).ToList();

        var problem = ImportsApi.Refused(rejected, 300, 100);

        Assert.Equal(StatusCodes.Status422UnprocessableEntity, problem.StatusCode);
        Assert.Equal(250, problem.ProblemDetails.Extensions["rejectedCount"]);
        var listed = Assert.IsAssignableFrom<IReadOnlyList<RejectedRow>>(problem.ProblemDetails.Extensions["rejectedRows"]);
        Assert.Equal(Enumerable.Range(1, 100), listed.Select(r => r.Row));
        Assert.StartsWith("250 of 300 rows", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }

    /// <summary>A body that never ends: its head, then the same row for ever.</summary>
    private sealed class EndlessStream(string head, string row) : Stream
    {
        private readonly byte[] head = Encoding.UTF8.GetBytes(head);
        private readonly byte[] row = Encoding.UTF8.GetBytes(row);
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            for (var i = 0; i < count; i++, position++)
            {
                buffer[offset + i] = position < head.Length ? head[position] : row[(position - head.Length) % row.Length];
            }
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A body that arrives 1 to 7 bytes at a time, so every token is cut somewhere.</summary>
    private sealed class TrickleStream(byte[] content) : MemoryStream(content)
    {
        private int next;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, next++ % 7 + 1));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, next++ % 7 + 1)], cancellationToken);
    }
}
