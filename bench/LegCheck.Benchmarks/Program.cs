using LegCheck.Benchmarks.Engine;

// "interview" prints next-question percentiles; anything else goes to BenchmarkDotNet's switcher
// (for example: --filter *EngineBenchmarks*).
if (args.Length > 0 && args[0] == "interview")
{
    InterviewTiming.Run();
    return 0;
}

// "phrases" times the free-text parser per phrase over the blind corpus (p50, p99) and the lexicon's load.
if (args.Length > 0 && args[0] == "phrases")
{
    LegCheck.Benchmarks.FreeText.PhraseTiming.Run();
    return 0;
}

// "diary" imports 1,000 generated activity files and times the training and trigger analyses over 10 years.
// "diary-memory FOLDER DB" is the benchmark's child process that imports a folder of big files and reports its peak memory.
if (args.Length == 3 && args[0] == "diary-memory")
{
    LegCheck.Benchmarks.Diary.DiaryBenchmark.ImportForMemory(args[1], args[2]);
    return 0;
}

// "monotonicity [--runners N] [--seed N]" checks that no alarm sign answered yes lowers triage over generated runners.
if (args.Length > 0 && args[0] == "monotonicity")
{
    return LegCheck.Benchmarks.Safety.MonotonicityRun.Execute(args);
}

if (args.Length > 0 && args[0] == "diary")
{
    LegCheck.Benchmarks.Diary.DiaryBenchmark.Run();
    return 0;
}

BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
