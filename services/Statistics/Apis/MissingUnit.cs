using PromoMonth.Statistics.Domain;

namespace PromoMonth.Statistics.Apis;

public sealed record MissingUnit(string RegionCode, string NameZh, string NameEn, UnitContacts? Contacts);
