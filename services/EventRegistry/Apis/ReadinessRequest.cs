using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of POST /api/registry/launch/linkups/{id}/readiness: ready, or failed with notes saying what failed.</summary>
public sealed record ReadinessRequest(Readiness? Status, string? Notes) : IDocumentedExample<ReadinessRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static ReadinessRequest Example => new(Readiness.Ready, "信号测试通过，备用线路就绪。");

    public Validated<(Readiness Status, string? Notes)> Validate() =>
        Status is not { } status || status is not (Readiness.Ready or Readiness.Failed)
            || (status == Readiness.Failed && string.IsNullOrWhiteSpace(Notes))
            ? Validated.Invalid<(Readiness, string?)>(RequestErrors.Of("status", "Report ready, or failed with notes saying what failed."))
            : Validated.Valid((status, Notes));
}
