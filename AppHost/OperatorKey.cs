namespace PromoMonth.AppHost;

/// <summary>The operator key's value (for the AppHost's own command requests) and the secret parameter the services receive.</summary>
internal sealed record OperatorKey(string Value, IResourceBuilder<ParameterResource> Parameter);
