namespace LegCheck.Activities.Tests;

/// <summary>The real FIT corpus vendored in tests/fixtures/fit-samples, and its expectations file.</summary>
internal static class Corpus
{
    private static readonly Lazy<string> Folder = new(Find);

    public static string Directory => Folder.Value;

    public static string PathOf(string name) => Path.Combine(Directory, name);

    public static byte[] Bytes(string name) => File.ReadAllBytes(PathOf(name));

    /// <summary>Each line of EXPECTED.tsv: the file, its outcome, and the error kind for an <c>error:KIND</c> outcome.</summary>
    public static IEnumerable<(string File, ReadStatus Status, Fit.FitErrorKind? Kind)> Expectations() =>
        File.ReadLines(PathOf("EXPECTED.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => Parse(cells[0], cells[1]));

    private static (string, ReadStatus, Fit.FitErrorKind?) Parse(string file, string outcome) => outcome switch
    {
        "run" or "recovered" => (file, ReadStatus.Ok, null),
        "not-a-run" => (file, ReadStatus.NotARun, null),
        "not-an-activity" => (file, ReadStatus.NotAnActivity, null),
        "error:crc" => (file, ReadStatus.Error, Fit.FitErrorKind.Crc),
        "error:eof" => (file, ReadStatus.Error, Fit.FitErrorKind.EndOfFile),
        "error:header" => (file, ReadStatus.Error, Fit.FitErrorKind.Header),
        "error:corrupt" => (file, ReadStatus.Error, Fit.FitErrorKind.Corrupt),
        _ => throw new InvalidDataException($"EXPECTED.tsv: {file}: unknown outcome '{outcome}'"),
    };

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "LegCheck.slnx")))
            {
                return Path.Combine(dir.FullName, "tests", "fixtures", "fit-samples");
            }
        }

        throw new DirectoryNotFoundException("LegCheck.slnx not found above " + AppContext.BaseDirectory);
    }
}
