using System.Text.Json;

namespace PromoMonth.DataGenerator;

/// <summary>
/// Everything the run will send, decided up front from the seed alone. Planning before sending keeps the data
/// identical for a given seed whatever order the parallel workers happen to finish in.
/// </summary>
public sealed record CampaignPlan(IReadOnlyList<PlannedEnterprise> Enterprises, IReadOnlyList<PlannedActivity> Activities)
{
    public static CampaignPlan Create(GeneratorOptions options)
    {
        var random = new Random(options.Seed);
        var enterprises = EnterprisePlanner.Plan(random, Cities.All, options.Enterprises);
        var activities = ActivityPlanner.Plan(random, Cities.All, enterprises, options.Activities);
        return new CampaignPlan(enterprises, activities);
    }

    /// <summary>What --dry-run prints: the shape of the data and one example of each kind of record.</summary>
    public void Describe(TextWriter output)
    {
        var window = (First: CampaignCalendar.FirstDay, End: CampaignCalendar.FirstDay.AddDays(CampaignCalendar.Days));
        output.WriteLine($"Plan: {Cities.All.Count} key cities over {Cities.All.Select(c => c.Unit).Distinct().Count()} reporting units");
        var signing = Enterprises.Count(e => e.Commitment is not null);
        var codesValid = Enterprises.All(e => CreditCodes.IsValid(e.Registration.CreditCode));
        output.WriteLine(
            $"  enterprises            {Enterprises.Count} ({signing} sign the commitment letter; credit codes valid: {codesValid})");
        var outside = Activities.Count(a => a.Draft.StartsAt < window.First || a.Draft.EndsAt >= window.End);
        var withParticipants = Activities.Count(a => a.ParticipantIndices.Count > 0);
        output.WriteLine(
            $"  activities             {Activities.Count} (outside the window: {outside}, with participants: {withParticipants})");
        output.WriteLine("  by attendance mode     " + Tally(Activities, a => a.Draft.AttendanceMode.ToString()));
        output.WriteLine("  by category            " + Tally(Activities, a => a.Draft.Category.ToString()));
        output.WriteLine("  ministry decisions     " + Tally(Activities, a => a.Decision.ToString()));
        var approved = Activities.Where(a => a.Decision == ReviewDecision.Approve);
        output.WriteLine("  after approval         " + Tally(approved, a => a.FollowUp.ToString()));
        var byUnit = Activities.GroupBy(a => a.Unit.Name).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        output.WriteLine("  activities by unit     " + string.Join(", ", byUnit));
        if (Enterprises.Count > 0)
        {
            output.WriteLine("Example enterprise:");
            output.WriteLine(JsonSerializer.Serialize(Enterprises[0].Registration, Indented));
        }
        if (Activities.Count > 0)
        {
            output.WriteLine("Example activity:");
            output.WriteLine(JsonSerializer.Serialize(Activities[0].Draft, Indented));
        }
    }

    private static readonly JsonSerializerOptions Indented = new(JsonDefaults.Options) { WriteIndented = true };

    private static string Tally<T>(IEnumerable<T> items, Func<T, string> key) =>
        string.Join(", ", items.GroupBy(key).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}"));
}
