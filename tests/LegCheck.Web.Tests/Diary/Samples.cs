using System.Net.Http.Headers;

namespace LegCheck.Web.Tests.Diary;

/// <summary>The vendored activity files (tests/fixtures/fit-samples) and multipart uploads made of them.</summary>
internal static class Samples
{
    public static string Folder { get; } = Path.Combine(Path.GetDirectoryName(TestCases.Folder)!, "fixtures", "fit-samples");

    /// <summary>Every FIT file of the corpus, broken ones included, in name order.</summary>
    public static IReadOnlyList<string> FitFiles { get; } =
        [.. Directory.EnumerateFiles(Folder).Where(f => Path.GetExtension(f).Equals(".fit", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal)];

    public static string File(string name) => Path.Combine(Folder, name);

    public static MultipartFormDataContent Upload(params (string Name, byte[] Bytes)[] files)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, bytes) in files)
        {
            var part = new ByteArrayContent(bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(part, "files", name);
        }

        return content;
    }

    public static MultipartFormDataContent Upload(IEnumerable<string> paths) =>
        Upload([.. paths.Select(p => (Path.GetFileName(p), System.IO.File.ReadAllBytes(p)))]);
}
