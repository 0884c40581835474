namespace PromoMonth.Webhooks.Domain;

/// <summary>What one attempt got: the receiver's status code (none if it never answered), the start of its answer or the error.</summary>
public sealed record AttemptResult(int? StatusCode, string? Answer)
{
    public bool Succeeded => StatusCode is >= 200 and < 300;
}
