namespace PromoMonth.Statistics.Domain.Forms;

public enum RuleComparison
{
    AtMost,
    AtLeast,
    Equal,
}
