namespace PromoMonth.EventRegistry.Domain;

public enum ActivityCategory
{
    Retail,
    Catering,
    Automotive,
    HomeAppliances,
    CultureAndTourism,
    ECommerce,
    NightEconomy,
    ConsumerServices,
    Other,
}
