using PromoMonth.Contracts;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Consumers;

/// <summary>A counterfeiting finding suspends the respondent's licences pending the ministry's review.</summary>
public sealed class CounterfeitConfirmedConsumer(LicensingDbContext db, LicenseActions licenses, TimeProvider clock)
    : IdempotentConsumer<CounterfeitConfirmed, LicensingDbContext>(db, clock)
{
    protected override Task HandleAsync(CounterfeitConfirmed message, CancellationToken cancellationToken) =>
        Findings.SuspendAsync(Db, licenses, message.RespondentCreditCode, message.ActivityId,
            $"假冒伪劣查实（案件 {message.CaseId}）：{message.Finding}", cancellationToken);
}
