namespace PromoMonth.EventRegistry.Domain;

/// <summary>Who registers an enterprise: the acting client, and whether it is the ministry (which may register out of region).</summary>
public sealed record Registrar(string By, bool IsMinistry);
