using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>Counts its effects instead of guarding them, so a second effect would show as 2.</summary>
public sealed class EffectCountingConsumer(MessagingTestDbContext db, TimeProvider clock)
    : IdempotentConsumer<EnterpriseRegistered, MessagingTestDbContext>(db, clock)
{
    /// <summary>An enterprise of this name is a message the consumer has nothing to do for.</summary>
    public const string NothingToDo = "无事可做";

    protected override ValueTask<bool> HasEffectAsync(EnterpriseRegistered message, CancellationToken cancellationToken) =>
        ValueTask.FromResult(message.Name != NothingToDo);

    protected override async Task HandleAsync(EnterpriseRegistered message, CancellationToken cancellationToken)
    {
        var effect = await Db.Effects.FindAsync([message.EnterpriseId], cancellationToken);
        if (effect is null)
        {
            Db.Effects.Add(new ConsumerEffect { EnterpriseId = message.EnterpriseId, Applied = 1 });
        }
        else
        {
            effect.Applied++;
        }
    }
}
