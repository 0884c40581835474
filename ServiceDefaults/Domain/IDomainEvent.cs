namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>Something that happened to an aggregate, recorded by the domain method that made it happen.</summary>
public interface IDomainEvent;
