namespace PromoMonth.Complaints.Apis;

/// <summary>The business complained about, as a hotline posts it.</summary>
public sealed record RespondentRequest(string? Name, string? CreditCode, string? Address, string? RegionCode);
