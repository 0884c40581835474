namespace PromoMonth.Contracts;

/// <summary>A unit that must report: a province-level division, a plan-listed city or the Corps; 6-digit GB/T 2260 code.</summary>
public sealed record ReportingUnit(string Code, string NameZh, string NameEn, string Kind);
