using LegCheck.Cli.Output;
using LegCheck.Core.Cases;
using LegCheck.Core.Input;
using LegCheck.Core.Model;

namespace LegCheck.Cli.Assess;

/// <summary>A case file read from disk: the case, or the error that stopped it.</summary>
internal sealed record CaseFile(string Path, Case? Case, string? Error);

/// <summary>Reads one case file, every case in a folder (in file-name order, never stopping at a bad one), or one case from standard input (<c>-</c>).</summary>
internal static class CaseFiles
{
    /// <summary>The name standard input goes by in messages and as the case id when the case has none.</summary>
    public const string StdinName = "stdin";

    /// <summary>More than this from standard input is not a case (the same limit as for a file).</summary>
    private const int MaxStdinChars = InputLimits.MaxBytes;

    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static IReadOnlyList<CaseFile> Read(CliContext ctx, string path, KnowledgeBase kb)
    {
        if (path == "-")
        {
            return [ReadStdin(ctx.Input, kb)];
        }

        if (Directory.Exists(path))
        {
            List<string> files;
            try
            {
                files = Directory.EnumerateFiles(path)
                    .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return [new CaseFile(path, null, $"{path}: cannot read the folder ({e.Message})")];
            }

            return files.Select(f => ReadOne(f, kb)).ToList();
        }

        return File.Exists(path) ? [ReadOne(path, kb)] : [new CaseFile(path, null, $"{path}: no such file or folder")];
    }

    /// <summary>Runs an action on every good case; one error line per bad file on standard error; 1 when any file was bad.</summary>
    public static int ForEach(CliContext ctx, string path, KnowledgeBase kb, bool json, Action<Case> run)
    {
        var failed = false;
        foreach (var file in Read(ctx, path, kb))
        {
            if (file.Case is null)
            {
                failed = true;
                ReportErrors(ctx, file.Error ?? file.Path, file.Path, json);
                continue;
            }

            run(file.Case);
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    /// <summary>Each line of <paramref name="error"/> as one error (a JSON object with the file in JSON mode).</summary>
    public static void ReportErrors(CliContext ctx, string error, string file, bool json)
    {
        foreach (var line in error.Split('\n'))
        {
            CliOutput.Error(ctx, line, json, file);
        }
    }

    private static CaseFile ReadStdin(TextReader input, KnowledgeBase kb)
    {
        var buffer = new char[MaxStdinChars + 1];
        var total = 0;
        int read;
        while (total < buffer.Length && (read = input.Read(buffer, total, buffer.Length - total)) > 0)
        {
            total += read;
        }

        if (total > MaxStdinChars)
        {
            return new CaseFile("-", null, $"{StdinName}: larger than the limit of {MaxStdinChars / 1024} KiB for a case");
        }

        if (total == 0)
        {
            return new CaseFile("-", null, $"{StdinName}: empty; expected a case in YAML or JSON on standard input");
        }

        var text = new string(buffer, 0, total);
        var syntax = text.TrimStart().StartsWith('{') ? CaseSyntax.Json : CaseSyntax.Yaml;
        return Parse("-", System.Text.Encoding.UTF8.GetBytes(text), syntax, StdinName, kb);
    }

    private static CaseFile ReadOne(string file, KnowledgeBase kb)
    {
        var (bytes, problem) = CaseFileBytes.Read(file);
        var name = System.IO.Path.GetFileName(file);
        return bytes is null
            ? new CaseFile(file, null, $"{name}: {problem}")
            : Parse(file, bytes, CaseDocument.SyntaxOf(file), name, kb);
    }

    /// <summary>Every problem of a bad case, one line each, prefixed with the file's name.</summary>
    private static CaseFile Parse(string path, byte[] bytes, CaseSyntax syntax, string name, KnowledgeBase kb)
    {
        var defaultId = name == StdinName ? StdinName : System.IO.Path.GetFileNameWithoutExtension(name);
        return CaseParser.Parse(bytes, syntax, kb, defaultId).TryGet(out var c, out var errors)
            ? new CaseFile(path, c, null)
            : new CaseFile(path, null, string.Join('\n', errors.Select(e => $"{name}: {e}")));
    }
}
