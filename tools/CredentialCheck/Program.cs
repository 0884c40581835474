// The benchmark's "credential verification" row: what a partner's verifier does with a licence credential it holds,
// on one core. It fetches the credential, the issuer's keys and the status lists once (as a verifier caches them),
// then checks the credential over and over for the given seconds: the ES256 signature and typ with
// Microsoft.IdentityModel, and the licence's bits in the cached, decoded lists. Prints one JSON object.
// Usage: PromoMonth.CredentialCheck <gateway URL> <licence number> <seconds>
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

var gateway = new Uri(args[0]);
var number = args[1];
var seconds = double.Parse(args[2], CultureInfo.InvariantCulture);
using var http = new HttpClient { BaseAddress = gateway };
var credential = (await http.GetStringAsync($"/api/verify/{number}/credential")).Trim();
var keys = new JsonWebKeySet(await http.GetStringAsync("/api/verify/issuer/jwks.json")).GetSigningKeys();
var handler = new JsonWebTokenHandler();
var parameters = new TokenValidationParameters
{
    IssuerSigningKeys = keys,
    ValidateIssuer = false,
    ValidateAudience = false,
    ValidTypes = ["vc+jwt"],
    ValidAlgorithms = [SecurityAlgorithms.EcdsaSha256],
    // A status list has no end of validity (its ttl says how long to keep it); a licence's credential has one, checked.
    RequireExpirationTime = false,
};

// The lists, verified once and decoded, by address.
var lists = new Dictionary<string, byte[]>(StringComparer.Ordinal);
foreach (var entry in Entries(credential))
{
    var list = (await http.GetStringAsync(entry.List)).Trim();
    var verified = await handler.ValidateTokenAsync(list, parameters);
    if (!verified.IsValid)
    {
        throw new InvalidOperationException($"The status list {entry.List} does not verify: {verified.Exception?.Message}");
    }
    using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(new JsonWebToken(list).EncodedPayload));
    var encoded = payload.RootElement.GetProperty("credentialSubject").GetProperty("encodedList").GetString()!;
    using var gzip = new GZipStream(new MemoryStream(Base64UrlEncoder.DecodeBytes(encoded[1..])), CompressionMode.Decompress);
    using var bits = new MemoryStream();
    gzip.CopyTo(bits);
    lists[entry.List] = bits.ToArray();
}

// One core: one thread, its process held to one processor.
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
{
    Process.GetCurrentProcess().ProcessorAffinity = 1;
}
var checks = 0;
var set = new Dictionary<string, bool>(StringComparer.Ordinal);
var clock = Stopwatch.StartNew();
var stop = TimeSpan.FromSeconds(seconds);
while (clock.Elapsed < stop)
{
    var result = handler.ValidateTokenAsync(credential, parameters).GetAwaiter().GetResult();
    if (!result.IsValid)
    {
        throw new InvalidOperationException($"The credential does not verify: {result.Exception?.Message}");
    }
    foreach (var entry in Entries(((JsonWebToken)result.SecurityToken).EncodedPayload))
    {
        var bitsOfList = lists[entry.List];
        set[entry.Purpose] = (bitsOfList[entry.Index / 8] & (0x80 >> (entry.Index % 8))) != 0;
    }
    checks++;
}
var elapsed = clock.Elapsed.TotalSeconds;
Console.WriteLine(JsonSerializer.Serialize(new Dictionary<string, object>
{
    ["checks_per_s"] = Math.Round(checks / elapsed),
    ["us_per_check"] = Math.Round(elapsed * 1_000_000 / checks, 1),
    ["checks"] = checks,
    ["revoked"] = set.GetValueOrDefault("revocation"),
    ["suspended"] = set.GetValueOrDefault("suspension"),
}));

// The credential's status entries, from its compact form or its encoded payload.
static IEnumerable<(string Purpose, string List, int Index)> Entries(string compactOrPayload)
{
    var payload = compactOrPayload.Contains('.', StringComparison.Ordinal) ? compactOrPayload.Split('.')[1] : compactOrPayload;
    using var document = JsonDocument.Parse(Base64UrlEncoder.Decode(payload));
    return [.. document.RootElement.GetProperty("credentialStatus").EnumerateArray().Select(e => (
        e.GetProperty("statusPurpose").GetString()!,
        e.GetProperty("statusListCredential").GetString()!,
        int.Parse(e.GetProperty("statusListIndex").GetString()!, CultureInfo.InvariantCulture)))];
}
