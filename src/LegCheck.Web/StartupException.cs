namespace LegCheck.Web;

/// <summary>A configuration problem found before the server starts; its message says what to change.</summary>
public sealed class StartupException(string message) : Exception(message);
