using PromoMonth.Complaints.Domain;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.Complaints.Apis;

/// <summary>The cases received within a range of Shanghai days, as every case route with from/to reads them.</summary>
public static class CaseWindow
{
    /// <summary>Received between the start of the range's first day and the end of its last.</summary>
    public static IQueryable<ComplaintCase> ReceivedWithin(this IQueryable<ComplaintCase> cases, DateRange days)
    {
        if (days.Start is { } start)
        {
            cases = cases.Where(c => c.ReceivedAt >= start);
        }
        if (days.End is { } end)
        {
            cases = cases.Where(c => c.ReceivedAt < end);
        }
        return cases;
    }
}
