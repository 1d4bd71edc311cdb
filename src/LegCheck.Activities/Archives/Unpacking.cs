using System.IO.Compression;

namespace LegCheck.Activities.Archives;

/// <summary>Reads a decompressing stream into memory, counting every byte against the limits as it comes.</summary>
internal static class Unpacking
{
    public static readonly byte[] GzipMagic = [0x1F, 0x8B];
    public static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];

    public static bool IsGzip(ReadOnlySpan<byte> data) => data.StartsWith(GzipMagic);

    public static bool IsZip(ReadOnlySpan<byte> data) => data.StartsWith(ZipMagic) || data.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x05, 0x06]);

    /// <summary>Gunzips <paramref name="compressed"/> (concatenated members too), within the file limit.</summary>
    public static byte[] Gunzip(byte[] compressed, UnpackBudget? budget, ArchiveLimits limits)
    {
        using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
        return ReadAll(gzip, limits.MaxFileBytes, compressed.Length, budget, limits, GzipHint(compressed));
    }

    /// <summary>The uncompressed size a gzip file states in its last four bytes (modulo 4 GB): a hint, never trusted.</summary>
    public static long GzipHint(ReadOnlySpan<byte> compressed) =>
        compressed.Length >= 18 ? System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(compressed[^4..]) : 0;

    /// <summary>Reads <paramref name="source"/> to its end, refusing past <paramref name="max"/> bytes or an implausible ratio.</summary>
    public static byte[] ReadAll(Stream source, long max, long compressedLength, UnpackBudget? budget, ArchiveLimits limits, long sizeHint = 0)
    {
        int initial = (int)Math.Clamp(sizeHint, 4096, Math.Min(max, 64L * 1024 * 1024));
        using var buffer = new MemoryStream(initial);
        byte[] chunk = new byte[81920];
        long read = 0;
        int n;
        while ((n = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            read += n;
            if (read > max)
            {
                throw new ArchiveLimitException($"unpacks to more than {Sizes.Describe(max)}; refused as a possible zip bomb");
            }

            if (compressedLength > 0 && read > limits.RatioCheckFromBytes && read > compressedLength * limits.MaxRatio)
            {
                throw new ArchiveLimitException(
                    FormattableString.Invariant($"unpacks to more than {limits.MaxRatio:0} times its packed size; refused as a possible zip bomb"));
            }

            budget?.CountBytes(n);
            buffer.Write(chunk, 0, n);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }
}
