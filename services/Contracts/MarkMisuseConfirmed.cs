namespace PromoMonth.Contracts;

/// <summary>
/// A complaint's finding: the campaign's name or logo was misused. Licences of the respondent (or activity) are
/// suspended.
/// </summary>
public sealed record MarkMisuseConfirmed
{
    public required Guid CaseId { get; init; }
    public string? RespondentCreditCode { get; init; }
    public Guid? ActivityId { get; init; }
    public required string Finding { get; init; }
    public required DateTimeOffset ConfirmedAt { get; init; }
}
