namespace PromoMonth.Gateway;

/// <summary>
/// A path that no route serves answers 404 for everyone: there is nothing behind it that a token would open (without
/// this, the fallback authorization policy answered 401, as if logging in could reach it).
/// </summary>
public static class UnroutedPaths
{
    public static WebApplication MapUnroutedPaths(this WebApplication app)
    {
        app.MapFallback("{**path}", () => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Nothing is here."))
            .AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}
