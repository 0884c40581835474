namespace PromoMonth.Licensing.Domain;

/// <summary>The ministry's limits on a licence's validity: the grace after the campaign's end, and the longest run.</summary>
public sealed record LicenseGrantPolicy(int GraceDays, int MaxValidityDays);
