using PromoMonth.DataGenerator;

var (options, error, help) = GeneratorOptions.Parse(args);
if (help || options is null)
{
    if (error is not null)
    {
        Console.Error.WriteLine(error);
    }
    (error is null ? Console.Out : Console.Error).WriteLine(GeneratorOptions.Usage);
    return error is null ? 0 : 2;
}

var plan = CampaignPlan.Create(options);
if (options.DryRun)
{
    plan.Describe(Console.Out);
    return 0;
}

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Stop starting new requests, but let the summary say how far the run got.
    e.Cancel = true;
    cancellation.Cancel();
};

var statistics = new RunStatistics();
using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: true)
{
    BaseAddress = options.Gateway,
    Timeout = TimeSpan.FromSeconds(30),
};
var sender = new ResilientSender(http, statistics);
using var tokens = new TokenCache(sender, TimeProvider.System);
var generator = new CampaignGenerator(new GatewayClient(sender, tokens), options, statistics, Console.Out);

Console.WriteLine($"PromoMonth data generator → {options.Gateway} (seed {options.Seed}, parallelism {options.Parallelism})");
try
{
    // One token up front: a gateway that is down or a wrong address is one clear message, not thousands of failures.
    await tokens.GetAsync(CampaignGenerator.MinistryClient, cancellation.Token);
    await generator.RunAsync(plan, cancellation.Token);
}
catch (HttpRequestException ex)
{
    Console.Error.WriteLine($"Cannot start: {ex.Message}");
    return 1;
}
catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
{
    Console.Error.WriteLine("Interrupted.");
    statistics.PrintSummary(Console.Out, generator.ActivityStatuses);
    return 130;
}

statistics.PrintSummary(Console.Out, generator.ActivityStatuses);
return statistics.FailureCount == 0 ? 0 : 1;
