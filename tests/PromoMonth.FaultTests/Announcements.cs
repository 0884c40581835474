namespace PromoMonth.FaultTests;

/// <summary>
/// Counts announcements as consumers see them: each subject (a case, a unit's report) announced by exactly one event.
/// The same event delivered again (a relay killed between the broker's confirm and its commit republishes it, with its
/// message id) is what every consumer's inbox drops: it is counted in the note, not as a second announcement.
/// </summary>
internal static class Announcements
{
    public static FaultOutcome Once(
        IEnumerable<(string Subject, Guid? MessageId)> deliveries, int expected, string scenario, string what)
    {
        var all = deliveries.ToList();
        var events = all.Distinct().ToList();
        var subjects = events.Select(e => e.Subject).Distinct().Count();
        return new FaultOutcome(scenario, expected, expected, subjects, events.Count - subjects, expected - subjects,
            $"{what}; {all.Count - events.Count} delivered again with the same message id (dropped by inboxes)");
    }
}
