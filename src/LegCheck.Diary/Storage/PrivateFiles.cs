namespace LegCheck.Diary.Storage;

/// <summary>
/// The diary holds health data: its folders are created 0700 and its files 0600 (owner only), whatever the
/// umask says, and an older world-readable database is tightened when it is opened.
/// </summary>
public static class PrivateFiles
{
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="folder"/> and any missing parents, each new one 0700; existing folders are left as they are.</summary>
    public static void CreateFolder(string folder)
    {
        var missing = new Stack<string>();
        for (var dir = Path.GetFullPath(folder); !Directory.Exists(dir); dir = Path.GetDirectoryName(dir)!)
        {
            missing.Push(dir);
            if (Path.GetDirectoryName(dir) is null)
            {
                break;
            }
        }

        foreach (var dir in missing)
        {
            if (OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(dir);
            }
            else
            {
                Directory.CreateDirectory(dir, FolderMode);
            }
        }
    }

    /// <summary>Creates an empty file readable by the owner only, unless it exists; then tightens its mode.</summary>
    public static void EnsureFile(string path)
    {
        if (!File.Exists(path))
        {
            using var _ = Create(path);
        }
        else
        {
            Restrict(path);
        }
    }

    /// <summary>A new (or truncated) file, 0600 from its first byte.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = System.IO.FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = FileMode;
        }

        return new FileStream(path, options);
    }

    public static void WriteAllBytes(string path, byte[] content)
    {
        using (var stream = Create(path))
        {
            stream.Write(content);
        }

        // UnixCreateMode applies only to files the call creates; an existing file keeps its mode otherwise.
        Restrict(path);
    }

    public static void Restrict(string path)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(path) && (File.GetUnixFileMode(path) & ~FileMode) != 0)
        {
            File.SetUnixFileMode(path, FileMode);
        }
    }
}
