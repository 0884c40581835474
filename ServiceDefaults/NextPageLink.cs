using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Net.Http.Headers;

namespace PromoMonth.ServiceDefaults;

/// <summary>
/// The RFC 8288 link to a list's next page: the same request with the page's cursor in place of its number. Relative
/// to the request, so it holds behind the gateway whatever host the client called.
/// </summary>
public static class NextPageLink
{
    public static void Write(HttpResponse response, PageCursor next)
    {
        var request = response.HttpContext.Request;
        var query = new QueryBuilder(request.Query
            .Where(q => q.Key is not ("page" or PageCursor.Parameter))
            .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { PageCursor.Parameter, next.Encode() },
        };
        response.Headers.Append(HeaderNames.Link, $"<{request.PathBase}{request.Path}{query}>; rel=\"next\"");
    }
}
