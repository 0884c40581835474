namespace PromoMonth.ServiceDefaults.Operations;

/// <summary>
/// Something an operator does at 2 a.m. from the Aspire dashboard (a resource command): the AppHost adds a
/// command to the service's resource that posts to <c>/ops/{Name}</c>, and the service runs it.
/// </summary>
public interface IOperatorCommand
{
    /// <summary>The path segment and the dashboard command's name, e.g. <c>relay-outbox</c>.</summary>
    string Name { get; }

    /// <returns>One line for the dashboard: what the command did.</returns>
    Task<string> RunAsync(CancellationToken cancellationToken);
}
