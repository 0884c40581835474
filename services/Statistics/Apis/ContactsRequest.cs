using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain;
using PromoMonth.ServiceDefaults.OpenApi;

namespace PromoMonth.Statistics.Apis;

public sealed record ContactsRequest(ContactRequest? Responsible, List<ContactRequest>? Deputies) : IDocumentedExample<ContactsRequest>
{
    /// <summary>The example the OpenAPI document shows.</summary>
    public static ContactsRequest Example => new(
        new ContactRequest("刘洋", "处长", "010-85093000", "liuyang@example.cn"),
        [new ContactRequest("孙悦", "副处长", "010-85093001", "sunyue@example.cn")]);

    /// <summary>The responsible person (required) and the deputies, each with a name, title, phone and email.</summary>
    public Validated<(ContactPerson Responsible, List<ContactPerson> Deputies)> Validate()
    {
        var errors = new RequestErrors();
        ContactPerson? responsible = null;
        if (Responsible is null)
        {
            errors.Add("responsible", "A person with name, title, phone and email is required.");
        }
        else
        {
            responsible = Responsible.Validate("responsible", errors);
        }
        var deputies = new List<ContactPerson>();
        foreach (var (deputy, index) in (Deputies ?? []).Select((d, i) => (d, i)))
        {
            var field = $"deputies[{index}]";
            if (deputy is null)
            {
                errors.Add(field, "A person with name, title, phone and email is required.");
            }
            else if (deputy.Validate(field, errors) is { } person)
            {
                deputies.Add(person);
            }
        }
        if (!errors.Any && responsible is null)
        {
            errors.Add("responsible", "A responsible person is required.");
        }
        return errors.Any || responsible is null
            ? Validated.Invalid<(ContactPerson, List<ContactPerson>)>(errors)
            : Validated.Valid((responsible, deputies));
    }
}
