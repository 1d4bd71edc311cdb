using LegCheck.Web;

try
{
    var app = WebApp.Create(args);
    app.Run();
    return 0;
}
catch (StartupException e)
{
    Console.Error.WriteLine($"legcheck web: {e.Message}");
    return 2;
}
catch (IOException e)
{
    // Kestrel reports a taken port as an IOException; a one-line message is enough to act on.
    Console.Error.WriteLine($"legcheck web: could not start the server: {e.Message}");
    return 2;
}
