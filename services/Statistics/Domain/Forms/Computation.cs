namespace PromoMonth.Statistics.Domain.Forms;

public sealed record Computation(ComputationKind Kind, string Numerator, string Denominator);
