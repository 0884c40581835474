using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace PromoMonth.ServiceDefaults.Data;

public static class JsonColumnExtensions
{
    /// <summary>The JSON shape of stored documents: camelCase, enums as camelCase strings, like the API.</summary>
    public static readonly JsonSerializerOptions StoredJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>
    /// Stores a value object (a record, or a list of them) as one jsonb column. Values compare by their JSON, so
    /// replacing a record with an equal one is no change and mutating a list is seen.
    /// </summary>
    public static PropertyBuilder<T> HasJsonColumn<T>(this PropertyBuilder<T> property)
    {
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, StoredJson),
            json => JsonSerializer.Deserialize<T>(json, StoredJson)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, StoredJson) == JsonSerializer.Serialize(b, StoredJson),
                value => JsonSerializer.Serialize(value, StoredJson).GetHashCode(StringComparison.Ordinal),
                value => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(value, StoredJson), StoredJson)!));
        return property;
    }

    /// <summary>
    /// Stores a value as one jsonb column whose owner always replaces it and never changes it in place (a report's
    /// content, a revision's changes). Compared by reference and never copied: for large documents the JSON
    /// comparisons of <see cref="HasJsonColumn{T}"/> cost more than the write itself.
    /// </summary>
    /// <param name="options">The stored shape, when a document has one of its own (default <see cref="StoredJson"/>).</param>
    public static PropertyBuilder<T> HasReplacedJsonColumn<T>(this PropertyBuilder<T> property, JsonSerializerOptions? options = null)
        where T : class
    {
        var stored = options ?? StoredJson;
        property.HasColumnType("jsonb").HasConversion(
            value => JsonSerializer.Serialize(value, stored),
            json => JsonSerializer.Deserialize<T>(json, stored)!,
            new ValueComparer<T>(
                (a, b) => ReferenceEquals(a, b),
                value => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(value),
                value => value));
        return property;
    }
}
