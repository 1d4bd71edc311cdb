using System.Text;
using LegCheck.Activities.Archives;
using LegCheck.Diary.Storage;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace LegCheck.Web.Features.Diary;

/// <summary>What an upload carried: the files saved, and the form's other fields (such as <c>lenient</c>).</summary>
internal sealed record Upload(IReadOnlyList<NamedFile> Files, IReadOnlyDictionary<string, string> Fields);

/// <summary>
/// Reads a multipart upload straight to a private folder, part by part, so memory stays small whatever the size:
/// never through the framework's form buffering, whose temporary files are not private. Over-large uploads, too many
/// files, an empty or a malformed upload are Problem Details naming the limit.
/// </summary>
internal static class UploadReceiver
{
    private const int MaxNameLength = 200;
    private const int MaxFieldBytes = 1024;

    public static async Task<(Upload? Upload, ProblemHttpResult? Problem)> ReceiveAsync(HttpRequest request, DiaryWebOptions options, string folder, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return (null, Problems.Invalid(
                "body",
                $"expected multipart/form-data with one or more files, got '{(string.IsNullOrEmpty(request.ContentType) ? "none" : request.ContentType)}'",
                StatusCodes.Status415UnsupportedMediaType));
        }

        if (request.ContentLength > options.MaxUploadBytes)
        {
            return (null, TooLarge(options));
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = options.MaxUploadBytes;
        }

        try
        {
            return await ReadPartsAsync(request, boundary, options, folder, ct).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge(options));
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException or IOException)
        {
            return (null, Problems.Invalid("body", "the upload could not be read (malformed multipart/form-data)"));
        }
    }

    private static async Task<(Upload?, ProblemHttpResult?)> ReadPartsAsync(HttpRequest request, string boundary, DiaryWebOptions options, string folder, CancellationToken ct)
    {
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = options.MaxUploadBytes };
        var files = new List<NamedFile>();
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        while (await reader.ReadNextSectionAsync(ct).ConfigureAwait(false) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
            {
                continue;
            }

            if (!disposition.IsFileDisposition())
            {
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                var buffer = new byte[MaxFieldBytes];
                var read = await section.Body.ReadAtLeastAsync(buffer, MaxFieldBytes, throwOnEndOfStream: false, ct).ConfigureAwait(false);
                fields[name] = Encoding.UTF8.GetString(buffer, 0, read);
                continue;
            }

            var display = SafeName(HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value);
            if (display.Length == 0)
            {
                // A file input left empty posts a part without a name: nothing was chosen.
                continue;
            }

            if (files.Count >= options.MaxUploadFiles)
            {
                return (null, Problems.Invalid("files", $"more than {options.MaxUploadFiles} files in one upload; put them in a zip", StatusCodes.Status413PayloadTooLarge));
            }

            var part = Path.Combine(folder, files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            PrivateFiles.CreateFolder(part);
            var path = Path.Combine(part, display);
            await using (var target = PrivateFiles.Create(path))
            {
                await section.Body.CopyToAsync(target, ct).ConfigureAwait(false);
            }

            files.Add(new NamedFile(path, display));
        }

        return files.Count == 0
            ? (null, Problems.Invalid("files", "no files in the upload; send one or more FIT, GPX, TCX, .gz or zip files as multipart/form-data"))
            : (new Upload(files, fields), null);
    }

    private static ProblemHttpResult TooLarge(DiaryWebOptions options) => Problems.Invalid(
        "body",
        $"the upload is larger than the limit of {Sizes(options.MaxUploadBytes)}; send fewer files at a time",
        StatusCodes.Status413PayloadTooLarge);

    private static string Sizes(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / (1024.0 * 1024):0.#} MiB"
        : $"{bytes / 1024.0:0.#} KiB";

    /// <summary>The upload's own file name without any folder part or control characters; never a path.</summary>
    private static string SafeName(string? name)
    {
        var last = (name ?? "").Replace('\\', '/').Split('/')[^1];
        var clean = new string([.. last.Where(c => !char.IsControl(c))]).Trim();
        if (clean is "." or "..")
        {
            clean = "";
        }

        return clean.Length > MaxNameLength ? clean[^MaxNameLength..] : clean;
    }
}
