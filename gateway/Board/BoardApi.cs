using System.Net;
using System.Text.Json;
using PromoMonth.ServiceDefaults.Security;
using static PromoMonth.Gateway.Board.BoardLayout;

namespace PromoMonth.Gateway.Board;

/// <summary>
/// The campaign board at /board (anyone) and /board/ministry (the ministry, signed in with its client credentials: the
/// token is kept in an HttpOnly, SameSite=Strict cookie scoped to /board and read by the gateway's bearer validation).
/// </summary>
public static class BoardApi
{
    public const string Cookie = "promomonth-board";

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(BoardApi).Assembly.GetManifestResourceStream("PromoMonth.Gateway.Board.board.js")!;
        return new StreamReader(stream).ReadToEnd();
    });

    public static WebApplication MapBoard(this WebApplication app)
    {
        var board = app.MapGroup("/board").AllowAnonymous().ExcludeFromDescription();
        board.MapGet("/", async (string? campaign, BoardSources sources, TimeProvider clock, CancellationToken ct) =>
            Html(PublicBoard.Render(await sources.PublicAsync(Campaign(campaign), ct), clock.GetUtcNow())));
        board.MapGet("/ministry", Ministry);
        board.MapGet("/board.js", () => Results.Text(Script.Value, "text/javascript; charset=utf-8"));
        board.MapGet("/sign-in", (TimeProvider clock) => Html(SignInPage.Render(null, clock.GetUtcNow())));
        board.MapPost("/sign-in", SignIn).DisableAntiforgery();
        board.MapGet("/sign-out", (HttpContext http) =>
        {
            http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = "/board" });
            return Results.Redirect("/board");
        });
        return app;
    }

    private static async Task<IResult> Ministry(
        string? campaign, HttpContext http, BoardSources sources, TimeProvider clock, CancellationToken ct)
    {
        // The authentication middleware already read the cookie's token (OnMessageReceived): its verdict is the user.
        if (http.User.Identity?.IsAuthenticated != true || http.Request.Cookies[Cookie] is not { } token)
        {
            return Results.Redirect("/board/sign-in");
        }
        if (!http.User.IsMinistry())
        {
            return Html(SignInPage.Render("这个看板只对商务部开放。This board is the ministry's only.", clock.GetUtcNow()), 403);
        }
        // The campaign asked for, else the current one (the public catalog's), else the seeded 2020 campaign.
        var code = Campaign(campaign)
            ?? (await sources.PublicAsync(null, ct)).Catalog?.GetProperty("campaignCode").GetString() ?? "2020";
        return Html(MinistryBoard.Render(await sources.MinistryAsync(code, token, ct), clock.GetUtcNow()));
    }

    /// <summary>Client credentials in, a token out from the token server (as any partner gets one), kept in the cookie.</summary>
    private static async Task<IResult> SignIn(HttpContext http, IHttpClientFactory clients, TimeProvider clock, CancellationToken ct)
    {
        var form = http.Request.HasFormContentType ? await http.Request.ReadFormAsync(ct) : null;
        var clientId = form?["client_id"].ToString();
        var secret = form?["client_secret"].ToString();
        if (string.IsNullOrWhiteSpace(clientId) || string.IsNullOrWhiteSpace(secret))
        {
            return Html(SignInPage.Render("请输入客户端编号和密钥。Enter the client id and secret.", clock.GetUtcNow()), 400);
        }
        var (status, body) = await RequestTokenAsync(clients, clientId, secret, ct);
        if (status is null)
        {
            return Html(SignInPage.Render("登录服务暂时不可用，请稍后再试。Signing in is unavailable; try again shortly.",
                clock.GetUtcNow()), StatusCodes.Status503ServiceUnavailable);
        }
        if (status != HttpStatusCode.OK || !body.TryGetProperty("access_token", out var token))
        {
            return Html(SignInPage.Render("客户端编号或密钥不正确。The client id or secret is wrong.", clock.GetUtcNow()), 401);
        }
        var lifetime = body.TryGetProperty("expires_in", out var seconds) ? seconds.GetInt32() : 300;
        http.Response.Cookies.Append(Cookie, token.GetString()!, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = http.Request.IsHttps,
            Path = "/board",
            MaxAge = TimeSpan.FromSeconds(lifetime),
        });
        return Results.Redirect("/board/ministry");
    }

    /// <summary>The token server's answer to a client-credentials request; no status when it could not be asked.</summary>
    private static async Task<(HttpStatusCode? Status, JsonElement Body)> RequestTokenAsync(
        IHttpClientFactory clients, string clientId, string secret, CancellationToken ct)
    {
        try
        {
            using var answer = await clients.CreateClient("board").PostAsync("http://identity/connect/token", new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret,
                }), ct);
            return (answer.StatusCode, await answer.Content.ReadFromJsonAsync<JsonElement>(ct));
        }
        catch (Exception ex) when (ex is HttpRequestException or JsonException or Polly.ExecutionRejectedException
            || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return (null, default);
        }
    }

    /// <summary>A campaign code as the registry writes them (letters, digits, dashes), or none.</summary>
    private static string? Campaign(string? code) =>
        code is { Length: > 0 and <= 32 } && code.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? code : null;

    private static IResult Html(string page, int status = 200) =>
        Results.Content(page, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
