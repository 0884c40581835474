namespace PromoMonth.ServiceDefaults;

/// <summary>The list shape every service answers: <c>{ items, page, pageSize, total }</c>.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
