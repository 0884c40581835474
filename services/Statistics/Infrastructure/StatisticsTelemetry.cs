using System.Diagnostics.Metrics;
using PromoMonth.ServiceDefaults;

namespace PromoMonth.Statistics.Infrastructure;

/// <summary>The business counters of statistics intake the dashboard plots.</summary>
internal static class StatisticsTelemetry
{
    private static readonly Meter Meter = new(OpenTelemetryExtensions.BusinessMeterName);

    public static readonly Counter<long> ReportsSubmitted = Meter.CreateCounter<long>("promomonth.statistics.reports_submitted",
        description: "Reports submitted or resubmitted");

    public static readonly Counter<long> ReportsOverdue = Meter.CreateCounter<long>("promomonth.statistics.reports_overdue",
        description: "Units announced missing when a period fell due");

    public static readonly Counter<long> DeadlineWarnings = Meter.CreateCounter<long>("promomonth.statistics.deadline_warnings",
        description: "Units warned that a period falls due within the lead and their report is missing");

    public static readonly Counter<long> ValuesImported = Meter.CreateCounter<long>("promomonth.statistics.values_imported",
        description: "Values stored by bulk imports");
}
