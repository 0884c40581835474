using PromoMonth.ServiceDefaults.Validation;
namespace PromoMonth.ServiceDefaults;

/// <summary>
/// <c>?page=1&amp;pageSize=50</c> as every list route reads it: page from 1, page size from 1 to the route's cap, and
/// the offset they give within a 32-bit count; anything else is named in a 400 instead of overflowing the offset.
/// </summary>
public readonly record struct PageRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    private PageRequest(int page, int pageSize) => (Page, PageSize) = (page, pageSize);

    public int Page { get; }

    public int PageSize { get; }

    public int Skip => (Page - 1) * PageSize;

    /// <summary>The page asked for, or the first page of the default size with the reasons in <paramref name="errors"/>.</summary>
    public static PageRequest From(int? page, int? pageSize, RequestErrors errors, int maxPageSize = MaxPageSize)
    {
        var (wantedPage, wantedSize) = (page ?? 1, pageSize ?? Math.Min(DefaultPageSize, maxPageSize));
        var valid = true;
        if (wantedPage < 1)
        {
            errors.Add("page", "page starts at 1.");
            valid = false;
        }
        if (wantedSize < 1 || wantedSize > maxPageSize)
        {
            errors.Add("pageSize", $"pageSize is from 1 to {maxPageSize}.");
            valid = false;
        }
        if (valid && (long)(wantedPage - 1) * wantedSize > int.MaxValue - wantedSize)
        {
            var last = int.MaxValue / wantedSize;
            errors.Add("page", $"page × pageSize must stay within {int.MaxValue}: the last page of {wantedSize} is {last}.");
            valid = false;
        }
        return valid ? new PageRequest(wantedPage, wantedSize) : new PageRequest(1, Math.Min(DefaultPageSize, maxPageSize));
    }
}
