namespace LegCheck.Core;

internal static class Placeholder;
