using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace LegCheck.Web.Pages;

/// <summary>
/// A page's state sealed into its own address for post, redirect, get: compressed (the payloads repeat their keys and
/// the address must stay well under the length limit), then encrypted and signed with the server's data-protection
/// keys, so the address bar and history hold no readable symptoms and nobody can forge one, and expiring after
/// <paramref name="lifetime"/>, so an old history entry shows nothing.
/// </summary>
public sealed class SealedToken(IDataProtectionProvider provider, string purpose, TimeSpan lifetime)
{
    private readonly ITimeLimitedDataProtector _protector = provider.CreateProtector(purpose).ToTimeLimitedDataProtector();

    public string Seal(IReadOnlyDictionary<string, string?> payload)
    {
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.Fastest))
        {
            JsonSerializer.Serialize(deflate, payload);
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(packed.ToArray(), lifetime));
    }

    /// <summary>The payload, or null when the token was altered, made with other keys, or has expired.</summary>
    public Dictionary<string, string?>? Open(string token)
    {
        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            using var deflate = new DeflateStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(deflate);
        }
        catch (Exception e) when (e is CryptographicException or FormatException or JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
