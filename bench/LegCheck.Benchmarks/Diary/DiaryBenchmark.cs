using System.Diagnostics;
using System.Globalization;
using LegCheck.Activities;
using LegCheck.Activities.Writing;
using LegCheck.Diary.Import;
using LegCheck.Diary.Model;
using LegCheck.Diary.Storage;
using LegCheck.Diary.Training;
using LegCheck.Diary.Triggers;

namespace LegCheck.Benchmarks.Diary;

/// <summary>
/// <c>dotnet run -c Release --project bench/LegCheck.Benchmarks -- diary</c>, in one run: imports 1,000 generated
/// activity files (a third each FIT, GPX and TCX, 30 to 60 minutes sampled every 2 s; target at least 200 files/s);
/// re-imports 5,000 known files (target at least 2,000 files/s: they are skipped by content hash before decoding);
/// imports a folder of 100 MB files in a child process and reports that process's peak memory (target at most
/// 300 MB); then runs the training and trigger analyses over ten years of daily runs (each under 200 ms).
/// </summary>
internal static class DiaryBenchmark
{
    private const int ImportFiles = 1000;
    private const int KnownFiles = 5000;
    private const long BigFileBytes = 100L * 1000 * 1000;
    private const int Years = 10;
    private const int WarmUpFiles = 60;

    public static void Run()
    {
        var folder = Path.Combine(Path.GetTempPath(), "legcheck-diary-bench-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var files = Generate(Path.Combine(folder, "runs"), 0, ImportFiles);
            var dbPath = Path.Combine(folder, "import.db");
            Import(files, dbPath);
            ReImport(files, Path.Combine(folder, "more-runs"), dbPath);
            BigFiles(Path.Combine(folder, "big"));
            Analyse(Path.Combine(folder, "ten-years.db"));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static List<string> Generate(string folder, int from, int count)
    {
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        var files = new List<string>();
        long bytes = 0;
        for (var i = from; i < from + count; i++)
        {
            var track = TrackGenerator.Track(new SyntheticActivity
            {
                Start = new DateTimeOffset(2024, 1, 1, 6, 0, 0, TimeSpan.Zero).AddDays(i),
                Duration = TimeSpan.FromMinutes(30 + (i % 31)),
                IntervalSeconds = 2,
                SpeedMps = 2.8 + (i % 7 * 0.1),
            });
            var (name, content) = (i % 3) switch
            {
                0 => ($"{i:D4}.fit", FitActivityWriter.Write(track)),
                1 => ($"{i:D4}.gpx", GpxWriter.Write(track)),
                _ => ($"{i:D4}.tcx", TcxWriter.Write(track)),
            };
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, content);
            bytes += content.Length;
            files.Add(path);
        }

        Console.WriteLine(Invariant($"generated {files.Count} files ({bytes / 1e6:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s (not timed below)"));
        return files;
    }

    private static void Import(List<string> files, string dbPath)
    {
        // Warm-up: a first import in the process runs the decoders as unoptimised tier-0 code.
        var warmUp = Stopwatch.StartNew();
        using (var scratch = DiaryDatabase.Open(dbPath + ".warm-up"))
        {
            new ActivityImporter(scratch, TimeProvider.System).ImportAll(files.Take(WarmUpFiles).ToList());
        }

        Console.WriteLine(Invariant($"warm-up: {WarmUpFiles} files in {warmUp.Elapsed.TotalSeconds:0.00} s, {WarmUpFiles / warmUp.Elapsed.TotalSeconds:0} files/s (cold process)"));
        using var db = DiaryDatabase.Open(dbPath);
        var importer = new ActivityImporter(db, TimeProvider.System);
        var clock = Stopwatch.StartNew();
        var summary = importer.ImportAll(files);
        clock.Stop();
        Console.WriteLine(Invariant(
            $"import after warm-up: {summary}; {clock.Elapsed.TotalSeconds:0.00} s, {files.Count / clock.Elapsed.TotalSeconds:0} files/s (target >= 200); peak working set {PeakMb():0} MB"));

        // Where the time goes: decoding alone, one file after another, per format.
        foreach (var format in new[] { ".fit", ".gpx", ".tcx" })
        {
            var some = files.Where(f => f.EndsWith(format, StringComparison.Ordinal)).ToList();
            clock.Restart();
            foreach (var file in some)
            {
                _ = LegCheck.Activities.ActivityReader.Read(file);
            }

            Console.WriteLine(Invariant($"  decoding alone, one core: {format} {some.Count / clock.Elapsed.TotalSeconds:0} files/s"));
        }
    }

    /// <summary>Imports 4,000 more files untimed, then times a second import of all 5,000: every one is known.</summary>
    private static void ReImport(List<string> first, string moreFolder, string dbPath)
    {
        var all = first.Concat(Generate(moreFolder, ImportFiles, KnownFiles - ImportFiles)).ToList();
        using var db = DiaryDatabase.Open(dbPath);
        new ActivityImporter(db, TimeProvider.System).ImportAll(all.Skip(ImportFiles).ToList());
        var clock = Stopwatch.StartNew();
        var summary = new ActivityImporter(db, TimeProvider.System).ImportAll(all);
        clock.Stop();
        Console.WriteLine(Invariant(
            $"re-import of {all.Count} known files: {summary.AlreadyImported} skipped by content hash, {summary.Imported} imported; {clock.Elapsed.TotalSeconds:0.00} s, {all.Count / clock.Elapsed.TotalSeconds:0} files/s (target >= 2000)"));
    }

    /// <summary>
    /// Writes 100 MB FIT, GPX and TCX files (one long steady "run" each, which the importer names as too long to be a
    /// run) and imports the folder in a child process, so its peak memory is the import's alone, not the generator's.
    /// </summary>
    private static void BigFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        var clock = Stopwatch.StartNew();
        long total = 0;
        foreach (var (name, write, bytesPerPoint) in new (string, Func<ActivityTrack, byte[]>, int)[]
        {
            ("big.fit", t => FitActivityWriter.Write(t), 25),
            ("big.gpx", t => GpxWriter.Write(t), 330),
            ("big.tcx", t => TcxWriter.Write(t), 520),
        })
        {
            var points = (int)(BigFileBytes / bytesPerPoint);
            var track = TrackGenerator.Track(new SyntheticActivity
            {
                Start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero),
                Duration = TimeSpan.FromSeconds(points),
                IntervalSeconds = 1,
            });
            var content = write(track);
            File.WriteAllBytes(Path.Combine(folder, name), content);
            total += content.Length;
        }

        GC.Collect();
        Console.WriteLine(Invariant($"generated 3 big files ({total / 1e6:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s (not timed below)"));
        var self = typeof(DiaryBenchmark).Assembly.Location;
        var host = Environment.ProcessPath!;
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(self);
        }

        start.ArgumentList.Add("diary-memory");
        start.ArgumentList.Add(folder);
        start.ArgumentList.Add(Path.Combine(folder, "big.db"));
        using var child = Process.Start(start)!;
        var report = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        Console.Write(report);
    }

    /// <summary>The child process of <see cref="BigFiles"/>: imports <paramref name="folder"/> and prints its own peak memory.</summary>
    public static void ImportForMemory(string folder, string dbPath)
    {
        var clock = Stopwatch.StartNew();
        using var db = DiaryDatabase.Open(dbPath);
        var summary = new ActivityImporter(db, TimeProvider.System).ImportAll([folder]);
        Console.WriteLine(Invariant(
            $"import of a folder of 100 MB files ({summary.Files} files: {summary}) in {clock.Elapsed.TotalSeconds:0.0} s: peak memory (working set) {PeakMb():0} MB (target <= 300)"));
    }

    private static void Analyse(string dbPath)
    {
        var diary = TenYears();
        using (var db = DiaryDatabase.Open(dbPath))
        {
            db.InTransaction(() =>
            {
                foreach (var shoe in diary.Shoes)
                {
                    db.Shoes.Add(shoe.Name, shoe.AddedOn, isDefault: false);
                }

                foreach (var run in diary.Runs)
                {
                    db.Runs.Insert(run);
                }

                foreach (var episode in diary.Episodes)
                {
                    db.Episodes.Insert(episode);
                }

                foreach (var x in diary.Experiments)
                {
                    db.Experiments.Add(x.StartedOn, x.Description, x.Factor);
                }
            });

            var load = Time(() => db.Snapshot());
            Console.WriteLine(Invariant($"load 10 years from SQLite ({diary.Runs.Count} runs, {diary.Episodes.Count} episodes): median {load.Median:0.0} ms"));
        }

        var training = Time(() => TrainingAnalysis.Analyze(diary));
        var triggers = Time(() => TriggerAnalysis.Analyze(diary));
        Console.WriteLine(Invariant($"training over {diary.Runs.Count} runs: median {training.Median:0.0} ms, first {training.First:0.0} ms ({training.Result.Weeks.Count} weeks, {training.Result.Flags.Count} flags; target < 200 ms)"));
        Console.WriteLine(Invariant($"triggers over {diary.Runs.Count} runs: median {triggers.Median:0.0} ms, first {triggers.First:0.0} ms ({triggers.Result.Findings.Count} findings; target < 200 ms)"));
        Console.WriteLine(Invariant($"peak working set of the whole benchmark process: {PeakMb():0} MB"));
    }

    /// <summary>Ten years of daily runs with rotating shoes, lacing and surfaces, and episodes on about one run in six.</summary>
    private static DiarySnapshot TenYears()
    {
        var random = new Random(20261122);
        var first = new DateTimeOffset(2016, 1, 1, 6, 30, 0, TimeSpan.FromHours(1));
        var days = Years * 365;
        var shoes = Enumerable.Range(1, 12).Select(i => new Shoe(i, $"Shoe {i}", DateOnly.FromDateTime(first.AddDays((i - 1) * days / 12).Date), null, false)).ToList();
        string[] lacings = ["standard", "heel lock", "loose"];
        string[] surfaces = ["road", "trail", "track", "treadmill"];
        var runs = new List<RunRecord>(days);
        var episodes = new List<Episode>();
        for (var d = 0; d < days; d++)
        {
            var start = first.AddDays(d);
            var minutes = 25 + random.Next(0, 90);
            var shoeId = 1 + (d * 12 / days);
            var run = new RunRecord
            {
                Id = d + 1,
                Activity = new LegCheck.Activities.Activity
                {
                    Sport = ActivitySport.Running,
                    StartUtc = start.ToUniversalTime(),
                    UtcOffset = start.Offset,
                    DistanceMeters = minutes * 60 * (2.6 + random.NextDouble()),
                    MovingTime = TimeSpan.FromMinutes(minutes),
                    ElapsedTime = TimeSpan.FromMinutes(minutes + 2),
                    AverageHeartRate = 140 + random.Next(0, 30),
                    AverageCadenceSpm = 155 + random.Next(0, 25),
                    AverageTemperatureC = 5 + random.Next(0, 25),
                    Key = "bench:" + d.ToString(CultureInfo.InvariantCulture),
                },
                UtcOffset = start.Offset,
                OffsetFromFile = true,
                FileName = $"{d}.fit",
                ImportedAt = start,
                ShoeId = shoeId,
                Lacing = lacings[d % 3],
                Surface = surfaces[d % 4],
                Electrolytes = minutes > 60 ? random.Next(0, 2) == 1 : null,
            };
            runs.Add(run);
            if (random.Next(0, 6) == 0 || (shoeId == 7 && minutes > 70))
            {
                episodes.Add(new Episode
                {
                    Id = episodes.Count + 1,
                    OccurredAt = start.AddMinutes(minutes * 0.7),
                    RunId = run.Id,
                    Symptoms = [random.Next(0, 3) switch { 0 => "calf_cramp", 1 => "numbness", _ => "foot_cramp" }],
                    MinutesIntoRun = Math.Round(minutes * 0.7),
                    Severity = random.Next(1, 8),
                    LoggedAt = start.AddHours(3),
                });
            }
        }

        var experiments = new List<Experiment>
        {
            new(1, DateOnly.FromDateTime(first.AddDays(days / 2).Date), "heel-lock lacing", "lacing"),
            new(2, DateOnly.FromDateTime(first.AddDays(days * 3 / 4).Date), "electrolytes on long runs", "electrolytes"),
        };
        return new DiarySnapshot(runs, episodes, shoes, experiments);
    }

    /// <summary>One cold run, then the median of ten warm ones, in milliseconds.</summary>
    private static (double First, double Median, T Result) Time<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        var first = clock.Elapsed.TotalMilliseconds;
        var times = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            clock.Restart();
            result = work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return (first, times[times.Count / 2], result);
    }

    private static double PeakMb()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64 / 1e6;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
