using MassTransit;

namespace PromoMonth.ServiceDefaults.Messaging;

/// <summary>
/// The queues this service consumes from, as MassTransit configured them: the error-queue command moves messages from
/// each one's <c>_error</c> queue back to it.
/// </summary>
public sealed class ReceiveQueues : IEndpointConfigurationObserver
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_names)
            {
                return [.. _names];
            }
        }
    }

    public void EndpointConfigured<T>(T configurator) where T : IReceiveEndpointConfigurator
    {
        var queue = configurator.InputAddress.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (queue is null)
        {
            return;
        }
        lock (_names)
        {
            if (!_names.Contains(queue, StringComparer.Ordinal))
            {
                _names.Add(queue);
            }
        }
    }
}
