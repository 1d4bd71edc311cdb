namespace LegCheck.Activities;

/// <summary>Why a file could not be read, in the runner's words rather than the operating system's exception text.</summary>
public static class FileProblem
{
    public static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or folder",
        UnauthorizedAccessException => "cannot read the file: permission denied",
        PathTooLongException => "cannot read the file: the path is too long",
        IOException => "cannot read the file (an input/output error)",
        _ => "cannot read the file",
    };
}
