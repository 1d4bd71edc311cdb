using System.Diagnostics;
using PdfSharp.Pdf.IO;

namespace LegCheck.Testing;

/// <summary>Reads a PDF back the way a clinic would: its page count (PDFsharp) and its text (poppler's pdftotext).</summary>
public static class PdfText
{
    public static int PageCount(byte[] pdf)
    {
        using var stream = new MemoryStream(pdf);
        using var document = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    /// <summary>The text pdftotext extracts, lines as laid out; .ci/run installs poppler-utils.</summary>
    public static string Extract(byte[] pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"])
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pdftotext did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.BaseStream.Write(pdf);
        process.StandardInput.Close();
        var text = output.GetAwaiter().GetResult();
        process.WaitForExit();
        return process.ExitCode == 0 ? text : throw new InvalidOperationException("pdftotext failed: " + process.StandardError.ReadToEnd());
    }
}
