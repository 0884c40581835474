using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace PromoMonth.ServiceDefaults.Validation;

/// <summary>
/// The fields of one request that failed, each with its reasons, in the order found. Answered as a 400 (the request
/// cannot be read as asked) or a 422 (it reads, but breaks a rule), both in RFC 9457's validation shape.
/// </summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Errors of one field, for a request that has one thing to check.</summary>
    public static RequestErrors Of(string field, string message)
    {
        var errors = new RequestErrors();
        errors.Add(field, message);
        return errors;
    }

    public bool Has(string field) => _errors.ContainsKey(field);

    /// <summary>The fields that failed, in the order found.</summary>
    public IReadOnlyCollection<string> Fields => _errors.Keys;

    /// <summary>The reasons one field failed (none when it did not).</summary>
    public IReadOnlyList<string> this[string field] => _errors.TryGetValue(field, out var messages) ? messages : [];

    /// <summary>How many fields failed.</summary>
    public int Count => _errors.Count;

    public void AddRange(string field, IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Add(field, message);
        }
    }

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>The value when present; else records "<paramref name="field"/> is required." and answers null.</summary>
    public T? Required<T>(T? value, string field) where T : struct
    {
        if (value is null)
        {
            Add(field, $"{field} is required.");
        }
        return value;
    }

    /// <summary>The text when it has more than white space; else records it as required.</summary>
    public string? Required(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, $"{field} is required.");
            return null;
        }
        return value;
    }

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    public ValidationProblem ToValidationProblem() => TypedResults.ValidationProblem(ToDictionary());

    public ProblemHttpResult ToUnprocessableEntity(string title = "The request has invalid fields.") =>
        ApiConventionsExtensions.UnprocessableEntity(ToDictionary(), title);

    public override string ToString() =>
        string.Join("; ", _errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
}
