using QRCoder;
using QRCoder.Exceptions;

namespace PromoMonth.Licensing.Credentials;

/// <summary>
/// The dense QR code that holds a credential itself, for checking without any network: version 40 at error correction
/// level L, the most a QR code holds (2,953 bytes). A credential longer than that (a licence with a very long scope)
/// has no such code; its licensee downloads the credential instead.
/// </summary>
public static class CredentialQr
{
    /// <summary>The most bytes a QR code holds (version 40-L, byte mode).</summary>
    public const int MaxBytes = 2953;

    /// <summary>The PNG, or null when the credential does not fit in one code.</summary>
    public static byte[]? Png(string compactCredential)
    {
        if (compactCredential.Length > MaxBytes)
        {
            return null;
        }
        using var generator = new QRCodeGenerator();
        try
        {
            using var data = generator.CreateQrCode(compactCredential, QRCodeGenerator.ECCLevel.L);
            return new PngByteQRCode(data).GetGraphic(4);
        }
        catch (DataTooLongException)
        {
            return null;
        }
    }
}
