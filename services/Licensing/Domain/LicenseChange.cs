namespace PromoMonth.Licensing.Domain;

/// <summary>One step in a licence's history: who, when, why.</summary>
public sealed record LicenseChange(string Action, LicenseStatus To, string By, DateTimeOffset At, string? Reason);
