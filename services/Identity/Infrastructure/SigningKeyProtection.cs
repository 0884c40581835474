using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace PromoMonth.Identity.Infrastructure;

/// <summary>
/// Protects the stored signing keys with ASP.NET Core Data Protection. Its key ring lives in a folder outside the
/// database (Identity:KeyRingPath: the AppHost's state folder locally, a mounted secret volume in production), shared
/// by every replica, optionally encrypted with a certificate (Identity:KeyRingCertificatePath and ...Password).
/// </summary>
public static class SigningKeyProtection
{
    private const string Purpose = "PromoMonth.Identity.SigningKeys.v1";

    public static WebApplicationBuilder AddSigningKeyProtection(this WebApplicationBuilder builder)
    {
        var keyRing = builder.Configuration["Identity:KeyRingPath"];
        var protection = builder.Services.AddDataProtection().SetApplicationName("PromoMonth.Identity");
        if (!string.IsNullOrWhiteSpace(keyRing))
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        }
        else if (!builder.Environment.IsDevelopment())
        {
            // A per-machine default ring would differ between replicas and vanish with the container.
            throw new InvalidOperationException(
                "Identity:KeyRingPath is not set: outside Development the token server keeps the key ring that protects its signing keys " +
                "in that folder (a mounted secret or volume shared by its replicas, never the database).");
        }
        if (builder.Configuration["Identity:KeyRingCertificatePath"] is { Length: > 0 } certificate)
        {
            protection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificate, builder.Configuration["Identity:KeyRingCertificatePassword"]));
        }
        builder.Services.AddSingleton(services => services.GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose));
        return builder;
    }

    /// <summary>A row written before keys were protected holds the PEM itself.</summary>
    public static bool IsPlainPem(string stored) => stored.StartsWith("-----BEGIN", StringComparison.Ordinal);
}
