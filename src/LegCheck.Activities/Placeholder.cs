namespace LegCheck.Activities;
internal static class Placeholder;
