using Microsoft.Data.Sqlite;

namespace LegCheck.Diary.Storage;

/// <summary>
/// Runs a command once and disposes it. A command left to the garbage collector keeps its statement alive after
/// the connection is closed, so SQLite closes the file only later, from the finalizer thread, and checkpoints the
/// WAL then: another program (or a test) could see the file open, or see its pages rewritten, after Dispose.
/// </summary>
internal static class OneShotCommands
{
    public static int Run(this SqliteCommand command)
    {
        using (command)
        {
            return command.ExecuteNonQuery();
        }
    }

    public static object? Scalar(this SqliteCommand command)
    {
        using (command)
        {
            return command.ExecuteScalar();
        }
    }
}
