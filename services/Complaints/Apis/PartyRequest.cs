namespace PromoMonth.Complaints.Apis;

/// <summary>The complainant as a hotline posts it.</summary>
public sealed record PartyRequest(string? Name, string? Phone, string? Address);
