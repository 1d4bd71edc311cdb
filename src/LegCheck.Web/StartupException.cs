namespace LegCheck.Web;

/// <summary>A configuration problem found before the server starts; its message says what to change.</summary>
internal sealed class StartupException(string message) : Exception(message);
