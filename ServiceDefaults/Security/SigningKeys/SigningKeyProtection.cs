using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>
/// Protects a service's stored signing keys with ASP.NET Core Data Protection. Its key ring lives in a folder outside the
/// database ({section}:KeyRingPath: the AppHost's state folder locally, a mounted secret volume in production), shared
/// by every replica, optionally encrypted with a certificate ({section}:KeyRingCertificatePath and ...Password).
/// </summary>
public static class SigningKeyProtection
{
    public static WebApplicationBuilder AddSigningKeyProtection(this WebApplicationBuilder builder, string section)
    {
        var keyRing = builder.Configuration[$"{section}:KeyRingPath"];
        var protection = builder.Services.AddDataProtection().SetApplicationName($"PromoMonth.{section}");
        if (!string.IsNullOrWhiteSpace(keyRing))
        {
            protection.PersistKeysToFileSystem(new DirectoryInfo(keyRing));
        }
        else if (!builder.Environment.IsDevelopment())
        {
            // A per-machine default ring would differ between replicas and vanish with the container.
            throw new InvalidOperationException(
                $"{section}:KeyRingPath is not set: outside Development the key ring that protects the signing keys is kept in " +
                "that folder (a mounted secret or volume shared by the replicas, never the database).");
        }
        if (builder.Configuration[$"{section}:KeyRingCertificatePath"] is { Length: > 0 } certificate)
        {
            protection.ProtectKeysWithCertificate(
                X509CertificateLoader.LoadPkcs12FromFile(certificate, builder.Configuration[$"{section}:KeyRingCertificatePassword"]));
        }
        var purpose = $"PromoMonth.{section}.SigningKeys.v1";
        builder.Services.AddSingleton(services => services.GetRequiredService<IDataProtectionProvider>().CreateProtector(purpose));
        return builder;
    }

    /// <summary>A row written before keys were protected holds the PEM itself.</summary>
    public static bool IsPlainPem(string stored) => stored.StartsWith("-----BEGIN", StringComparison.Ordinal);
}
