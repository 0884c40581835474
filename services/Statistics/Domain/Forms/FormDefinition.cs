namespace PromoMonth.Statistics.Domain.Forms;

/// <summary>What the ministry defines a form with: its title, its indicators and the rules between them.</summary>
public sealed record FormDefinition(string Title, List<Indicator> Indicators, List<CrossRule> Rules);
