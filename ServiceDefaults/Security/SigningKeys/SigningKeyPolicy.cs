namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>A stored key as the rotation sees it: only when it starts signing matters.</summary>
public sealed record KeyActivation(Guid Id, DateTimeOffset ActivatesAt);

/// <summary>What one rotation pass does: maybe create a key (starting to sign at the given time), and remove retired ones.</summary>
public sealed record SigningKeyPlan(DateTimeOffset? CreateActivatingAt, IReadOnlyList<Guid> Remove);

/// <summary>
/// The rotation's decisions, from the stored keys and the time alone, so that every replica decides alike:
/// the newest key whose time has come signs; its successor is created a publishing period before its lifetime ends;
/// a key is removed once its successor has signed for longer than anything it signed can be valid.
/// </summary>
public static class SigningKeyPolicy
{
    public static SigningKeyPlan Plan(IReadOnlyList<KeyActivation> keys, DateTimeOffset now, SigningKeySchedule schedule)
    {
        if (keys.Count == 0)
        {
            // Nothing can have cached a key set yet, so the first key signs at once.
            return new(now, []);
        }
        var ordered = keys.OrderBy(k => k.ActivatesAt).ToList();
        var signer = Signer(ordered, now);
        DateTimeOffset? create = null;
        var successorDue = signer.ActivatesAt + schedule.Lifetime;
        if (ordered.TrueForAll(k => k.ActivatesAt <= now) && now >= successorDue - schedule.PublishAhead)
        {
            // After a long stop the due time may have passed: the successor is still published ahead before it signs.
            create = successorDue > now + schedule.PublishAhead ? successorDue : now + schedule.PublishAhead;
        }
        var remove = ordered.Zip(ordered.Skip(1))
            .Where(pair => pair.Second.ActivatesAt + schedule.RetiredKeyPublished <= now)
            .Select(pair => pair.First.Id)
            .ToList();
        return new(create, remove);
    }

    /// <summary>The newest key whose time has come; before any has come (a clock set back), the earliest.</summary>
    public static KeyActivation Signer(IReadOnlyList<KeyActivation> keys, DateTimeOffset now) =>
        keys.Where(k => k.ActivatesAt <= now).MaxBy(k => k.ActivatesAt) ?? keys.MinBy(k => k.ActivatesAt)
        ?? throw new InvalidOperationException("There is no signing key.");
}
