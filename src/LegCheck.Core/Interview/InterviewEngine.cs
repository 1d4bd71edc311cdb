using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Model;

namespace LegCheck.Core.Interview;

/// <summary>Options for the interview; immutable, tweak with <c>with</c>.</summary>
public sealed record InterviewOptions
{
    public static InterviewOptions Default { get; } = new();

    /// <summary>
    /// Ceiling on questions asked to tell the causes apart. A question whose answer could make the result more
    /// urgent is still asked past it, up to <see cref="SafetyCeiling"/>.
    /// </summary>
    public int MaxQuestions { get; init; } = 20;

    /// <summary>Hard ceiling on questions of any kind.</summary>
    public int SafetyCeiling { get; init; } = 30;

    /// <summary>The leading cause counts as stable when no remaining question has this much chance of changing it.</summary>
    public double StableFlipChance { get; init; } = 0.1;

    /// <summary>The leading cause must reach this probability before the interview may stop (unless nothing informative is left).</summary>
    public double MinTopProbability { get; init; } = 0.75;

    /// <summary>Below this expected information gain (bits) a question is not worth the runner's time.</summary>
    public double MinGain { get; init; } = 0.02;

    /// <summary>In an emergency, at most this many questions beyond the opening, screens, must-asks and first aid (the runner may finish at any time).</summary>
    public int EmergencyQuestions { get; init; } = 4;

    /// <summary>Once care is urgent, the interview stops as soon as the leading cause reaches this probability.</summary>
    public double UrgentMinTopProbability { get; init; } = 0.9;

    /// <summary>In an emergency a presentation's must-ask is still asked when its answer has this chance of changing the leading cause.</summary>
    public double MustAskFlipChance { get; init; } = 0.01;

    /// <summary>Once care is urgent, a question is still asked while its answer has this chance of changing the leading cause.</summary>
    public double UrgentFlipChance { get; init; } = 0.05;

    /// <summary>Once care is urgent but the leading cause does not explain why, a question is asked while its answer has even this chance of changing it.</summary>
    public double UnexplainedFlipChance { get; init; } = 0.002;
}

/// <summary>The question to ask next and why.</summary>
public sealed record NextQuestion(Question Question, string Rationale, double InformationGain, bool SafetyCritical)
{
    /// <summary>
    /// The options still open: for a tick-list, only the facts not yet answered (from the free text or the
    /// diary), so nothing already known is asked again. Set by <see cref="InterviewEngine.Next"/>.
    /// </summary>
    public IReadOnlyList<QuestionOption> Options { get; init; } = Question.Options;
}

/// <summary>
/// One step of the interview: either the next question, or <see cref="ShouldStop"/> with the reason.
/// The assessment is the result as it would be if the interview ended now, computed exactly as the final one,
/// so a live preview never disagrees with the end.
/// </summary>
public sealed record InterviewStep(bool ShouldStop, NextQuestion? Next, Assessment Assessment, int QuestionsAsked, string Reason)
{
    /// <summary>The urgency is an emergency already: the runner may finish now; only questions that change first aid or could make it more urgent remain.</summary>
    public bool CanFinishNow => Assessment.Triage.Level >= TriageLevel.Emergency;
}

/// <summary>
/// Chooses questions in a clinician's order: what, where and when (the opening); then the alarm screens and
/// the questions the presentation makes compulsory (interview.yaml); then any question whose answers could
/// still make the result more urgent (<see cref="TriageReach"/>, a guarantee rather than an estimate); then the
/// question that best separates the causes, skipping those that cannot matter here. It stops once no answer
/// could raise the urgency and the leading cause is stable; once an emergency is established it only asks what
/// changes first aid. The result is always the closed-world assessment, exactly as <c>assess</c> reads a case.
/// Pure and stateless: everything it knows is in the evidence passed in.
/// </summary>
public sealed class InterviewEngine(Assessor assessor, InterviewOptions? options = null)
{
    private readonly InterviewOptions _options = options ?? InterviewOptions.Default;

    public KnowledgeBase Kb => assessor.Kb;

    /// <summary>The options of a question that are not answered yet; a tick-list drops facts already known.</summary>
    public static IReadOnlyList<QuestionOption> OpenOptions(Question q, Evidence evidence) =>
        q.Type == QuestionType.MultiChoice && q.SetsFacts.Count > 1
            ? q.Options.Where(o => !evidence.Has(o.Value)).ToList()
            : q.Options;

    /// <summary>A question is answered once every fact it sets has a value, "don't know" included.</summary>
    public bool IsAnswered(Question q, Evidence evidence) => q.SetsFacts.All(evidence.Has);

    public int CountAsked(Evidence evidence) => Kb.Questions.Count(q => IsAnswered(q, evidence));

    /// <summary>The result of the interview so far, exactly as it would be if it ended now.</summary>
    public Assessment Result(Evidence evidence, EmergencyRegion? region = null) =>
        assessor.Assess(evidence, AssessOptions.Default with { ClosedWorld = true, Region = region });

    /// <summary>The next question, or the result; <paramref name="region"/> sets the numbers to call.</summary>
    public InterviewStep Next(Evidence evidence, EmergencyRegion? region = null)
    {
        var turn = new Turn(new InterviewSnapshot(assessor, evidence, region), evidence, CountAsked(evidence), Kb.Questions.Where(q => !IsAnswered(q, evidence)).ToList());
        if (turn.Remaining.Count == 0)
        {
            return turn.Stop("every question has been answered");
        }

        if (turn.Asked >= _options.SafetyCeiling)
        {
            return turn.Stop($"reached the limit of {_options.SafetyCeiling} questions");
        }

        return StructuredOrSafetyQuestion(turn) ?? InformativeQuestionOrStop(turn);
    }

    /// <summary>
    /// The opening, the alarm screens, the presentation's must-asks, any question that could still raise the
    /// urgency and, in an emergency, first aid; null once none of them is left to ask.
    /// </summary>
    private InterviewStep? StructuredOrSafetyQuestion(Turn turn)
    {
        var s = turn.Snapshot;
        var guide = Kb.Interview;
        var emergency = turn.Emergency;

        // What, where and when come first, unless an emergency is already clear.
        if (!emergency && guide.Opening.Select(turn.Find).FirstOrDefault(q => q is not null) is { } opening)
        {
            return turn.Ask(opening, opening.Why, 0, false);
        }

        var raising = TriageReach.RaisingFacts(s);
        double Raises(Question q) => q.SetsFacts.Select(f => raising.GetValueOrDefault(f)).DefaultIfEmpty().Max();

        // The alarm screens, in the order that fits: the one that could raise the urgency most first.
        var screen = guide.Screens.Select(turn.Find).Where(q => q is not null && Raises(q) > 0).OrderByDescending(q => Raises(q!)).FirstOrDefault();
        if (screen is not null)
        {
            return turn.Ask(screen, screen.Why + " We ask everyone this before finishing, because any of these would make it more urgent.", 0, true);
        }

        // What this presentation makes compulsory (clot risks for a painful calf, the back and bladder for both legs).
        foreach (var p in guide.Presentations.Where(p => Holds(p.When, s.Closed)))
        {
            if (p.Ask.Select(turn.Find).FirstOrDefault(q => q is not null && (!emergency || Raises(q) > 0 || QuestionValue.Of(s, q).FlipChance >= _options.MustAskFlipChance) && !Skipped(q, s)) is { } must)
            {
                return turn.Ask(must, must.Why + " " + p.Why, 0, true);
            }
        }

        // Anything else whose answers could still make this more urgent, closest to doing so first.
        var safety = turn.Remaining.Where(q => Raises(q) > 0).OrderByDescending(Raises).ThenBy(q => Gated(q, s) ? 1 : 0).FirstOrDefault();
        if (safety is not null)
        {
            return turn.Ask(safety, safety.Why + " We ask this before finishing because the answer could make this more urgent.", 0, true,
                "could raise the urgency: " + string.Join(", ", safety.SetsFacts.Where(raising.ContainsKey).Select(f => $"{f} ({TriageReach.Causes[f]} {raising[f]:0.00})")));
        }

        if (emergency && guide.FirstAid.Select(turn.Find).FirstOrDefault(q => q is not null && !Gated(q, s)) is { } firstAid)
        {
            return turn.Ask(firstAid, firstAid.Why + " The answer changes what to do while you wait for help.", 0, false);
        }

        // Urgent care whose leading cause does not explain it (a harmless cramp under an ambulance banner): the
        // cause behind the alarm sign is not found yet, so the screens skipped as unable to raise the level are
        // asked after all, for what they can explain (diabetes and insulin behind a drenching sweat at night).
        if (s.Level >= TriageLevel.Consultation24 && !LeaderExplainsUrgency(TriageReach.ArgMax(s.ClosedScores), s)
            && guide.Screens.Select(turn.Find).FirstOrDefault(q => q is not null && !Gated(q, s)) is { } explaining)
        {
            return turn.Ask(explaining, explaining.Why + " The answer could show what lies behind the urgency.", 0, false);
        }

        return null;
    }

    /// <summary>Once nothing could raise the urgency: the question that best tells the causes apart, or the reason to stop.</summary>
    private InterviewStep InformativeQuestionOrStop(Turn turn)
    {
        var s = turn.Snapshot;
        var emergency = turn.Emergency;

        // In an emergency what, where and when are not asked for their own sake; the alarm screens may still tell
        // the causes apart (a rock-hard calf from a cramp).
        var openingIds = emergency ? Kb.Interview.Opening.ToHashSet(StringComparer.Ordinal) : [];
        var candidates = turn.Remaining.Where(q => !Gated(q, s) && !openingIds.Contains(q.Id)).ToList();
        var top = TriageReach.ArgMax(s.ClosedScores);
        var (best, bestWorth, flipper, flipWorth) = BestCandidates(s, candidates);
        var maxFlip = flipWorth.FlipChance;
        if (turn.Asked >= _options.MaxQuestions)
        {
            return turn.Stop($"no answer could make this more urgent, and {_options.MaxQuestions} questions is enough");
        }

        // Once care is urgent the level is settled; what is left worth the runner's time is a question that
        // could still change the leading cause, since the cause decides what to do now (no stretching a
        // compartment syndrome, cooling for heat stroke). The runner may finish at any time.
        var urgent = s.Level >= TriageLevel.Consultation24;
        var posterior = s.Assessment.Conditions[0].Probability;
        if (urgent)
        {
            // A confident leader counts only when it explains the urgency: a harmless cramp at 97% under an
            // ambulance banner means the cause behind the alarm sign is not found yet (low blood sugar, a
            // ruptured tendon), and that cause decides what to do while waiting.
            var settled = LeaderExplainsUrgency(top, s)
                ? maxFlip < _options.UrgentFlipChance || posterior >= _options.UrgentMinTopProbability
                : maxFlip < _options.UnexplainedFlipChance;
            if (settled || flipper is null || (emergency && Discriminating(turn.Evidence) >= _options.EmergencyQuestions))
            {
                return turn.Stop(emergency
                    ? "this is an emergency already; nothing left to ask would change what to do now"
                    : "care is needed within a day already, and the leading cause is clear enough");
            }

            return turn.Ask(flipper, flipper.Why + " The answer could change what is most likely, and so what to do now.", flipWorth.Gain, false);
        }

        var (minGain, stableFlip, minTop) = (_options.MinGain, _options.StableFlipChance, _options.MinTopProbability);
        if (maxFlip < stableFlip && posterior >= minTop)
        {
            // Settled: ask what the leading cause's plan depends on, then stop.
            var plan = Kb.Conditions[top].PlanQuestions.Select(turn.Find).FirstOrDefault(q => q is not null && !Gated(q, s));
            return plan is null
                ? turn.Stop("no answer could make this more urgent, and the leading cause is stable")
                : turn.Ask(plan, plan.Why + " The answer shapes your plan.", 0, false);
        }

        if (best is null || bestWorth.Gain < minGain)
        {
            return turn.Stop("no answer could make this more urgent, and no remaining question is informative enough to be worth asking");
        }

        return turn.Ask(best, best.Why, bestWorth.Gain, false);
    }

    /// <summary>Whether the leading cause (<paramref name="leader"/>, its index) is itself as urgent as the result (it, not some other alarm sign, explains the level).</summary>
    private bool LeaderExplainsUrgency(int leader, InterviewSnapshot s) => Kb.Conditions[leader].Triage >= s.Level;

    /// <summary>The candidate with the most information gain, and the one most likely to change the leading cause (gain breaks ties).</summary>
    private static (Question? Best, QuestionWorth BestWorth, Question? Flipper, QuestionWorth FlipWorth) BestCandidates(InterviewSnapshot s, List<Question> candidates)
    {
        Question? best = null, flipper = null;
        var bestWorth = new QuestionWorth(-1, 0);
        var flipWorth = new QuestionWorth(0, 0);
        foreach (var q in candidates)
        {
            var worth = QuestionValue.Of(s, q);
            if (worth.Gain > bestWorth.Gain)
            {
                (best, bestWorth) = (q, worth);
            }

            if (worth.FlipChance > flipWorth.FlipChance || (worth.FlipChance == flipWorth.FlipChance && worth.Gain > flipWorth.Gain))
            {
                (flipper, flipWorth) = (q, worth);
            }
        }

        return (best, bestWorth, flipper, flipWorth);
    }

    /// <summary>What one call of <see cref="Next"/> works from: the snapshot, the questions asked and those left.</summary>
    private sealed class Turn(InterviewSnapshot snapshot, Evidence evidence, int asked, List<Question> remaining)
    {
        public InterviewSnapshot Snapshot { get; } = snapshot;

        public Evidence Evidence { get; } = evidence;

        public int Asked { get; } = asked;

        public List<Question> Remaining { get; } = remaining;

        public bool Emergency { get; } = snapshot.Level >= TriageLevel.Emergency;

        public Question? Find(string id) => Remaining.Find(q => q.Id == id);

        public InterviewStep Stop(string reason) => new(true, null, Snapshot.Assessment, Asked, reason);

        public InterviewStep Ask(Question q, string why, double gain, bool safetyCritical, string reason = "") =>
            new(false, new NextQuestion(q, why, gain, safetyCritical) { Options = OpenOptions(q, Evidence) }, Snapshot.Assessment, Asked, reason);
    }

    /// <summary>How many questions answered so far were asked only to tell the causes apart (not an opening, screen, must-ask or first-aid question).</summary>
    private int Discriminating(Evidence evidence)
    {
        var guide = Kb.Interview;
        var structural = guide.Opening.Concat(guide.Screens).Concat(guide.FirstAid).Concat(guide.Presentations.SelectMany(p => p.Ask)).ToHashSet(StringComparer.Ordinal);
        return Kb.Questions.Count(q => !structural.Contains(q.Id) && IsAnswered(q, evidence));
    }

    /// <summary>A question that cannot matter here: outside its presentation, or about prevention while care is urgent.</summary>
    private bool Gated(Question q, InterviewSnapshot s) => Kb.Interview.Gates.Any(g => g.QuestionId == q.Id &&
        (!Holds(g.OnlyWhen, s.Closed) || (g.SkipWhen is { } skip && Holds(skip, s.Closed)) || (g.NotWhenUrgent && s.Level >= TriageLevel.Consultation24)));

    /// <summary>A must-ask that does not apply to this runner (no pregnancy question for a man).</summary>
    private bool Skipped(Question q, InterviewSnapshot s) =>
        Kb.Interview.Gates.Any(g => g.QuestionId == q.Id && g.SkipWhen is { } skip && Holds(skip, s.Closed));

    private static bool Holds(FactCondition when, Evidence evidence) =>
        when.IsAlways || RuleEvaluator.Fire(when.All, when.AnyOf, evidence) is not null;
}
