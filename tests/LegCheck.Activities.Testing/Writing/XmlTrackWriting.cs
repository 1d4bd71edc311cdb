using System.Globalization;
using System.Text;
using System.Xml;

namespace LegCheck.Activities.Writing;

/// <summary>Shared XmlWriter set-up and value formatting for the GPX and TCX writers.</summary>
internal static class XmlTrackWriting
{
    public static XmlWriter Create(Stream stream) => XmlWriter.Create(stream, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    });

    public static string Time(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Number(double v) => v.ToString("0.#######", CultureInfo.InvariantCulture);

    public static byte[] ToBytes(Action<Stream> write)
    {
        using var stream = new MemoryStream();
        write(stream);
        return stream.ToArray();
    }
}
