using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PromoMonth.EndToEndTests.Spreadsheets;

namespace PromoMonth.EndToEndTests;

/// <summary>Partner text that starts like a formula reaches an export as text: a leading quote (CSV: the field quoted too).</summary>
[Collection(SystemCollection.Name)]
public sealed class FormulaInjectionTests(SystemFixture system)
{
    [Fact]
    public async Task A_complainant_named_like_a_formula_is_exported_neutralised_and_the_amount_stays_a_number()
    {
        var hotline = await Tokens.ForAsync(system.Gateway, "hotline-12315");
        var ministry = await Tokens.ForAsync(system.Gateway, "ministry");
        var marker = Guid.NewGuid().ToString("N")[..8];
        var complainant = $"=HYPERLINK(\"http://evil.example/{marker}\",\"点我\")";
        var respondent = $"@SUM(1+1)*{marker}";

        using (var posted = await system.Gateway.SendAsync(HttpMethod.Post, "/api/complaints/cases", hotline, new
        {
            hotlineReference = $"fx-{marker}",
            channel = "web",
            receivedAt = DateTimeOffset.UtcNow.AddMinutes(-5),
            kind = "complaint",
            category = "price",
            complainant = new { name = complainant, phone = "13700001111", address = "上海市静安区某路7号" },
            respondent = new { name = respondent, address = "上海市某路8号", regionCode = "310000" },
            description = "价格欺诈。",
            amountInvolved = 12.50m,
        }))
        {
            Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
            // The case itself keeps the text as it came: only spreadsheets get the quote.
            var body = await posted.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(complainant, body.GetProperty("complainant").GetProperty("name").GetString());
        }

        using var export = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases/export.csv", ministry);
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var line = (await export.Content.ReadAsStringAsync()).Split('\n').Single(l => l.Contains(marker, StringComparison.Ordinal));
        var quotedComplainant = "\"'" + complainant.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        Assert.Contains("," + quotedComplainant + ",", line, StringComparison.Ordinal);
        Assert.Contains(",\"'" + respondent + "\",", line, StringComparison.Ordinal);
        Assert.DoesNotContain(",=HYPERLINK", line, StringComparison.Ordinal);
        Assert.Contains(",12.5", line, StringComparison.Ordinal);
        Assert.DoesNotContain("'12.5", line, StringComparison.Ordinal);

        // The workbook the same: text cells carry the quote, the amount is a numeric cell in yuan.
        using var workbook = await system.Gateway.SendAsync(HttpMethod.Get, "/api/complaints/cases/export.xlsx", ministry);
        var book = await SpreadsheetReaders.OpenAsync(await workbook.Content.ReadAsByteArrayAsync(), $"cases-{marker}.xlsx");
        var row = ReadWorkbook.RowOf(book.Addresses("cases").Single(a => a.StartsWith('C') && book.Text("cases", a) == $"fx-{marker}"));
        Assert.Equal("'" + complainant, book.Text("cases", $"I{row}"));
        Assert.Equal("'" + respondent, book.Text("cases", $"K{row}"));
        Assert.Equal(12.5m, book.Number("cases", $"N{row}"));
        Assert.Equal("#,##0.00", book.Format("cases", $"N{row}"));
    }
}
