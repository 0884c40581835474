namespace PromoMonth.ServiceDefaults.Domain;

/// <summary>The record the request names does not exist, or is not one this caller may see (404).</summary>
public sealed class NotFoundException(string message) : DomainException("Not found.", message);
