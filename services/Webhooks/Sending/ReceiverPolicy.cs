namespace PromoMonth.Webhooks.Sending;

/// <summary>Whether loopback receivers are allowed: in Development only, for the tests' own receivers.</summary>
public sealed record ReceiverPolicy(bool AllowLoopback);
