namespace PromoMonth.Contracts;

/// <summary>
/// A complaint's finding: the respondent sold counterfeit or shoddy goods (假冒伪劣). Licences of the respondent are
/// suspended.
/// </summary>
public sealed record CounterfeitConfirmed
{
    public required Guid CaseId { get; init; }
    public required string RespondentCreditCode { get; init; }
    public Guid? ActivityId { get; init; }
    public required string Finding { get; init; }
    public required DateTimeOffset ConfirmedAt { get; init; }
}
