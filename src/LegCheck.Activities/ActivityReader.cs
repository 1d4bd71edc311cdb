using System.Xml;
using LegCheck.Activities.Fit;
using LegCheck.Activities.Gpx;
using LegCheck.Activities.Tcx;

namespace LegCheck.Activities;

/// <summary>
/// The single entry point: reads a FIT, GPX or TCX file, telling the format by its content. Never throws for
/// any input: every problem becomes <see cref="ReadStatus.Error"/> with one line that starts with the file's name.
/// </summary>
public static class ActivityReader
{
    /// <summary>Reads the file at <paramref name="path"/>; the message names it by its file name.</summary>
    public static ReadOutcome Read(string path, FitOptions? fitOptions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadFile(path, Path.GetFileName(path), fitOptions);
    }

    /// <summary>
    /// Reads the file at <paramref name="path"/> without holding it in memory when it is GPX or TCX (they are parsed
    /// as they stream from disk, so a 100 MB GPX costs little memory); a FIT file is read whole, as decoding needs it.
    /// <paramref name="displayName"/> names it in messages.
    /// </summary>
    public static ReadOutcome ReadFile(string path, string displayName, FitOptions? fitOptions = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(displayName);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
            byte[] head = new byte[256];
            int n = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            if (FitDecoder.HasSignature(head.AsSpan(0, n)) || !ActivityFormats.LooksLikeXml(head.AsSpan(0, n)))
            {
                return Read(File.ReadAllBytes(path), displayName, fitOptions);
            }

            return Guard(displayName, () =>
            {
                stream.Position = 0;
                ActivityFormat format = ActivityFormats.Detect(stream);
                stream.Position = 0;
                return format switch
                {
                    ActivityFormat.Gpx => GpxReader.Read(stream, displayName),
                    ActivityFormat.Tcx => TcxReader.Read(stream, displayName),
                    ActivityFormat.OtherXml => ReadOutcomes.Error(displayName, "XML, but neither GPX nor TCX"),
                    _ => ReadXmlForError(stream, displayName),
                };
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            return ReadOutcomes.Error(displayName, FileProblem.Describe(ex));
        }
    }

    /// <summary>Reads the stream to its end; <paramref name="displayName"/> names it in messages.</summary>
    public static ReadOutcome Read(Stream stream, string displayName, FitOptions? fitOptions = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return Read(copy.ToArray(), displayName, fitOptions);
        }
        catch (Exception ex) when (ex is IOException or NotSupportedException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return ReadOutcomes.Error(displayName, FileProblem.Describe(ex));
        }
    }

    /// <summary>Reads a whole file held in memory; <paramref name="displayName"/> names it in messages.</summary>
    public static ReadOutcome Read(byte[] data, string displayName, FitOptions? fitOptions = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(displayName);
        return Guard(displayName, () => ReadContent(new ArraySegment<byte>(data), displayName, fitOptions ?? FitOptions.Default));
    }

    /// <summary>
    /// Reads a whole file held in part of a buffer (such as a pooled one); nothing in the outcome refers to the buffer,
    /// so it may be reused once this returns. <paramref name="displayName"/> names it in messages.
    /// </summary>
    public static ReadOutcome Read(ArraySegment<byte> data, string displayName, FitOptions? fitOptions = null)
    {
        if (data.Array is null)
        {
            throw new ArgumentException("a segment of no array", nameof(data));
        }

        ArgumentNullException.ThrowIfNull(displayName);
        return Guard(displayName, () => ReadContent(data, displayName, fitOptions ?? FitOptions.Default));
    }

    /// <summary>Turns whatever a reader throws into an error outcome in LegCheck's words.</summary>
    private static ReadOutcome Guard(string displayName, Func<ReadOutcome> read)
    {
        try
        {
            return read();
        }
        catch (XmlException ex)
        {
            return ReadOutcomes.Error(displayName, $"not valid XML ({Xml.XmlSettings.Problem(ex)})");
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The boundary: a bug must not stop an import of many files, and the runner sees no .NET text; the
            // exception's type says which bug it is when someone reports the line.
            return ReadOutcomes.Error(displayName, $"could not be read: LegCheck's reader failed on it (internal {ex.GetType().Name}); please report the file");
        }
    }

    private static ReadOutcome ReadContent(ArraySegment<byte> data, string name, FitOptions fitOptions)
    {
        if (data.Count == 0)
        {
            return ReadOutcomes.Error(name, "empty file");
        }

        if (FitDecoder.HasSignature(data))
        {
            // FIT messages keep a reference to the bytes they were decoded from, so they get an array of their own.
            byte[] whole = data.Offset == 0 && data.Count == data.Array!.Length ? data.Array : data.ToArray();
            return FitActivityReader.Read(whole, name, fitOptions);
        }

        if (!ActivityFormats.LooksLikeXml(data))
        {
            return name.EndsWith(".fit", StringComparison.OrdinalIgnoreCase)
                ? ReadOutcomes.Error(name, "not a FIT file: no .FIT signature at bytes 8-11")
                : ReadOutcomes.Error(name, "not XML, and not a FIT file");
        }

        MemoryStream Content() => new(data.Array!, data.Offset, data.Count, writable: false);
        return ActivityFormats.Detect(Content()) switch
        {
            ActivityFormat.Gpx => GpxReader.Read(Content(), name),
            ActivityFormat.Tcx => TcxReader.Read(Content(), name),
            ActivityFormat.OtherXml => ReadOutcomes.Error(name, "XML, but neither GPX nor TCX"),
            _ => ReadXmlForError(Content(), name),
        };
    }

    /// <summary>Parses malformed XML once more to name the problem.</summary>
    private static ReadOutcome ReadXmlForError(Stream data, string name)
    {
        using var reader = XmlReader.Create(data, Xml.XmlSettings.Reader());
        reader.MoveToContent();
        return ReadOutcomes.Error(name, "not XML");
    }
}
