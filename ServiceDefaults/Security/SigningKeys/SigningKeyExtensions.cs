using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PromoMonth.ServiceDefaults.Security.SigningKeys;

/// <summary>One service's rotated, protected signing keys: stored in its database, rotated by every replica alike.</summary>
public static class SigningKeyExtensions
{
    /// <summary>
    /// Keys of <paramref name="algorithm"/>, configured at {section}:SigningKeys and protected by the key ring at
    /// {section}:KeyRingPath; <typeparamref name="TRing"/> receives them after every pass. A retired key stays
    /// published for <paramref name="longestSignedLifetime"/> (plus a check interval and clock skew).
    /// </summary>
    public static WebApplicationBuilder AddSigningKeys<TContext, TRing>(
        this WebApplicationBuilder builder, string section, SigningKeyAlgorithm algorithm, TimeSpan longestSignedLifetime)
        where TContext : DbContext
        where TRing : class, ISigningKeyRing
    {
        builder.AddSigningKeyProtection(section);
        builder.Services.AddOptions<SigningKeyOptions>().BindConfiguration($"{section}:SigningKeys");
        builder.Services.AddSingleton(services =>
            SigningKeySchedule.From(services.GetRequiredService<IOptions<SigningKeyOptions>>().Value, longestSignedLifetime));
        builder.Services.AddSingleton(algorithm);
        builder.Services.AddSingleton<TRing>();
        builder.Services.AddSingleton<ISigningKeyRing>(services => services.GetRequiredService<TRing>());
        builder.Services.AddSingleton<SigningKeyRotation<TContext>>();
        builder.Services.AddHostedService<SigningKeyRotationService<TContext>>();
        return builder;
    }
}
