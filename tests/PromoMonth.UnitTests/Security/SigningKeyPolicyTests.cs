using Microsoft.Extensions.Time.Testing;
using PromoMonth.Identity.Infrastructure;
using PromoMonth.ServiceDefaults.Security.SigningKeys;

namespace PromoMonth.UnitTests.Security;

public sealed class SigningKeyPolicyTests
{
    private static readonly DateTimeOffset Start = new(2026, 9, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The defaults: 30-day keys published an hour ahead, 10-minute tokens, checked every minute.</summary>
    private static readonly SigningKeySchedule Schedule = SigningKeySchedule.From(new SigningKeyOptions(), TimeSpan.FromMinutes(10));

    [Fact]
    public void A_retired_key_stays_published_for_the_longest_token_plus_a_check_and_clock_skew()
    {
        Assert.Equal(TimeSpan.FromMinutes(10 + 1 + 5), Schedule.RetiredKeyPublished);
        var tooShort = new SigningKeyOptions { PublishAhead = TimeSpan.FromSeconds(30), CheckInterval = TimeSpan.FromMinutes(1) };
        Assert.Throws<InvalidOperationException>(() => SigningKeySchedule.From(tooShort, TimeSpan.FromMinutes(10)));
    }

    [Fact]
    public void The_first_key_signs_at_once()
    {
        var plan = SigningKeyPolicy.Plan([], Start, Schedule);
        Assert.Equal(Start, plan.CreateActivatingAt);
        Assert.Empty(plan.Remove);
    }

    [Fact]
    public void A_key_rotates_after_its_lifetime_with_its_successor_published_ahead_and_itself_kept_while_its_tokens_live()
    {
        var clock = new FakeTimeProvider(Start);
        var keys = new List<KeyActivation>();
        Apply(keys, clock);
        var first = Assert.Single(keys);

        // Young: nothing to do.
        clock.Advance(TimeSpan.FromDays(29));
        var young = SigningKeyPolicy.Plan(keys, clock.GetUtcNow(), Schedule);
        Assert.Null(young.CreateActivatingAt);
        Assert.Empty(young.Remove);

        // An hour before the lifetime ends: the successor is created, to sign when the lifetime ends.
        clock.SetUtcNow(Start + TimeSpan.FromDays(30) - TimeSpan.FromHours(1));
        Apply(keys, clock);
        Assert.Equal(2, keys.Count);
        var second = keys[1];
        Assert.Equal(Start + TimeSpan.FromDays(30), second.ActivatesAt);
        Assert.Equal(first, SigningKeyPolicy.Signer(keys, clock.GetUtcNow()));

        // While the successor waits, a second pass (another replica) creates nothing more.
        clock.Advance(TimeSpan.FromMinutes(30));
        Apply(keys, clock);
        Assert.Equal(2, keys.Count);

        // The successor signs from its time; the old key stays published while a token it signed can live.
        clock.SetUtcNow(second.ActivatesAt);
        Apply(keys, clock);
        Assert.Equal(second, SigningKeyPolicy.Signer(keys, clock.GetUtcNow()));
        clock.Advance(Schedule.RetiredKeyPublished - TimeSpan.FromSeconds(1));
        Apply(keys, clock);
        Assert.Equal([first, second], keys);

        clock.Advance(TimeSpan.FromSeconds(1));
        Apply(keys, clock);
        Assert.Equal([second], keys);
    }

    [Fact]
    public void After_a_long_stop_the_overdue_successor_is_still_published_ahead_and_the_old_key_signs_meanwhile()
    {
        var first = new KeyActivation(Guid.NewGuid(), Start);
        var now = Start + TimeSpan.FromDays(45);

        var plan = SigningKeyPolicy.Plan([first], now, Schedule);

        Assert.Equal(now + Schedule.PublishAhead, plan.CreateActivatingAt);
        Assert.Equal(first, SigningKeyPolicy.Signer([first, new KeyActivation(Guid.NewGuid(), now + Schedule.PublishAhead)], now));
    }

    [Fact]
    public void Several_retired_keys_are_removed_together_and_the_signer_never()
    {
        var keys = Enumerable.Range(0, 3).Select(i => new KeyActivation(Guid.NewGuid(), Start + TimeSpan.FromDays(30 * i))).ToList();
        var now = keys[2].ActivatesAt + TimeSpan.FromDays(1);

        var plan = SigningKeyPolicy.Plan(keys, now, Schedule);

        Assert.Equal([keys[0].Id, keys[1].Id], plan.Remove);
        Assert.Null(plan.CreateActivatingAt);
    }

    /// <summary>What the rotation pass does with a plan: create and remove, one new key at most.</summary>
    private static void Apply(List<KeyActivation> keys, FakeTimeProvider clock)
    {
        var plan = SigningKeyPolicy.Plan(keys, clock.GetUtcNow(), Schedule);
        keys.RemoveAll(k => plan.Remove.Contains(k.Id));
        if (plan.CreateActivatingAt is { } activatesAt)
        {
            keys.Add(new KeyActivation(Guid.NewGuid(), activatesAt));
        }
    }
}
