using System.Diagnostics;
using System.Text.Json;
using k8s;
using k8s.Models;

namespace PromoMonth.IntegrationTests.Deployment;

/// <summary>
/// The Kubernetes deployment (deploy/kubernetes) as kustomize renders its production overlay: every document loads into
/// its typed model with no unknown field, every service is probed, bounded and protected, and the manifests agree with
/// the AppHost (the single description of the system) on the services, their variables and their ports.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly Dictionary<string, Type> OperatorKinds = new(StringComparer.Ordinal)
    {
        ["rabbitmq.com/v1beta1/RabbitmqCluster"] = typeof(RabbitmqCluster),
        ["postgresql.cnpg.io/v1/Cluster"] = typeof(CnpgCluster),
        ["postgresql.cnpg.io/v1/Database"] = typeof(CnpgDatabase),
        ["redis.redis.opstreelabs.in/v1beta2/RedisReplication"] = typeof(RedisReplication),
        ["redis.redis.opstreelabs.in/v1beta2/RedisSentinel"] = typeof(RedisSentinel),
    };

    /// <summary>Project resources of the AppHost that are not deployed: the demo loader runs from the dashboard only.</summary>
    private static readonly HashSet<string> NotDeployed = new(StringComparer.Ordinal) { "demo-campaign" };

    [Fact]
    public async Task Every_rendered_document_loads_into_its_typed_model_with_no_unknown_field()
    {
        var documents = await RenderedAsync();

        Assert.Equal(7, documents.OfType<V1Deployment>().Count());
        Assert.Single(documents.OfType<RabbitmqCluster>(), r => r.Spec!.Replicas == 3);
        Assert.Single(documents.OfType<CnpgCluster>(), c => c.Spec!.Instances >= 2 && c.Spec.Postgresql!.Synchronous!.Number >= 1);
        Assert.Equal(5, documents.OfType<CnpgDatabase>().Count());
        Assert.Single(documents.OfType<RedisSentinel>(), s => s.Spec!.RedisSentinelConfig!.Quorum == "2");
        Assert.DoesNotContain(documents, d => d is V1Secret);
    }

    [Fact]
    public void The_strict_load_refuses_a_misspelled_field()
    {
        const string misspelled = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: gateway
            spec:
              replica: 2
            """;

        Assert.ThrowsAny<Exception>(() => KubernetesYaml.LoadAllFromString(misspelled, OperatorKinds, strict: true));
    }

    [Fact]
    public async Task Every_deployment_is_probed_bounded_and_protected_and_only_the_gateway_is_exposed()
    {
        var documents = await RenderedAsync();
        var budgets = documents.OfType<V1PodDisruptionBudget>().ToList();

        foreach (var deployment in documents.OfType<V1Deployment>())
        {
            var name = deployment.Metadata.Name;
            var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
            Assert.Equal("/health", container.ReadinessProbe?.HttpGet?.Path);
            Assert.Equal("/alive", container.LivenessProbe?.HttpGet?.Path);
            Assert.Equal("http", container.ReadinessProbe!.HttpGet.Port.Value);
            var (requests, limits) = (container.Resources?.Requests, container.Resources?.Limits);
            Assert.True(requests?.ContainsKey("memory") == true && limits?.ContainsKey("memory") == true, $"{name}: no memory bounds");
            Assert.True(requests!.ContainsKey("cpu") && limits!.ContainsKey("cpu"), $"{name}: no cpu bounds");
            Assert.True(deployment.Spec.Replicas >= 2, $"{name} runs a single replica");
            var labels = deployment.Spec.Template.Metadata.Labels;
            Assert.Contains(budgets, b => b.Spec.Selector.MatchLabels.All(l => labels.TryGetValue(l.Key, out var v) && v == l.Value));
            Assert.All(container.Env.Where(e => e.Value is not null), e =>
                Assert.DoesNotMatch("(?i)password=[^$]|secret=[^$]", e.Value));
        }
        var scaled = documents.OfType<V2HorizontalPodAutoscaler>().Select(h => h.Spec.ScaleTargetRef.Name).Order().ToList();
        Assert.Equal(["complaints", "gateway", "licensing"], scaled);
        var ingress = Assert.Single(documents.OfType<V1Ingress>());
        Assert.All(ingress.Spec.Rules.SelectMany(r => r.Http.Paths), p => Assert.Equal("gateway", p.Backend.Service.Name));
    }

    [Fact]
    public async Task The_manifests_and_the_apphost_name_the_same_services_variables_and_ports()
    {
        var documents = await RenderedAsync();
        var deployments = documents.OfType<V1Deployment>().ToDictionary(d => d.Metadata.Name, StringComparer.Ordinal);
        var services = documents.OfType<V1Service>().ToDictionary(s => s.Metadata.Name, StringComparer.Ordinal);

        var projects = await ApphostProjectsAsync();

        Assert.Equal(
            projects.Keys.Where(p => !NotDeployed.Contains(p)).Order(StringComparer.Ordinal),
            deployments.Keys.Order(StringComparer.Ordinal));
        foreach (var (name, variables) in projects.Where(p => !NotDeployed.Contains(p.Key)))
        {
            var container = deployments[name].Spec.Template.Spec.Containers[0];
            var declared = container.Env.Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
            var missing = variables.Where(v => !declared.Contains(v)).ToList();
            Assert.True(missing.Count == 0, $"{name} lacks what the AppHost gives it: {string.Join(", ", missing)}");
            var port = container.Ports.Single(p => p.Name == "http").ContainerPort;
            Assert.Equal(port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                container.Env.Single(e => e.Name == "HTTP_PORTS").Value);
            Assert.Equal("http", services[name].Spec.Ports.Single().TargetPort.Value);
        }
    }

    private static async Task<List<object>> RenderedAsync()
    {
        var overlay = Path.Combine(RepositoryRoot(), "deploy", "kubernetes", "overlays", "production");
        var rendered = await RunAsync("kubectl", ["kustomize", overlay]);
        return KubernetesYaml.LoadAllFromString(rendered, OperatorKinds, strict: true);
    }

    /// <summary>The AppHost's project resources and the variables it gives each, from its manifest (production, external).</summary>
    private static async Task<Dictionary<string, List<string>>> ApphostProjectsAsync()
    {
        var folder = Directory.CreateTempSubdirectory("promomonth-manifest");
        try
        {
            var manifest = Path.Combine(folder.FullName, "aspire-manifest.json");
            await RunAsync("dotnet", [
                    "run", "--project", Path.Combine(RepositoryRoot(), "AppHost"), "--no-build", "--no-launch-profile", "--",
                    "--publisher", "manifest", "--output-path", manifest,
                ],
                new Dictionary<string, string> { ["DOTNET_ENVIRONMENT"] = "Production", ["Infrastructure__Mode"] = "external" });
            using var document = JsonDocument.Parse(await File.ReadAllTextAsync(manifest));
            return document.RootElement.GetProperty("resources").EnumerateObject()
                .Where(r => r.Value.GetProperty("type").GetString() == "project.v0")
                .ToDictionary(r => r.Name, r => r.Value.TryGetProperty("env", out var env)
                    ? env.EnumerateObject().Select(e => e.Name).ToList()
                    : [], StringComparer.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, string[] arguments, Dictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (name, value) in environment ?? [])
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed: {await error}");
        return await output;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PromoMonth.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("PromoMonth.sln not found");
    }
}
