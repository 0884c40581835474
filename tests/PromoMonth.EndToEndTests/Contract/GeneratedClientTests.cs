using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace PromoMonth.EndToEndTests.Contract;

/// <summary>
/// A TypeScript client generated from the documents the gateway serves (openapi-typescript), compiled with the strict
/// compiler against three partner flows written only against its types (tests/contract/flows), and run against this
/// system: a unit registers, commits and licenses a key enterprise that anyone then verifies; a hotline posts a case
/// and retries it; the ministry reads a period's completeness and anyone the catalog's releases.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class GeneratedClientTests(SystemFixture system)
{
    [Fact]
    public async Task A_client_generated_from_the_documents_compiles_and_runs_three_partner_flows()
    {
        var documents = await ContractTools.SaveDocumentsAsync(system.Gateway);
        var work = Directory.CreateDirectory(Path.Combine(documents, "client")).FullName;
        var flows = Directory.CreateDirectory(Path.Combine(work, "flows")).FullName;
        var generated = Directory.CreateDirectory(Path.Combine(flows, "generated")).FullName;
        File.Copy(Path.Combine(ContractTools.Folder, "flows", "partner-flows.ts"), Path.Combine(flows, "partner-flows.ts"));
        // The package's own package.json makes the flows an ES module, as its tsconfig compiles them.
        foreach (var file in new[] { "tsconfig.json", "package.json" })
        {
            File.Copy(Path.Combine(ContractTools.Folder, file), Path.Combine(work, file));
        }
        File.CreateSymbolicLink(Path.Combine(work, "node_modules"), Path.Combine(ContractTools.Folder, "node_modules"));

        foreach (var name in ContractTools.Documents)
        {
            var generation = await ContractTools.RunAsync("openapi-typescript", work,
                [Path.Combine(documents, $"{name}.json"), "-o", Path.Combine(generated, $"{name}.ts")]);
            Assert.True(generation.ExitCode == 0, $"openapi-typescript refused {name}: {generation.Error}");
        }
        var compiled = await ContractTools.RunAsync("tsc", work, ["-p", "."]);
        Assert.True(compiled.ExitCode == 0, $"the flows do not compile against the generated client:\n{compiled.Output}");

        var run = await ProcessRunner.RunAsync("node", work, [Path.Combine(work, "out", "partner-flows.js")],
            new Dictionary<string, string>
            {
                ["GATEWAY"] = system.Gateway.BaseAddress!.ToString().TrimEnd('/'),
                ["RUN_STAMP"] = Random.Shared.Next(1, 9_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        Assert.True(run.ExitCode == 0, $"a flow failed:\n{run.Error}");
        var result = JsonDocument.Parse(run.Output).RootElement;

        var licence = result.GetProperty("licence");
        Assert.True(licence.GetProperty("valid").GetBoolean());
        Assert.Equal("active", licence.GetProperty("status").GetString());
        // What the client read is what the API says.
        var verified = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/verify/{licence.GetProperty("number").GetString()}");
        Assert.True(verified.GetProperty("valid").GetBoolean());

        var complaint = result.GetProperty("case");
        Assert.Equal((int)HttpStatusCode.Created, complaint.GetProperty("firstStatus").GetInt32());
        Assert.Equal((int)HttpStatusCode.OK, complaint.GetProperty("retriedStatus").GetInt32());
        Assert.Equal(complaint.GetProperty("id").GetString(), complaint.GetProperty("retriedId").GetString());
        Assert.Equal("310000", complaint.GetProperty("responsibleRegion").GetString());

        var overview = result.GetProperty("overview");
        Assert.Equal(37, overview.GetProperty("expected").GetInt32());
        Assert.Equal((int)HttpStatusCode.OK, overview.GetProperty("releasesStatus").GetInt32());
    }
}
