using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace PromoMonth.ServiceDefaults.Data;

public static class UtcTimestampConventions
{
    /// <summary>
    /// PostgreSQL's timestamptz holds instants and Npgsql accepts only UTC offsets; partners send local times
    /// (+08:00). Every DateTimeOffset column is written as the same instant in UTC, so no code path can forget.
    /// </summary>
    public static ModelConfigurationBuilder StoreTimestampsAsUtc(this ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcConverter>();
        configuration.Properties<DateTimeOffset?>().HaveConversion<UtcConverter>();
        return configuration;
    }

    private sealed class UtcConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
}
