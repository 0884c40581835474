using System.Globalization;
using System.Text.Json;

namespace PromoMonth.FaultTests;

/// <summary>One boundary or hostile value: as written in a path, query, header, form field or CSV cell, and as JSON.</summary>
internal sealed record Probe(string Text, string Json);

/// <summary>
/// The boundary values of each parameter type an OpenAPI document names, values of the type first (so that a route's
/// own code sees them) and values of the wrong type last: 32- and 64-bit bounds and one past them, zero, negatives,
/// the smallest and largest dates and instants, offsets of ±14 h, empty, very long, control characters, injections.
/// </summary>
internal static class FuzzValues
{
    public const string Int32 = "integer (int32)";
    public const string Int64 = "integer (int64)";
    public const string Number = "number";
    public const string Boolean = "boolean";
    public const string Date = "string (date)";
    public const string DateTime = "string (date-time)";
    public const string Uuid = "string (uuid)";
    public const string Text = "string";
    public const string Enum = "enum";
    public const string Binary = "binary body";

    private static readonly string VeryLong = new('长', 100_000);

    private static readonly Probe[] Strings =
    [
        Str("310000"), Str(""), Str(" "), Str(VeryLong), Str("'; DROP TABLE cases; --"), Str("\" OR \"1\"=\"1"),
        Str("<script>alert(1)</script>"), Str("../../../../etc/passwd"), Str("%00%0d%0a"),
        Str("控制字符\u0000\u0007\u001b 😀𠜎 Ωμέγα عربى"), Str("=HYPERLINK(\"http://x\")"),
        Str("91310000MA1K0000X0"), Str("CPM2020-310000-00001"), Str("null"), Raw("null"), Raw("12"), Raw("{}"), Raw("[]"),
    ];

    private static readonly Dictionary<string, Probe[]> ByKind = new Dictionary<string, Probe[]>
    {
        [Int32] =
        [
            Num(0), Num(1), Num(-1), Num(int.MaxValue), Num(int.MinValue), Num(int.MaxValue - 1), Num(2_147_483_648L), Num(-2_147_483_649L),
            Num(long.MaxValue), Num(long.MinValue), Raw("1.5"), Raw("1e3"), Str(""), Str("abc"), Raw("null"),
        ],
        [Int64] =
        [
            Num(0), Num(1), Num(-1), Num(int.MaxValue), Num(2_147_483_648L), Num(long.MaxValue), Num(long.MinValue),
            Raw("9223372036854775808"), Raw("-9223372036854775809"), Raw("1e19"), Str(""), Str("abc"), Raw("null"),
        ],
        [Number] =
        [
            Raw("0"), Raw("-0.0"), Raw("0.01"), Raw("-1"), Raw("1.005"), Raw("1e308"), Raw("-1e308"), Raw("5e-324"),
            Raw("79228162514264337593543950335"), Raw("-79228162514264337593543950335"), Raw("79228162514264337593543950336"), Raw("1e400"),
            Num(int.MaxValue), Num(long.MaxValue), Str("NaN"), Str("Infinity"), Str(""), Str("abc"), Raw("null"),
        ],
        [Boolean] = [Raw("true"), Raw("false"), Str(""), Str("yes"), Raw("1"), Raw("null")],
        [Date] =
        [
            Str("0001-01-01"), Str("9999-12-31"), Str("0001-01-02"), Str("9999-12-30"), Str("1970-01-01"), Str("2020-02-29"),
            Str("2020-09-09"),
            Str("2021-02-29"), Str("0000-01-01"), Str("10000-01-01"), Str("2020-09-09T00:00:00+14:00"), Str(""), Str("abc"), Raw("null"),
        ],
        [DateTime] =
        [
            Str("0001-01-01T00:00:00Z"), Str("0001-01-01T00:00:00+14:00"), Str("0001-01-01T00:00:00-14:00"),
            Str("0001-01-01T13:59:59-14:00"),
            Str("9999-12-31T23:59:59.9999999Z"), Str("9999-12-31T23:59:59.9999999+14:00"), Str("9999-12-31T23:59:59.9999999-14:00"),
            Str("9999-12-31T10:00:00-14:00"), Str("2020-09-09T00:00:00+14:00"), Str("2020-09-09T00:00:00-14:00"),
            Str("1970-01-01T00:00:00Z"), Str("0001-01-01"), Str("9999-12-31"), Str("2020-09-09T00:00:00+14:01"),
            Str("2020-09-09T24:00:00Z"),
            Str(""), Str("abc"), Raw("null"),
        ],
        [Uuid] =
        [
            Str("00000000-0000-0000-0000-000000000000"), Str("ffffffff-ffff-ffff-ffff-ffffffffffff"),
            Str("0198a3c2-7f00-7000-8000-000000000000"),
            Str("..%2F..%2Fetc%2Fpasswd"), Str(new string('9', 5000)), Str(""), Str("abc"), Raw("null"),
        ],
        [Text] = Strings,
    };

    public static IReadOnlyList<Probe> Of(string kind) => ByKind.TryGetValue(kind, out var probes) ? probes : Strings;

    /// <summary>Every value the schema allows, then a wrong one, a differently cased one, empty, a number and null.</summary>
    public static IReadOnlyList<Probe> OfEnum(IReadOnlyList<string> values) =>
    [
        .. values.Select(Str), Str("wrongValue"), Str(values.Count > 0 ? values[0].ToUpperInvariant() : "X"), Str(""), Raw("1"),
        Raw("null"),
    ];

    /// <summary>Raw bodies for uploads: empty, bytes that claim a type they are not, control bytes, a megabyte.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> Bodies { get; } =
    [
        ("empty", []),
        ("nul bytes", [0, 0, 0, 0]),
        ("png signature then junk", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0]),
        ("truncated pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<"u8.ToArray()),
        ("empty svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"u8.ToArray()),
        ("not xml", "<svg><<<&&&"u8.ToArray()),
        ("hostile text", System.Text.Encoding.UTF8.GetBytes("控制字符\u0000\u0007 '; DROP TABLE x; -- <script>")),
        ("a megabyte", new byte[1 << 20]),
    ];

    private static Probe Str(string value) => new(value, JsonSerializer.Serialize(value));

    private static Probe Num(long value) => new(value.ToString(CultureInfo.InvariantCulture), value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A JSON token written as it is (numbers past every .NET type, null); its text form drops the quotes.</summary>
    private static Probe Raw(string json) => new(json == "null" ? "" : json, json);
}
