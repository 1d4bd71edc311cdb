namespace LegCheck.Diary;
internal static class Placeholder;
