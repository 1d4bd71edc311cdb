namespace LegCheck.Handoff;

/// <summary>
/// Writes a handoff file only where the runner said, readable by the runner alone (0600): it is health data.
/// The bytes go to a temporary file beside the target first, so a failed write never leaves half a PDF.
/// </summary>
public static class PrivateFile
{
    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, replacing a file there, mode 0600.</summary>
    /// <exception cref="IOException">The folder does not exist, the target is a folder, or the disk failed.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the file may not be written.</exception>
    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new IOException("it is a folder; expected a file name");
        }

        var folder = Path.GetDirectoryName(full) ?? throw new IOException("no folder in the path");
        if (!Directory.Exists(folder))
        {
            throw new IOException($"the folder {folder} does not exist");
        }

        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
