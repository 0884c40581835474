using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace PromoMonth.ServiceDefaults.Security;

public static class TokenValidationExtensions
{
    /// <summary>Issuer of every PromoMonth access token: the gateway's public address (Identity:Issuer).</summary>
    public const string DefaultIssuer = "http://localhost:5080/";
    public const string IdentityServiceName = "identity";
    private const string WrongAudience = "promomonth.wrong-audience";

    /// <summary>
    /// Validates bearer tokens in this process (issuer, audience, lifetime, signature against the token server's JWKS)
    /// and registers the scope and region policies. A valid token issued for another service is answered 403, not 401:
    /// the caller is known, it just lacks a scope this service accepts.
    /// </summary>
    public static TBuilder AddTokenValidation<TBuilder>(this TBuilder builder, params string[] audiences)
        where TBuilder : IHostApplicationBuilder
    {
        var issuer = builder.Configuration["Identity:Issuer"] ?? DefaultIssuer;
        var jwksAddress = builder.Configuration["Identity:JwksAddress"] ?? $"http://{IdentityServiceName}/.well-known/jwks";

        builder.Services.AddHttpClient(IdentityServiceName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IHttpClientFactory>((options, httpClients) =>
            {
                options.MapInboundClaims = false;
                options.RequireHttpsMetadata = false;
                options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                    jwksAddress,
                    new JwksConfigurationRetriever(issuer),
                    new HttpDocumentRetriever(httpClients.CreateClient(IdentityServiceName)) { RequireHttps = false })
                {
                    // A token signed by a key not yet seen triggers a refetch, at most this often.
                    RefreshInterval = TimeSpan.FromSeconds(30),
                    // The token server publishes a new key an hour before it signs: refetching this often knows it by then.
                    AutomaticRefreshInterval = ConfigurationManager<OpenIdConnectConfiguration>.MinimumAutomaticRefreshInterval,
                };
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = issuer,
                    ValidAudiences = audiences,
                    ValidTypes = ["at+jwt", "JWT"],
                    RequireSignedTokens = true,
                    RequireExpirationTime = true,
                    ClockSkew = TimeSpan.FromSeconds(5),
                    NameClaimType = PromoMonthClaims.Subject,
                };
                options.Events = new JwtBearerEvents
                {
                    OnAuthenticationFailed = context =>
                    {
                        if (context.Exception is SecurityTokenInvalidAudienceException)
                        {
                            context.HttpContext.Items[WrongAudience] = true;
                        }
                        return Task.CompletedTask;
                    },
                    OnChallenge = async context =>
                    {
                        if (!context.HttpContext.Items.ContainsKey(WrongAudience))
                        {
                            return;
                        }
                        context.HandleResponse();
                        await Results.Problem(
                            statusCode: StatusCodes.Status403Forbidden,
                            title: "This token does not open this service.",
                            detail: "The token was issued for another service; "
                                + $"request one with a scope that {string.Join(" or ", audiences)} accepts.")
                            .ExecuteAsync(context.HttpContext);
                    },
                };
            });
        builder.Services.AddAuthorizationBuilder().AddAccessPolicies();
        return builder;
    }
}
