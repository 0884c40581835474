using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PromoMonth.Complaints.Domain;
using PromoMonth.Complaints.Infrastructure;
using PromoMonth.Contracts;
using PromoMonth.IntegrationTests.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Complaints;

[Collection(RealServersCollection.Name)]
public sealed class OverdueOnceTests(RealServersFixture servers)
{
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    [Fact]
    public async Task Two_replicas_of_the_overdue_watch_announce_each_case_once()
    {
        var database = await servers.CreateDatabaseAsync("complaints_overdue");
        // Received on the last day of September 2020: seven working days run out on 16 October, after National Day.
        var received = new DateTimeOffset(2020, 9, 30, 15, 0, 0, Beijing);
        var clock = new FakeTimeProvider(received.ToUniversalTime().AddHours(1));
        await using var first = await ComplaintsReplica.StartAsync(servers, database, clock);
        await using var second = await ComplaintsReplica.StartAsync(servers, database, clock);
        const int cases = 250;
        for (var i = 0; i < cases; i++)
        {
            await (i % 2 == 0 ? first : second).WithScopeAsync(services => services.GetRequiredService<CaseIntakeHandler>().ReceiveAsync(
                new CaseIntake($"it-{i}", "phone", received, CaseKind.Complaint, CaseCategory.Price,
                    new Complainant("王小明", "13912345678", "上海"), new Respondent("某商场", null, "某路1号", "310000"), null, "价格不符", 10m, []),
                "hotline-12315", $"digest-{i}", default));
        }

        Assert.Equal(0, (await first.Watch.AnnounceBatchAsync(default)) + (await second.Watch.AnnounceBatchAsync(default)));
        clock.SetUtcNow(new DateTimeOffset(2020, 10, 17, 0, 0, 1, Beijing).ToUniversalTime());
        var passes = await Task.WhenAll(
            Enumerable.Range(0, 6).Select(i => (i % 2 == 0 ? first : second).Watch.AnnounceBatchAsync(default)));
        int stragglers;
        do
        {
            stragglers = await first.Watch.AnnounceBatchAsync(default) + await second.Watch.AnnounceBatchAsync(default);
        }
        while (stragglers > 0);

        var announced = await first.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComplaintsDbContext>();
            return (
                Marked: await db.Cases.CountAsync(c => c.OverdueNotifiedAt != null),
                Events: await db.Set<OutboxMessage>().CountAsync(m => m.MessageType == typeof(ComplaintOverdue).FullName));
        });
        Assert.Equal((cases, cases), announced);
        Assert.True(passes.Sum() <= cases);
    }

    [Fact]
    public async Task Two_replicas_of_the_watch_warn_of_each_deadline_once_and_skip_suspended_cases()
    {
        var database = await servers.CreateDatabaseAsync("complaints_warnings");
        var received = new DateTimeOffset(2020, 9, 30, 15, 0, 0, Beijing);
        var clock = new FakeTimeProvider(received.ToUniversalTime().AddHours(1));
        await using var first = await ComplaintsReplica.StartAsync(servers, database, clock);
        await using var second = await ComplaintsReplica.StartAsync(servers, database, clock);
        const int cases = 230;
        const int suspended = 10;
        for (var i = 0; i < cases; i++)
        {
            await (i % 2 == 0 ? first : second).WithScopeAsync(services => services.GetRequiredService<CaseIntakeHandler>().ReceiveAsync(
                new CaseIntake($"warn-{i}", "phone", received, CaseKind.Complaint, CaseCategory.Price,
                    new Complainant("王小明", "13912345678", "上海"), new Respondent("某商场", null, "某路1号", "310000"), null, "价格不符", 10m, []),
                "hotline-12315", $"digest-{i}", default));
        }
        await first.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComplaintsDbContext>();
            foreach (var complaint in await db.Cases.OrderBy(c => c.Id).Take(suspended).ToListAsync())
            {
                complaint.Suspend(SuspensionReason.Testing, null, "unit-310000", clock.GetUtcNow());
            }
            return await db.SaveChangesAsync();
        });

        // 15 October: two working days remain, nothing is due; 16 October: the last working day, every running case is.
        clock.SetUtcNow(new DateTimeOffset(2020, 10, 15, 12, 0, 0, Beijing).ToUniversalTime());
        Assert.Equal(0, await first.Watch.WarnAllDueAsync(default) + await second.Watch.WarnAllDueAsync(default));
        clock.SetUtcNow(new DateTimeOffset(2020, 10, 16, 0, 0, 1, Beijing).ToUniversalTime());
        var passes = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second).Watch.WarnAllDueAsync(default)));
        var again = await first.Watch.WarnAllDueAsync(default) + await second.Watch.WarnAllDueAsync(default);
        clock.SetUtcNow(new DateTimeOffset(2020, 10, 17, 0, 0, 1, Beijing).ToUniversalTime());
        var overdue = await first.Watch.AnnounceAllDueAsync(default) + await second.Watch.AnnounceAllDueAsync(default);

        var announced = await first.WithScopeAsync(async services =>
        {
            var db = services.GetRequiredService<ComplaintsDbContext>();
            return (
                Marked: await db.Cases.CountAsync(c => c.AcceptanceWarnedAt != null),
                Events: await db.Set<OutboxMessage>().CountAsync(m => m.MessageType == typeof(ComplaintDeadlineApproaching).FullName),
                SuspendedOverdue: await db.Cases.CountAsync(c => c.SuspendedSince != null && c.OverdueNotifiedAt != null));
        });
        Assert.Equal((cases - suspended, cases - suspended, 0), announced);
        Assert.Equal(cases - suspended, passes.Sum());
        Assert.Equal(0, again);
        Assert.Equal(cases - suspended, overdue);
    }
}
