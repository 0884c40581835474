namespace PromoMonth.Licensing.Apis;

/// <summary>
/// The benchmark's "constant answer, same service" peer: an answer of verification's size class without a look-up, so
/// the benchmark can show what verification itself costs. It is compiled only into the benchmark's build
/// (-p:BenchmarkPeer=true), mapped only with Benchmark:ConstantPeer set (which the AppHost passes on in Development
/// only), at a path no gateway route forwards: nothing public can answer "valid" for it.
/// </summary>
public static class BenchmarkPeerApi
{
    public const string Switch = "Benchmark:ConstantPeer";
    public const string PathPrefix = "/_benchmark";

#if BENCHMARK_PEER
    public const bool InThisBuild = true;
#else
    public const bool InThisBuild = false;
#endif

    public static bool IsEnabled(bool inThisBuild, IConfiguration configuration) =>
        inThisBuild && configuration.GetValue<bool>(Switch);

    public static WebApplication MapBenchmarkPeer(this WebApplication app)
    {
        if (IsEnabled(InThisBuild, app.Configuration))
        {
            app.MapGet($"{PathPrefix}/constant/{{licenseNo}}",
                    (string licenseNo) => Results.Ok(new { licenseNumber = licenseNo, status = "active", valid = true }))
                .AllowAnonymous().ExcludeFromDescription();
        }
        return app;
    }
}
