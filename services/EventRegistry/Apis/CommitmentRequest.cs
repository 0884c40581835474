using PromoMonth.EventRegistry.Domain;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.EventRegistry.Apis;

/// <summary>The body of POST /api/registry/enterprises/{id}/commitment: the three pledges, all required.</summary>
public sealed record CommitmentRequest(
    bool Safety, bool Integrity, bool SelfDiscipline, string? Signatory, string? SignatoryTitle, DateOnly? SignedOn)
    : IDocumentedExample<CommitmentRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static CommitmentRequest Example => new(
        Safety: true,
        Integrity: true,
        SelfDiscipline: true,
        "李强",
        "总经理",
        new DateOnly(2020, 9, 1));

    /// <summary>The letter as recorded <paramref name="now"/>, or every field that is missing.</summary>
    public Validated<CommitmentLetter> Validate(DateTimeOffset now)
    {
        var errors = new RequestErrors();
        foreach (var (field, pledged) in new[] { ("safety", Safety), ("integrity", Integrity), ("selfDiscipline", SelfDiscipline) })
        {
            if (!pledged)
            {
                errors.Add(field, "The letter holds all three pledges: safety, integrity and industry self-discipline.");
            }
        }
        if (string.IsNullOrWhiteSpace(Signatory))
        {
            errors.Add("signatory", "The signatory's name is required.");
        }
        if (string.IsNullOrWhiteSpace(SignatoryTitle))
        {
            errors.Add("signatoryTitle", "The signatory's title is required.");
        }
        if (SignedOn is null)
        {
            errors.Add("signedOn", "The date of signing is required.");
        }
        return errors.Any || Signatory is null || SignatoryTitle is null || SignedOn is not { } signedOn
            ? Validated.Invalid<CommitmentLetter>(errors)
            : Validated.Valid(new CommitmentLetter(true, true, true, Signatory.Trim(), SignatoryTitle.Trim(), signedOn, now));
    }
}
