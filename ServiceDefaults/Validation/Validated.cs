using System.Diagnostics.CodeAnalysis;

namespace PromoMonth.ServiceDefaults.Validation;

/// <summary>
/// What validating a request gives: the value the domain takes, with every field present and every rule met, or the
/// errors. Handlers branch once and then work with a value that needs no null checks.
/// </summary>
public readonly struct Validated<T> where T : notnull
{
    private readonly T? _value;
    private readonly RequestErrors? _errors;

    internal Validated(T? value, RequestErrors? errors)
    {
        _value = value;
        _errors = errors;
    }

    public bool IsValid([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out RequestErrors? errors)
    {
        value = _value;
        errors = _errors;
        return _errors is null;
    }
}

/// <summary>Builds <see cref="Validated{T}"/> answers.</summary>
public static class Validated
{
    public static Validated<T> Valid<T>(T value) where T : notnull => new(value, null);

    public static Validated<T> Invalid<T>(RequestErrors errors) where T : notnull => new(default, errors);

    /// <summary>The value when <paramref name="errors"/> holds nothing, else the errors; the value is built only when valid.</summary>
    public static Validated<T> From<T>(RequestErrors errors, Func<T> value) where T : notnull =>
        errors.Any ? Invalid<T>(errors) : Valid(value());
}
