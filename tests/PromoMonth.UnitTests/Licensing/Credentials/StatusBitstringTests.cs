using System.IO.Compression;
using Microsoft.IdentityModel.Tokens;
using PromoMonth.Licensing.Credentials;

namespace PromoMonth.UnitTests.Licensing.Credentials;

public sealed class StatusBitstringTests
{
    [Fact]
    public void Index_zero_is_the_left_most_bit_of_the_first_byte_as_the_specification_has_it()
    {
        var bits = new StatusBitstring { [0] = true, [9] = true };

        var raw = Gunzip(bits.Encode());

        Assert.Equal(StatusListPosition.ListSize / 8, raw.Length);
        Assert.Equal(0b1000_0000, raw[0]);
        Assert.Equal(0b0100_0000, raw[1]);
        Assert.All(raw[2..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void An_encoded_list_is_multibase_base64url_without_padding_and_reads_back_bit_for_bit()
    {
        var bits = new StatusBitstring { [7] = true, [94_567] = true, [StatusListPosition.ListSize - 1] = true };

        var encoded = bits.Encode();
        var read = StatusBitstring.Decode(encoded)!;

        Assert.StartsWith("u", encoded, StringComparison.Ordinal);
        Assert.DoesNotContain('=', encoded);
        Assert.DoesNotContain('+', encoded);
        Assert.DoesNotContain('/', encoded);
        Assert.Equal(StatusListPosition.ListSize, read.Length);
        Assert.True(read[7] && read[94_567] && read[StatusListPosition.ListSize - 1]);
        Assert.False(read[8] || read[94_566] || read[0]);
    }

    [Fact]
    public void Clearing_a_bit_clears_only_that_bit()
    {
        var bits = new StatusBitstring { [3] = true, [4] = true };

        bits[3] = false;

        Assert.False(bits[3]);
        Assert.True(bits[4]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("H4sI")]
    [InlineData("unot-gzip")]
    [InlineData("u***")]
    public void What_is_not_an_encoded_list_reads_as_none(string encoded) => Assert.Null(StatusBitstring.Decode(encoded));

    [Theory]
    [InlineData(0, 0, 0)]
    [InlineData(131_071, 0, 131_071)]
    [InlineData(131_072, 1, 0)]
    [InlineData(400_000, 3, 6_784)]
    public void A_position_names_its_list_and_its_bit(long position, int list, int index)
    {
        var place = new StatusListPosition(position);

        Assert.Equal(list, place.List);
        Assert.Equal(index, place.Index);
    }

    private static byte[] Gunzip(string encoded)
    {
        using var gzip = new GZipStream(new MemoryStream(Base64UrlEncoder.DecodeBytes(encoded[1..])), CompressionMode.Decompress);
        using var raw = new MemoryStream();
        gzip.CopyTo(raw);
        return raw.ToArray();
    }
}
