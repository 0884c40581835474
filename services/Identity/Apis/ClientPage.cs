namespace PromoMonth.Identity.Apis;

/// <summary>One page of clients, by client id.</summary>
public sealed record ClientPage(IReadOnlyList<ClientResponse> Items, int Page, int PageSize, int Total);
