namespace PromoMonth.Statistics.Reporting;

public enum ProblemKind
{
    UnknownPeriod,
    NoResponsibleContact,
    Locked,
    Conflict,
    Invalid,
}
