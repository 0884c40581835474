using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// The document's own description: title and purpose, the ministry as contact, every tag described, and the gateway's
/// public address as its one server. That address is the tokens' issuer (Identity:Issuer), which every service is given,
/// so a generated client and the "try it" of /docs call the gateway rather than the service behind it.
/// </summary>
internal static class DocumentInfoTransformer
{
    public static Task DescribeAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken)
    {
        var contract = context.ApplicationServices.GetRequiredService<IOptions<ApiContract>>().Value;
        var gateway = GatewayAddress(context.ApplicationServices.GetRequiredService<IConfiguration>());
        document.Info = new OpenApiInfo
        {
            Title = contract.Title,
            Version = document.Info?.Version ?? "1.0.0",
            Description = contract.Description,
            Contact = new OpenApiContact { Name = "PromoMonth operations, Ministry of Commerce", Url = new Uri(gateway, "/docs") },
        };
        document.Servers = [new OpenApiServer { Url = gateway.ToString().TrimEnd('/'), Description = "The PromoMonth gateway" }];
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && contract.Tags.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }
        return Task.CompletedTask;
    }

    /// <summary>The gateway's public address: the issuer of every token, set by the AppHost; the documented port otherwise.</summary>
    public static Uri GatewayAddress(IConfiguration configuration) =>
        Uri.TryCreate(configuration["Identity:Issuer"], UriKind.Absolute, out var issuer)
            ? new Uri(issuer.GetLeftPart(UriPartial.Authority))
            : new Uri("http://localhost:5080");
}
