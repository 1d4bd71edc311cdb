using LegCheck.Core.Cases;
using LegCheck.Core.Model;
using Spectre.Console;

namespace LegCheck.Cli.Assess;

/// <summary>A case file read from disk: the case, or the error that stopped it.</summary>
public sealed record CaseFile(string Path, Case? Case, string? Error);

/// <summary>Reads one case file or every case in a folder, in file-name order, never stopping at a bad one.</summary>
public static class CaseFiles
{
    private static readonly string[] Extensions = [".yaml", ".yml", ".json"];

    public static IReadOnlyList<CaseFile> Read(string path, KnowledgeBase kb)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path)
                .Where(f => Extensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .Select(f => ReadOne(f, kb))
                .ToList();
        }

        return File.Exists(path) ? [ReadOne(path, kb)] : [new CaseFile(path, null, $"{path}: no such file or folder")];
    }

    /// <summary>Runs an action on every good case; prints one error line per bad file; 1 when any file was bad.</summary>
    public static int ForEach(CliContext ctx, string path, KnowledgeBase kb, Action<Case> run)
    {
        var failed = false;
        foreach (var file in Read(path, kb))
        {
            if (file.Case is null)
            {
                failed = true;
                ctx.Console.MarkupLineInterpolated($"[red]error:[/] {file.Error}");
                continue;
            }

            run(file.Case);
        }

        return failed ? 1 : 0;
    }

    private static CaseFile ReadOne(string file, KnowledgeBase kb)
    {
        try
        {
            return new CaseFile(file, CaseParser.Parse(File.ReadAllText(file), System.IO.Path.GetFileName(file), kb), null);
        }
        catch (CaseFormatException e)
        {
            return new CaseFile(file, null, e.Message);
        }
        catch (IOException e)
        {
            return new CaseFile(file, null, $"{System.IO.Path.GetFileName(file)}: cannot read ({e.Message})");
        }
        catch (UnauthorizedAccessException e)
        {
            return new CaseFile(file, null, $"{System.IO.Path.GetFileName(file)}: cannot read ({e.Message})");
        }
    }
}
