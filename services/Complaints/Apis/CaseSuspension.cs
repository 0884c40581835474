using PromoMonth.Complaints.Domain;

namespace PromoMonth.Complaints.Apis;

/// <summary>What a suspended case waits on and since when; null while its clocks run.</summary>
public sealed record CaseSuspension(SuspensionReason Reason, DateTimeOffset Since);
