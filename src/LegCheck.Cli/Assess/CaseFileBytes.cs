using LegCheck.Core.Input;

namespace LegCheck.Cli.Assess;

/// <summary>
/// Reads a case file's bytes without hanging or exhausting memory: only a regular file of at most
/// <see cref="InputLimits.MaxBytes"/> is opened. A pipe, a device such as <c>/dev/urandom</c> (or a link to one)
/// reports a size of zero, so it is refused before it is opened; opening a pipe would wait for a writer.
/// </summary>
internal static class CaseFileBytes
{
    public static (byte[]? Bytes, string? Problem) Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is not FileInfo file || !file.Exists)
            {
                return (null, "not a regular file (a folder, or a link to nothing)");
            }

            if (file.Length == 0)
            {
                return (null, "empty, or not a regular file (a pipe or a device); expected a case file");
            }

            if (file.Length > InputLimits.MaxBytes)
            {
                return (null, $"larger than the limit of {InputLimits.MaxBytes / 1024} KiB for a case file");
            }

            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            var buffer = new byte[InputLimits.MaxBytes + 1];
            var total = 0;
            int read;
            while (total < buffer.Length && (read = stream.Read(buffer, total, buffer.Length - total)) > 0)
            {
                total += read;
            }

            // The size can change between the check and the read; the limit holds for what was read.
            return total > InputLimits.MaxBytes
                ? (null, $"larger than the limit of {InputLimits.MaxBytes / 1024} KiB for a case file")
                : (buffer[..total], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot read ({e.Message})");
        }
    }
}
