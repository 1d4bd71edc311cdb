namespace LegCheck.HostedLoad;

/// <summary>
/// The latest run and episode id each account made, for the others to try: asking for another account's id must be
/// a 404. Each slot has one writer (its account), so a volatile write is enough.
/// </summary>
public sealed class IdBoard(int users)
{
    private readonly long[] runs = new long[users];
    private readonly long[] episodes = new long[users];

    public void Run(int user, long id) => Volatile.Write(ref runs[user], id);

    public void Episode(int user, long id) => Volatile.Write(ref episodes[user], id);

    /// <summary>Another account's latest run (or episode) id, or null while the one drawn has made none yet.</summary>
    public long? Others(int user, bool run, Random random)
    {
        var other = random.Next(runs.Length - 1);
        if (other >= user)
        {
            other++;
        }

        var id = Volatile.Read(ref (run ? runs : episodes)[other]);
        return id > 0 ? id : null;
    }
}
