namespace LegCheck.Diary.Storage;

/// <summary>The one user of a local diary: every row of a diary file on the runner's own machine belongs to it.</summary>
public static class LocalUser
{
    public const string Id = "local";
}
