using System.Diagnostics.Metrics;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.Complaints.Infrastructure;

/// <summary>The business counters of complaints the dashboard plots.</summary>
internal static class ComplaintsTelemetry
{
    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);

    public static readonly Counter<long> CasesOverdue = Meter.CreateCounter<long>(
        "promomonth.complaints.cases_overdue", description: "Cases announced past their acceptance deadline");

    public static readonly Counter<long> DeadlineWarnings = Meter.CreateCounter<long>(
        "promomonth.complaints.deadline_warnings", description: "Cases warned that a statutory deadline is near; tag deadline");

    public static readonly Counter<long> CasesReceived = Meter.CreateCounter<long>(
        "promomonth.complaints.cases_received", description: "Cases posted by hotlines; tag kind");
}
