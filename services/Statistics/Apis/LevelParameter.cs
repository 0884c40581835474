using PromoMonth.ServiceDefaults;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain;

namespace PromoMonth.Statistics.Apis;

/// <summary>The <c>level</c> query parameter of roll-ups and completeness: <c>submitted</c> (the default) or <c>accepted</c>.</summary>
internal static class LevelParameter
{
    public const string Description = "submitted (the default: every submitted report) or accepted (only reports the ministry accepted)";

    /// <summary>The level asked for; an unknown value is a field error.</summary>
    public static FigureLevel Parse(string? level, RequestErrors errors) =>
        QueryValues.Enum<FigureLevel>(level, "level", errors) ?? FigureLevel.Submitted;

    /// <summary>The level asked for, with the <c>format</c> beside it checked against the route's formats: each a field error.</summary>
    public static FigureLevel Parse(string? level, string? format, string[] formats, RequestErrors errors)
    {
        var figures = Parse(level, errors);
        if (format is not null && !formats.Contains(format))
        {
            errors.Add("format", $"One of: {string.Join(", ", formats)}.");
        }
        return figures;
    }
}
