namespace PromoMonth.Statistics.Domain;

public sealed record ContactPerson(string Name, string Title, string Phone, string Email);
