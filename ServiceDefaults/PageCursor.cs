using System.Buffers.Binary;
using System.Buffers.Text;
using PromoMonth.ServiceDefaults.Validation;

namespace PromoMonth.ServiceDefaults;

/// <summary>
/// Where a list's next page starts: the sort key and id of the last item shown, and the number of the page it leads
/// to. A page read by it starts at an index position instead of counting past every earlier row, so the hundredth
/// page costs what the first does. Opaque to clients, who follow the list's <c>Link: &lt;…&gt;; rel="next"</c>.
/// </summary>
public sealed record PageCursor(DateTimeOffset SortKey, Guid Id, int Page)
{
    /// <summary>The query parameter that carries it.</summary>
    public const string Parameter = "after";

    private const int Length = 28;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt64BigEndian(bytes, SortKey.UtcTicks);
        Id.TryWriteBytes(bytes[8..24]);
        BinaryPrimitives.WriteInt32BigEndian(bytes[24..], Page);
        return Base64Url.EncodeToString(bytes);
    }

    /// <summary>The cursor a client sent, or null when it sent none; a damaged one is named in <paramref name="errors"/>.</summary>
    public static PageCursor? From(string? after, RequestErrors errors)
    {
        if (after is null)
        {
            return null;
        }
        // Validated before decoding: the decoder throws on characters outside the alphabet instead of answering false.
        Span<byte> bytes = stackalloc byte[Length];
        if (after.Length > 64 || !Base64Url.IsValid(after, out var decodedLength) || decodedLength != Length
            || !Base64Url.TryDecodeFromChars(after, bytes, out var written) || written != Length)
        {
            errors.Add(Parameter, "Not a cursor this list gave: follow the list's Link header (rel=\"next\").");
            return null;
        }
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        var page = BinaryPrimitives.ReadInt32BigEndian(bytes[24..]);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks || page < 2)
        {
            errors.Add(Parameter, "Not a cursor this list gave: follow the list's Link header (rel=\"next\").");
            return null;
        }
        return new PageCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[8..24]), page);
    }
}
