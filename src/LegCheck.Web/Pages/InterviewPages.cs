using LegCheck.Core.Cases;
using LegCheck.Core.Engine;
using LegCheck.Core.Input;
using LegCheck.Core.FreeText;
using LegCheck.Core.Interview;
using LegCheck.Core.Model;
using LegCheck.Web.Api;
using Microsoft.AspNetCore.Http.HttpResults;


namespace LegCheck.Web.Pages;

/// <summary>
/// The browser interview: plain HTML forms posted back to <c>/check</c>. Each page carries the facts so far
/// in hidden fields, so the server holds no session, and posting (rather than a query string) keeps symptoms
/// out of the address bar and browser history. A post that moves the interview on answers with a redirect to the
/// step's own encrypted address (<see cref="InterviewLink"/>), so Back and Reload never resubmit a form.
/// </summary>
internal static class InterviewPages
{
    public static IEndpointRouteBuilder MapInterviewPages(this IEndpointRouteBuilder app)
    {
        app.MapGet(InterviewLink.Path, Show).ExcludeFromDescription();
        app.MapPost("/check", CheckAsync).AcceptsFormOnly().ExcludeFromDescription();
        app.MapGet(DescribeLink.Path, ShowDescribed).ExcludeFromDescription();
        app.MapPost(DescribeLink.Path, DescribeAsync).AcceptsFormOnly().ExcludeFromDescription();
        return app;
    }

    private static IResult Show(HttpRequest request, InterviewEngine engine, InterviewLink link)
    {
        if (request.Query[InterviewLink.Query] is not [{ } token])
        {
            return Render(engine, InterviewState.Empty);
        }

        if (!link.Read(engine.Kb, token).TryGet(out var view, out _))
        {
            // An old history entry or a bookmark after the step expired: start again, and say so.
            return Render(engine, InterviewState.Empty, error: "That step of the check has expired, so it starts again here.", status: StatusCodes.Status400BadRequest);
        }

        return view.Finished
            ? RenderResult(engine, view.State, engine.Next(view.State.Evidence), "You finished early.")
            : Render(engine, view.State, prefill: view.Prefill);
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, InterviewEngine engine, InterviewLink link, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var kb = engine.Kb;
        if (!InterviewState.Read(kb, form["state"], form["history"]).TryGet(out var state, out var errors))
        {
            return Problems.Invalid(errors);
        }

        switch ((string?)form["action"])
        {
            case "back" when state.History.Count > 0:
                var last = kb.Questions.First(q => q.Id == state.History[^1]);
                var before = last.SetsFacts.Aggregate(state.Evidence, (e, f) => e.Without(f));
                return SeeOther(link.For(kb, new InterviewView(new InterviewState(before, state.History.Take(state.History.Count - 1).ToList()), state.Evidence, false)));
            case "finish":
                return SeeOther(link.For(kb, new InterviewView(state, null, true)));
            case "confirm":
                return ParsedFactsForm.Read(kb, form["keep"]).TryGet(out var confirmed, out errors)
                    ? SeeOther(link.For(kb, new InterviewView(new InterviewState(confirmed, []), null, false)))
                    : Problems.Invalid(errors);
            case "answer" or "unknown":
                return Answer(engine, link, state, form);
            default:
                return SeeOther(link.For(kb, new InterviewView(state, null, false)));
        }
    }

    /// <summary>303, so the browser fetches the step with GET whatever the method before.</summary>
    private static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }

    private static IResult Answer(InterviewEngine engine, InterviewLink link, InterviewState state, IFormCollection form)
    {
        var kb = engine.Kb;
        var question = kb.Questions.FirstOrDefault(q => q.Id == (string?)form["question"]);
        if (question is null)
        {
            return Problems.Invalid("question", "unknown question id");
        }

        var values = (string?)form["action"] == "unknown"
            ? [Answers.Unknown]
            : form["answer"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        if (values.Count == 0 && question.Type != QuestionType.MultiChoice)
        {
            var hint = question.Type == QuestionType.Number ? "Enter a number, or choose \"I don't know\"." : "Choose one of the answers.";
            return Render(engine, state, error: hint, status: StatusCodes.Status400BadRequest);
        }

        if (!Answers.Apply(kb, state.Evidence, question, values).TryGet(out var evidence, out var errors))
        {
            return Render(engine, state, error: Friendly(errors[0], question), status: StatusCodes.Status400BadRequest);
        }

        var history = state.History.Where(id => id != question.Id).Append(question.Id).ToList();
        return SeeOther(link.For(kb, new InterviewView(new InterviewState(evidence, history), null, false)));
    }

    private static async Task<IResult> DescribeAsync(HttpRequest request, DescribeLink link, CancellationToken ct)
    {
        var form = await request.ReadFormAsync(ct);
        var text = ((string?)form["text"] ?? "").Trim();
        if (text.Length > DescribePage.MaxLength)
        {
            return Described(text[..DescribePage.MaxLength], $"Please keep it under {DescribePage.MaxLength} characters.");
        }

        return SeeOther(link.For(text));
    }

    private static IResult ShowDescribed(HttpRequest request, DescribeLink link, Assessor assessor)
    {
        if (request.Query[DescribeLink.Query] is not [{ } token])
        {
            return SeeOther("/");
        }

        if (link.Read(token) is not { } text)
        {
            return Described("", "That page has expired. Please describe what happened again.");
        }

        var parsed = PhraseParser.Parse(text);
        return new RazorComponentResult<DescribePage>(new { Text = text, Parsed = parsed, Urgency = ParsedUrgency.Of(parsed, assessor) });
    }

    private static RazorComponentResult<DescribePage> Described(string text, string error) =>
        new(new { Text = text, Error = error }) { StatusCode = StatusCodes.Status400BadRequest };

    public static IResult Render(InterviewEngine engine, InterviewState state, Evidence? prefill = null, string? error = null, int status = StatusCodes.Status200OK)
    {
        var step = engine.Next(state.Evidence);
        if (step.ShouldStop || step.Next is null)
        {
            return RenderResult(engine, state, step, "");
        }

        // The urgency before the last answer, computed the same way: a banner that first appears takes the focus, and
        // one that goes down says why.
        var before = state.History.Count == 0
            ? (TriageLevel?)null
            : engine.Result(engine.Kb.Questions.First(q => q.Id == state.History[^1]).SetsFacts.Aggregate(state.Evidence, (e, f) => e.Without(f))).Triage.Level;
        return new RazorComponentResult<InterviewPage>(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(InterviewPage.Question)] = step.Next.Question,
            [nameof(InterviewPage.Options)] = step.Next.Options,
            [nameof(InterviewPage.State)] = state,
            [nameof(InterviewPage.Rationale)] = step.Next.Rationale,
            [nameof(InterviewPage.SafetyCritical)] = step.Next.SafetyCritical,
            [nameof(InterviewPage.Asked)] = step.QuestionsAsked,
            [nameof(InterviewPage.PrefillFrom)] = prefill,
            [nameof(InterviewPage.Error)] = error,
            [nameof(InterviewPage.Now)] = step.Assessment.Triage,
            [nameof(InterviewPage.Before)] = before,
        })
        {
            StatusCode = status,
        };
    }

    private static RazorComponentResult<ResultPage> RenderResult(InterviewEngine engine, InterviewState state, InterviewStep step, string note) =>
        new(new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            [nameof(ResultPage.Assessment)] = step.Assessment,
            [nameof(ResultPage.State)] = state,
            [nameof(ResultPage.Asked)] = engine.CountAsked(state.Evidence),
            [nameof(ResultPage.Reason)] = note,
        });

    /// <summary>The page shows only what to do about the answer, not the question id the error names.</summary>
    private static string Friendly(FieldError error, Question question) =>
        question.Type == QuestionType.Number && question.Min is { } min && question.Max is { } max
            ? $"Please enter a number from {min:0.##} to {max:0.##}{(question.Unit is null ? "" : " " + question.Unit)}."
            : "That answer could not be used: " + error.Message;

}
