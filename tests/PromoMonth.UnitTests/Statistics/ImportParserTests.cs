using System.Text;
using PromoMonth.Statistics.Importing;

namespace PromoMonth.UnitTests.Statistics;

public sealed class ImportParserTests
{
    private static MemoryStream Body(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task A_csv_file_becomes_numbered_rows_with_empty_fields_as_absent()
    {
        var (rows, error) = await ImportParsers.ReadCsvAsync(
            Body("period,orgUnit,dataElement,city,enterprise,value,comment\n"
                + "2020-daily-0909,310000,sales_driven,310104,,\"1234.50\",\"浦东, 首日\"\n"),
            10, default);

        Assert.Null(error);
        Assert.Equal(new ImportRow(1, "2020-daily-0909", "310000", "sales_driven", "310104", null, "1234.50", "浦东, 首日"),
            Assert.Single(rows));
    }

    [Fact]
    public async Task A_csv_file_without_the_header_is_refused_whole()
    {
        var (_, error) = await ImportParsers.ReadCsvAsync(Body("2020-daily-0909,310000,sales_driven,,,1,\n"), 10, default);

        Assert.Contains("header", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_value_set_takes_the_documents_period_and_org_unit_unless_a_value_names_its_own()
    {
        var (rows, error) = await ImportParsers.ReadDataValueSetsAsync(Body("""
            { "period": "2020-daily-0909", "orgUnit": "310000", "dataValues": [
              { "dataElement": "activity_sessions", "value": "12" },
              { "dataElement": "sales_driven", "value": 99.5, "orgUnit": "320000" },
              { "dataElement": "sales_driven", "value": true } ] }
            """), 10, default);

        Assert.Null(error);
        Assert.Equal(("310000", "12"), (rows[0].OrgUnit, rows[0].Value));
        Assert.Equal(("320000", "99.5"), (rows[1].OrgUnit, rows[1].Value));
        Assert.Equal("<True>", rows[2].Value);
    }

    [Fact]
    public async Task A_document_that_is_not_a_data_value_set_is_refused()
    {
        var (_, error) = await ImportParsers.ReadDataValueSetsAsync(Body("[1,2]"), 10, default);

        Assert.Contains("dataValues", error, StringComparison.Ordinal);
    }
}
