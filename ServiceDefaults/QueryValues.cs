using PromoMonth.ServiceDefaults.Validation;
namespace PromoMonth.ServiceDefaults;

/// <summary>
/// Query-string enum values as the API writes them (camelCase), read case-insensitively; a wrong value is named in
/// a 400 with the values allowed, where plain binding would give a bare 400.
/// </summary>
public static class QueryValues
{
    public static TEnum? Enum<TEnum>(string? value, string parameter, RequestErrors errors) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (System.Enum.TryParse<TEnum>(value, ignoreCase: true, out var parsed) && !int.TryParse(value, out _))
        {
            return parsed;
        }
        var allowed = string.Join(", ", System.Enum.GetNames<TEnum>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]));
        errors.Add(parameter, $"'{value}' is not one of: {allowed}.");
        return null;
    }
}
