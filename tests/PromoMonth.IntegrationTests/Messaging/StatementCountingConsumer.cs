using PromoMonth.Contracts;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.IntegrationTests.Messaging;

/// <summary>Counts its effects in one statement with the inbox, so a second effect would show as 2.</summary>
public sealed class StatementCountingConsumer(MessagingTestDbContext db, TimeProvider clock)
    : InboxedStatementConsumer<ComplaintReceived, MessagingTestDbContext>(db, clock)
{
    protected override FormattableString Effect(ComplaintReceived message) => $"""
        INSERT INTO effects (enterprise_id, applied) SELECT {message.CaseId}, 1 FROM first_delivery
        ON CONFLICT (enterprise_id) DO UPDATE SET applied = effects.applied + 1
        """;
}
