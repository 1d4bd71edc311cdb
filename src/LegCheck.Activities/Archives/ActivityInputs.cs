using System.IO.Compression;

namespace LegCheck.Activities.Archives;

/// <summary>
/// Turns the paths a runner names into the activity files to import, without unpacking anything to disk:
/// folders (recursively), FIT, GPX and TCX files, the same gzipped (".fit.gz"), and zip archives, nested ones
/// included: a Strava bulk export (activities/*.fit.gz, *.gpx.gz, *.tcx.gz with activities.csv giving names and gear),
/// a Garmin Connect export (zips inside a zip), a single-activity zip. Other files inside archives (photos, JSON)
/// are passed over. Every problem becomes an input with <see cref="ActivityInput.Problem"/> set, in order, so one
/// bad archive never stops the others.
/// </summary>
public static class ActivityInputs
{
    private static readonly string[] ActivityExtensions = [".fit", ".gpx", ".tcx"];

    /// <summary>After this many files of one archive are refused as bombs, the rest of it is not read.</summary>
    private const int MaxRefusalsPerArchive = 10;

    /// <summary>A name LegCheck reads: .fit, .gpx, .tcx, any of them .gz, or .zip.</summary>
    public static bool IsCandidate(string name) => IsActivityName(name) || IsZipName(name);

    public static IEnumerable<ActivityInput> Expand(IEnumerable<string> paths, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArchiveLimits l = limits ?? ArchiveLimits.Default;
        foreach (string path in paths)
        {
            IEnumerable<ActivityInput> inputs = Directory.Exists(path) ? FromFolder(path, l)
                : File.Exists(path) ? FromFile(path, null, l)
                : [ActivityInput.Failed(path, "no such file or folder")];
            foreach (ActivityInput input in inputs)
            {
                yield return input;
            }
        }
    }

    /// <summary>
    /// Files saved somewhere (such as uploads in a private temporary folder), each named in messages by
    /// <see cref="NamedFile.DisplayName"/> rather than where it happens to lie; archives are opened like any other.
    /// </summary>
    public static IEnumerable<ActivityInput> Expand(IEnumerable<NamedFile> files, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArchiveLimits l = limits ?? ArchiveLimits.Default;
        foreach (NamedFile file in files)
        {
            IEnumerable<ActivityInput> inputs = File.Exists(file.Path)
                ? FromFile(file.Path, null, l, file.DisplayName)
                : [ActivityInput.Failed(file.DisplayName, "no such file")];
            foreach (ActivityInput input in inputs)
            {
                yield return input;
            }
        }
    }

    private static bool IsActivityName(string name)
    {
        string n = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return ActivityExtensions.Any(e => n.EndsWith(e, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsZipName(string name) => name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<ActivityInput> FromFolder(string folder, ArchiveLimits limits)
    {
        (IReadOnlyDictionary<string, ExportEntry> list, string root) = FolderList(folder, limits);
        List<string> files;
        try
        {
            files = [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => IsCandidate(Path.GetFileName(f)))
                .Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            files = [];
        }

        foreach (string file in files)
        {
            ExportEntry? export = list.GetValueOrDefault(StravaActivityList.Normalize(Path.GetRelativePath(root, file)));
            foreach (ActivityInput input in FromFile(file, export, limits))
            {
                yield return input;
            }
        }
    }

    /// <summary>An unzipped Strava export keeps activities.csv at its root, beside (or above) the activities folder.</summary>
    private static (IReadOnlyDictionary<string, ExportEntry>, string) FolderList(string folder, ArchiveLimits limits)
    {
        string full = Path.GetFullPath(folder);
        string? parent = Path.GetDirectoryName(full.TrimEnd(Path.DirectorySeparatorChar));
        foreach (string root in parent is null ? [full] : new[] { full, parent })
        {
            string csv = Path.Combine(root, StravaActivityList.FileName);
            if (File.Exists(csv) && new FileInfo(csv).Length <= limits.MaxFileBytes)
            {
                try
                {
                    using FileStream stream = File.OpenRead(csv);
                    return (StravaActivityList.Parse(stream), root);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Without the list the files still import, only without names and gear.
                }
            }
        }

        return (new Dictionary<string, ExportEntry>(), full);
    }

    private static IEnumerable<ActivityInput> FromFile(string path, ExportEntry? export, ArchiveLimits limits, string? displayName = null)
    {
        string display = displayName ?? path;
        byte[] head = Head(path);
        if (IsZipName(path) || Unpacking.IsZip(head))
        {
            return FromZipFile(path, limits, display);
        }

        long length = SafeLength(path);
        bool gzip = Unpacking.IsGzip(head);
        long hint = gzip ? length * 8 : length;
        return [new ActivityInput(display, Path.GetFileName(path), hint, () => ReadFile(path, limits), readOnEnumeratingThread: false)
        {
            Export = export,
            DiskPath = gzip || length > limits.MaxFileBytes ? null : path,
        }];
    }

    private static byte[] ReadFile(string path, ArchiveLimits limits)
    {
        if (SafeLength(path) > limits.MaxFileBytes)
        {
            throw new ArchiveLimitException($"larger than {Sizes.Describe(limits.MaxFileBytes)}; not read");
        }

        byte[] bytes = File.ReadAllBytes(path);
        try
        {
            return Unpacking.IsGzip(bytes) ? Unpacking.Gunzip(bytes, null, limits) : bytes;
        }
        catch (InvalidDataException ex)
        {
            throw new ActivityInputException("its gzip data is damaged", ex);
        }
    }

    private static IEnumerable<ActivityInput> FromZipFile(string path, ArchiveLimits limits, string display)
    {
        FileStream? stream = null;
        ZipArchive? archive = null;
        string? problem = null;
        try
        {
            stream = File.OpenRead(path);
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            problem = "not a readable zip archive (damaged, or not a zip)";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = FileProblem.Describe(ex);
        }

        if (archive is null)
        {
            stream?.Dispose();
            return [ActivityInput.Failed(display, problem ?? "not a readable zip archive")];
        }

        return Owned(archive, FromArchive(archive, display, 1, new UnpackBudget(limits)));
    }

    private static IEnumerable<ActivityInput> Owned(ZipArchive archive, IEnumerable<ActivityInput> inputs)
    {
        using (archive)
        {
            foreach (ActivityInput input in inputs)
            {
                yield return input;
            }
        }
    }

    private static IEnumerable<ActivityInput> FromArchive(ZipArchive archive, string prefix, int depth, UnpackBudget budget)
    {
        (List<ZipArchiveEntry> entries, string? problem) = Entries(archive);
        if (problem is not null)
        {
            yield return ActivityInput.Failed(prefix, problem);
            yield break;
        }

        IReadOnlyDictionary<string, ExportEntry> list = ExportList(entries, budget);
        foreach (ZipArchiveEntry entry in entries)
        {
            if (entry.Name.Length == 0 || !IsCandidate(entry.Name))
            {
                continue;
            }

            string display = $"{prefix}/{entry.FullName}";
            if (budget.Exhausted || budget.Refusals >= MaxRefusalsPerArchive)
            {
                yield return ActivityInput.Failed(prefix, budget.Exhausted
                    ? $"unpacks to more than {Sizes.Describe(budget.Limits.MaxTotalBytes)} in all; the rest of it was not read, as a possible zip bomb"
                    : $"{budget.Refusals} files refused as possible zip bombs; the rest of it was not read");
                yield break;
            }

            string? limit = Count(budget);
            if (limit is not null)
            {
                yield return ActivityInput.Failed(prefix, limit);
                yield break;
            }

            if (!IsZipName(entry.Name))
            {
                ExportEntry? export = list.GetValueOrDefault(StravaActivityList.Normalize(entry.FullName));
                long hint = entry.Name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? entry.Length * 8 : entry.Length;
                yield return new ActivityInput(display, entry.Name, hint, () => ReadEntry(entry, budget), readOnEnumeratingThread: true) { Export = export };
                continue;
            }

            if (depth >= budget.Limits.MaxDepth)
            {
                yield return ActivityInput.Failed(display, $"zips nested more than {budget.Limits.MaxDepth} deep; not read, as a possible zip bomb");
                continue;
            }

            (ZipArchive? inner, string? innerProblem) = OpenNested(entry, budget);
            if (inner is null)
            {
                yield return ActivityInput.Failed(display, innerProblem!);
                continue;
            }

            using (inner)
            {
                foreach (ActivityInput input in FromArchive(inner, display, depth + 1, budget))
                {
                    yield return input;
                }
            }
        }
    }

    private static (List<ZipArchiveEntry>, string?) Entries(ZipArchive archive)
    {
        try
        {
            return ([.. archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal)], null);
        }
        catch (InvalidDataException)
        {
            return ([], "not a readable zip archive (its list of files is damaged)");
        }
    }

    private static string? Count(UnpackBudget budget)
    {
        try
        {
            budget.CountEntry();
            return null;
        }
        catch (ArchiveLimitException ex)
        {
            return ex.Message;
        }
    }

    private static IReadOnlyDictionary<string, ExportEntry> ExportList(List<ZipArchiveEntry> entries, UnpackBudget budget)
    {
        ZipArchiveEntry? csv = entries.Find(e => StravaActivityList.Normalize(e.FullName).Equals(StravaActivityList.FileName, StringComparison.OrdinalIgnoreCase));
        if (csv is null)
        {
            return new Dictionary<string, ExportEntry>();
        }

        try
        {
            using Stream stream = csv.Open();
            byte[] bytes = Unpacking.ReadAll(stream, budget.Limits.MaxFileBytes, csv.CompressedLength, budget, budget.Limits, csv.Length);
            return StravaActivityList.Parse(new MemoryStream(bytes, writable: false));
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or ArchiveLimitException)
        {
            return new Dictionary<string, ExportEntry>();
        }
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry, UnpackBudget budget)
    {
        byte[] bytes;
        try
        {
            using Stream stream = entry.Open();
            bytes = Unpacking.ReadAll(stream, budget.Limits.MaxFileBytes, entry.CompressedLength, budget, budget.Limits, entry.Length);
        }
        catch (InvalidDataException ex)
        {
            throw new ActivityInputException("its compressed data in the zip is damaged", ex);
        }
        catch (ArchiveLimitException ex)
        {
            budget.Refused(ex);
            throw;
        }

        return Unpacking.IsGzip(bytes) ? Gunzip(bytes, budget) : bytes;
    }

    private static byte[] Gunzip(byte[] bytes, UnpackBudget budget)
    {
        try
        {
            return Unpacking.Gunzip(bytes, budget, budget.Limits);
        }
        catch (InvalidDataException ex)
        {
            throw new ActivityInputException("its gzip data is damaged", ex);
        }
        catch (ArchiveLimitException ex)
        {
            budget.Refused(ex);
            throw;
        }
    }

    /// <summary>A zip inside a zip: read in place when the entry is stored uncompressed, else held in memory within its limit.</summary>
    private static (ZipArchive?, string?) OpenNested(ZipArchiveEntry entry, UnpackBudget budget)
    {
        Stream? stream = null;
        try
        {
            stream = entry.Open();
            if (!stream.CanSeek)
            {
                byte[] bytes = Unpacking.ReadAll(stream, budget.Limits.MaxNestedArchiveBytes, entry.CompressedLength, budget, budget.Limits, entry.Length);
                stream.Dispose();
                stream = new MemoryStream(bytes, writable: false);
            }

            return (new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false), null);
        }
        catch (ArchiveLimitException ex)
        {
            stream?.Dispose();
            budget.Refused(ex);
            return (null, ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            stream?.Dispose();
            return (null, "not a readable zip archive (damaged, or not a zip)");
        }
    }

    private static byte[] Head(string path)
    {
        try
        {
            using FileStream stream = File.OpenRead(path);
            byte[] head = new byte[4];
            return stream.ReadAtLeast(head, 4, throwOnEndOfStream: false) == 4 ? head : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static long SafeLength(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
