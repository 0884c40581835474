using PromoMonth.Contracts;
using PromoMonth.Licensing.Infrastructure;
using PromoMonth.ServiceDefaults.Messaging;

namespace PromoMonth.Licensing.Consumers;

/// <summary>A finding of misuse of the mark suspends the licences of the respondent or activity pending review.</summary>
public sealed class MarkMisuseConfirmedConsumer(LicensingDbContext db, LicenseActions licenses, TimeProvider clock)
    : IdempotentConsumer<MarkMisuseConfirmed, LicensingDbContext>(db, clock)
{
    protected override Task HandleAsync(MarkMisuseConfirmed message, CancellationToken cancellationToken) =>
        Findings.SuspendAsync(Db, licenses, message.RespondentCreditCode, message.ActivityId,
            $"标识滥用查实（案件 {message.CaseId}）：{message.Finding}", cancellationToken);
}
