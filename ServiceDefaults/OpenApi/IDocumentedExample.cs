namespace PromoMonth.ServiceDefaults.OpenApi;

/// <summary>
/// A request or answer type that shows a partner a realistic value of itself: the OpenAPI documents carry it as the
/// example of every body and answer of that type, serialized as the API serializes it, and the linters check it
/// against the type's schema.
/// </summary>
public interface IDocumentedExample<out TSelf> where TSelf : IDocumentedExample<TSelf>
{
    static abstract TSelf Example { get; }
}
