namespace PromoMonth.ServiceDefaults.Operations;

/// <summary>What the dashboard shows after a command: which one ran and its one-line outcome.</summary>
public sealed record OperatorCommandResult(string Command, string Outcome);
