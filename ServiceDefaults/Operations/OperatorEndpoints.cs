using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PromoMonth.ServiceDefaults.Operations;

public static class OperatorEndpoints
{
    /// <summary>
    /// The service's operator commands, at <c>POST /ops/{name}</c>, for the AppHost's dashboard commands only; a host
    /// without commands (the gateway, the token server) has no such route at all.
    /// </summary>
    public static IEndpointRouteBuilder MapOperatorCommands(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetServices<IOperatorCommand>().Any())
        {
            app.MapPost("/ops/{name}", Run).AllowAnonymous().ExcludeFromDescription();
        }
        return app;
    }

    private static async Task<IResult> Run(
        string name,
        HttpRequest request,
        IEnumerable<IOperatorCommand> commands,
        IConfiguration configuration,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!OperatorKey.Matches(configuration[OperatorKey.Setting], request.Headers[OperatorKey.Header]))
        {
            return Results.NotFound();
        }
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (command is null)
        {
            return Results.Problem(
                $"This service has no operator command '{name}'.",
                statusCode: StatusCodes.Status404NotFound,
                title: "Unknown operator command.");
        }
        // Operators' actions are part of the record, failures included: what each run did or why it could not.
        var log = loggers.CreateLogger("PromoMonth.Operations");
        try
        {
            var outcome = await command.RunAsync(cancellationToken);
            log.LogInformation("Operator command {Command} ran: {Outcome}", name, outcome);
            return Results.Ok(new OperatorCommandResult(name, outcome));
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            log.LogError(ex, "Operator command {Command} failed", name);
            return Results.Problem(
                ex.Message, statusCode: StatusCodes.Status500InternalServerError, title: $"The operator command '{name}' failed.");
        }
    }
}
