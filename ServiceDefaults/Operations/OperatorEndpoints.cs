using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace PromoMonth.ServiceDefaults.Operations;

public static class OperatorEndpoints
{
    /// <summary>The service's operator commands, at <c>POST /ops/{name}</c>, for the AppHost's dashboard commands only.</summary>
    public static IEndpointRouteBuilder MapOperatorCommands(this IEndpointRouteBuilder app)
    {
        app.MapPost("/ops/{name}", Run).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Run(string name, HttpRequest request, IEnumerable<IOperatorCommand> commands, IConfiguration configuration,
        ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (!OperatorKey.Matches(configuration[OperatorKey.Setting], request.Headers[OperatorKey.Header]))
        {
            return Results.NotFound();
        }
        var command = commands.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.Ordinal));
        if (command is null)
        {
            return Results.Problem($"This service has no operator command '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "Unknown operator command.");
        }
        var outcome = await command.RunAsync(cancellationToken);
        // Operators' actions are part of the record: who ran what is the dashboard's, what it did is this line.
        loggers.CreateLogger("PromoMonth.Operations").LogInformation("Operator command {Command} ran: {Outcome}", name, outcome);
        return Results.Ok(new OperatorCommandResult(name, outcome));
    }
}

public sealed record OperatorCommandResult(string Command, string Outcome);
