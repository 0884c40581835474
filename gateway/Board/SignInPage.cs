using static PromoMonth.Gateway.Board.BoardLayout;

namespace PromoMonth.Gateway.Board;

/// <summary>The short sign-in of the ministry's board: the ministry's client id and secret, nothing else.</summary>
public static class SignInPage
{
    public static string Render(string? message, DateTimeOffset now) =>
        Page("商务部看板 · 登录", "The ministry's board · sign in", "<a href=\"/board\">公开看板 Public board</a>",
            Panel("登录 Sign in",
                (message is null ? "" : $"<p class=\"overdue\" role=\"alert\">{Encode(message)}</p>")
                + "<form method=\"post\" action=\"/board/sign-in\">"
                + "<label for=\"client_id\">客户端编号 Client id</label>"
                + "<input id=\"client_id\" name=\"client_id\" autocomplete=\"username\" required>"
                + "<label for=\"client_secret\">密钥 Secret</label>"
                + "<input id=\"client_secret\" name=\"client_secret\" type=\"password\" autocomplete=\"current-password\" required>"
                + "<br><button type=\"submit\">登录 Sign in</button></form>"),
            now, refresh: false);
}
