namespace PromoMonth.ServiceDefaults.Gauges;

/// <summary>Message ids are the outbox rows' UUIDv7 ids: their first 48 bits are the moment the event was written.</summary>
internal static class MessageIds
{
    public static DateTimeOffset WrittenAt(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        var milliseconds = ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16)
            | ((long)bytes[4] << 8) | bytes[5];
        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
