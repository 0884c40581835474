namespace PromoMonth.Statistics.Domain;

/// <summary>The three parts of a campaign summary the notice asks for, each present and trimmed.</summary>
public sealed record SummaryText(string OverallSituation, string Experiences, string Recommendations)
{
    public const int MaxLength = 20_000;
}
