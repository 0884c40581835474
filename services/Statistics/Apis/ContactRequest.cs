using System.Net.Mail;
using PromoMonth.ServiceDefaults.Validation;
using PromoMonth.Statistics.Domain;

namespace PromoMonth.Statistics.Apis;

public sealed record ContactRequest(string? Name, string? Title, string? Phone, string? Email)
{
    /// <summary>
    /// The person, trimmed, when every part is well-formed; else null, with each bad part's error under
    /// <paramref name="field"/>.
    /// </summary>
    public ContactPerson? Validate(string field, RequestErrors errors)
    {
        var before = errors.Count;
        var name = Text(Name, 100, $"{field}.name", "A name of at most 100 characters is required.", errors);
        var title = Text(Title, 100, $"{field}.title", "A title of at most 100 characters is required.", errors);
        var phone = Phone?.Trim();
        if (phone is null || !IsPhone(phone))
        {
            errors.Add($"{field}.phone", "A phone number (digits, with an optional + and hyphens, 7 to 20 characters) is required.");
        }
        var email = Email?.Trim();
        if (Email is null || email is null || Email.Length > 200 || !MailAddress.TryCreate(Email, out var address)
            || address.Address != email)
        {
            errors.Add($"{field}.email", "An email address is required.");
        }
        return errors.Count == before && name is not null && title is not null && phone is not null && email is not null
            ? new ContactPerson(name, title, phone, email)
            : null;
    }

    private static string? Text(string? text, int maxLength, string field, string message, RequestErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > maxLength)
        {
            errors.Add(field, message);
            return null;
        }
        return text.Trim();
    }

    private static bool IsPhone(string trimmed) =>
        trimmed.Length is >= 7 and <= 20
        && trimmed.Select((c, i) => char.IsAsciiDigit(c) || c == '-' || (c == '+' && i == 0)).All(ok => ok);
}
