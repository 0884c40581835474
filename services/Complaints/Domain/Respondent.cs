namespace PromoMonth.Complaints.Domain;

/// <summary>The business complained about: by credit code when registered, else by name and region.</summary>
public sealed record Respondent(string Name, string? CreditCode, string? Address, string? RegionCode);
