namespace PromoMonth.Contracts;

/// <summary>
/// Resolves a stored message type name back to a contract type. Only types of this assembly resolve,
/// so an outbox row can never make a relay instantiate an arbitrary type.
/// </summary>
public static class ContractTypes
{
    public static string NameOf(Type messageType) =>
        messageType.Assembly == typeof(ContractTypes).Assembly
            ? messageType.FullName!
            : throw new ArgumentException($"{messageType} is not a message contract of PromoMonth.Contracts.", nameof(messageType));

    public static Type? Resolve(string name)
    {
        var type = typeof(ContractTypes).Assembly.GetType(name, throwOnError: false);
        return type is { IsClass: true, IsAbstract: false } && type != typeof(ContractTypes) ? type : null;
    }
}
