using System.IO.Compression;
using Microsoft.IdentityModel.Tokens;

namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// A status list's bits as the W3C Bitstring Status List encodes them: index 0 is the left-most (most significant) bit
/// of the first byte; the bytes are GZIP-compressed, then base64url-encoded without padding behind the multibase
/// prefix "u".
/// </summary>
public sealed class StatusBitstring
{
    private const char MultibaseBase64Url = 'u';
    private readonly byte[] _bytes;

    public StatusBitstring(int length = StatusListPosition.ListSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        _bytes = new byte[(length + 7) / 8];
    }

    private StatusBitstring(byte[] bytes) => _bytes = bytes;

    public int Length => _bytes.Length * 8;

    public bool this[int index]
    {
        get => (_bytes[index / 8] & Mask(index)) != 0;
        set => _bytes[index / 8] = (byte)(value ? _bytes[index / 8] | Mask(index) : _bytes[index / 8] & ~Mask(index));
    }

    /// <summary>The encodedList value.</summary>
    public string Encode()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(_bytes);
        }
        return MultibaseBase64Url + Base64UrlEncoder.Encode(compressed.ToArray());
    }

    /// <summary>Reads an encodedList back; null when it is not one.</summary>
    public static StatusBitstring? Decode(string encodedList)
    {
        if (encodedList.Length < 2 || encodedList[0] != MultibaseBase64Url)
        {
            return null;
        }
        try
        {
            using var gzip = new GZipStream(new MemoryStream(Base64UrlEncoder.DecodeBytes(encodedList[1..])), CompressionMode.Decompress);
            using var bytes = new MemoryStream();
            gzip.CopyTo(bytes);
            return bytes.Length == 0 ? null : new StatusBitstring(bytes.ToArray());
        }
        catch (Exception e) when (e is FormatException or InvalidDataException or ArgumentException)
        {
            return null;
        }
    }

    private static int Mask(int index) => 0x80 >> (index % 8);
}
