using System.Text;
using Spectre.Console;

namespace LegCheck.Cli;

/// <summary>Routes System.CommandLine's help (to standard output) and its messages (to standard error) through the injected consoles.</summary>
internal sealed class ConsoleWriter(IAnsiConsole console) : TextWriter
{
    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => console.Profile.Out.Writer.Write(value);

    public override void Write(string? value) => console.Profile.Out.Writer.Write(value);

    public override void WriteLine(string? value) => console.Profile.Out.Writer.WriteLine(value);
}
