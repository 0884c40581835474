using System.Globalization;

namespace PromoMonth.AppHost.Infrastructure;

/// <summary>A PostgreSQL server run from the Debian package by the AppHost.</summary>
public sealed class LocalPostgresServerResource(string name, string command, string workingDirectory, int port, ParameterResource password)
    : ExecutableResource(name, command, workingDirectory), IResourceWithConnectionString
{
    public int Port => port;

    public ParameterResource Password => password;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Password={Password}");
}

/// <summary>One service's database on the local server or the cluster's primary; created when the server becomes healthy.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, IResourceWithConnectionString parent)
    : Resource(name), IResourceWithParent<IResourceWithConnectionString>, IResourceWithConnectionString
{
    public IResourceWithConnectionString Parent => parent;

    public string DatabaseName => databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create($"{Parent};Database={DatabaseName}");
}
