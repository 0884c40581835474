using PromoMonth.EventRegistry.Domain;

namespace PromoMonth.EventRegistry.Apis;

public sealed record EnterpriseResponse(Guid Id, string CreditCode, string Name, string RegionCode, string? Address, string? Industry, DateTimeOffset RegisteredAt)
{
    public static EnterpriseResponse From(KeyEnterprise e) => new(e.Id, e.CreditCode, e.Name, e.RegionCode, e.Address, e.Industry, e.RegisteredAt);
}
