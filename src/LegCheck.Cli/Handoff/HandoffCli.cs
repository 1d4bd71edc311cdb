using System.CommandLine;
using LegCheck.Cli.Output;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;
using LegCheck.Handoff;
using LegCheck.Handoff.Fhir;
using LegCheck.Handoff.Pdf;
using LegCheck.Handoff.Summary;
using LegCheck.Handoff.Training;

namespace LegCheck.Cli.Handoff;

/// <summary>
/// <c>--pdf FILE</c>, <c>--fhir FILE</c> and <c>--paper a4|letter</c> for the commands that end in a result:
/// the one-page clinician summary and the FHIR R4 bundle, written only where the runner says and private to them.
/// </summary>
internal static class HandoffCli
{
    public const string PdfName = "--pdf";
    public const string FhirName = "--fhir";
    public const string PaperName = "--paper";

    public static void AddOptions(Command command)
    {
        command.Options.Add(new Option<string?>(PdfName) { Description = "Also write a one-page summary for a clinician to this PDF file" });
        command.Options.Add(new Option<string?>(FhirName) { Description = "Also write the result as a FHIR R4 bundle (JSON) to this file, for a clinic's system" });
        command.Options.Add(new Option<string?>(PaperName) { Description = "Paper for --pdf: a4 or letter (default: letter in the US and Canada, else a4)" });
    }

    public static HandoffTargets Resolve(ParseResult parse, EmergencyRegion? region)
    {
        var pdf = parse.GetValue<string?>(PdfName);
        var fhir = parse.GetValue<string?>(FhirName);
        var paper = parse.GetValue<string?>(PaperName)?.Trim().ToLowerInvariant() switch
        {
            null => region?.Id is "us" or "ca" ? Paper.Letter : Paper.A4,
            "a4" => Paper.A4,
            "letter" => Paper.Letter,
            var other => throw new UsageException($"{PaperName}: expected a4 or letter, got '{other}'"),
        };
        if (pdf is not null && fhir is not null && Path.GetFullPath(pdf) == Path.GetFullPath(fhir))
        {
            throw new UsageException($"{PdfName} and {FhirName} name the same file '{pdf}'");
        }

        foreach (var (name, value) in new[] { (PdfName, pdf), (FhirName, fhir) })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
            {
                throw new UsageException($"{name}: expected a file name");
            }
        }

        return new HandoffTargets(pdf, fhir, paper);
    }

    /// <summary>
    /// Training context from the run diary, read only (a missing diary is not created). An unreadable diary
    /// means a summary without it, with a warning, never a failed command.
    /// </summary>
    public static TrainingContext? Training(CliContext ctx, ParseResult parse)
    {
        try
        {
            var path = LegCheck.Diary.Storage.DiaryPaths.Resolve(Diary.DiaryCli.DbPath(parse), ctx.Environment);
            return TrainingContextReader.FromDatabase(path, ctx.Time.GetLocalNow());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LegCheck.Diary.DiaryException or Microsoft.Data.Sqlite.SqliteException)
        {
            CliOutput.Warning(ctx, $"run diary not used for the summary: {e.Message}");
            return null;
        }
    }

    /// <summary>Writes what was asked for; each file written is named on standard error. 1 when a file could not be written.</summary>
    public static int Write(CliContext ctx, KnowledgeBase kb, HandoffInput input, HandoffTargets targets, bool json)
    {
        var failed = false;
        if (targets.Pdf is { } pdf)
        {
            var summary = SummaryBuilder.Build(kb, input, ctx.Time);
            var bytes = SummaryPdf.Render(summary, PdfOptions.Default with { Paper = targets.Paper });
            failed |= !TryWrite(ctx, pdf, bytes, $"clinician summary ({targets.Paper}, one page)", json);
        }

        if (targets.Fhir is { } fhir)
        {
            var bundle = FhirHandoff.Build(kb, input, ctx.Time);
            failed |= !TryWrite(ctx, fhir, FhirJson.SerializeToUtf8(bundle), "FHIR R4 bundle", json);
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private static bool TryWrite(CliContext ctx, string path, byte[] bytes, string what, bool json)
    {
        try
        {
            PrivateFile.Write(path, bytes);
            if (!json)
            {
                ctx.Error.Profile.Out.Writer.WriteLine(TerminalText.Neutralise($"Wrote the {what} to {path}"));
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            CliOutput.Error(ctx, $"{path}: cannot write the {what} ({e.Message})", json, path);
            return false;
        }
    }
}
