namespace PromoMonth.Licensing.Apis;

/// <summary>
/// The benchmark's "constant answer, same service" peer: an answer of verification's size class without a look-up, so
/// the benchmark can show what verification itself costs. It exists only in Development with Benchmark:ConstantPeer
/// set (the benchmark sets it), at a path no gateway route forwards: nothing public can answer "valid" for it.
/// </summary>
public static class BenchmarkPeerApi
{
    public const string Switch = "Benchmark:ConstantPeer";
    public const string PathPrefix = "/_benchmark";

    public static bool IsEnabled(IHostEnvironment environment, IConfiguration configuration) =>
        environment.IsDevelopment() && configuration.GetValue<bool>(Switch);

    public static WebApplication MapBenchmarkPeer(this WebApplication app)
    {
        if (IsEnabled(app.Environment, app.Configuration))
        {
            app.MapGet($"{PathPrefix}/constant/{{licenseNo}}",
                    (string licenseNo) => Results.Ok(new { licenseNumber = licenseNo, status = "active", valid = true }))
                .AllowAnonymous().ExcludeFromDescription();
        }
        return app;
    }
}
