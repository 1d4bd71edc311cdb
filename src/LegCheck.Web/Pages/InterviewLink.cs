using LegCheck.Core.Cases;
using LegCheck.Core.Input;
using LegCheck.Core.Model;
using Microsoft.AspNetCore.DataProtection;

namespace LegCheck.Web.Pages;

/// <summary>What a GET of <c>/check</c> shows: the interview at this state, with an earlier answer shown again after Back, or its result.</summary>
public sealed record InterviewView(InterviewState State, Evidence? Prefill, bool Finished);

/// <summary>
/// Each interview step as an address of its own (post, then redirect, then get): the browser's Back and Reload then
/// fetch a page instead of resubmitting a form, and each entry in its history is the place it was. The step travels
/// as a <see cref="SealedToken"/> that expires after <see cref="Lifetime"/>.
/// </summary>
public sealed class InterviewLink(IDataProtectionProvider provider)
{
    public const string Path = "/check";
    public const string Query = "s";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(12);

    private readonly SealedToken _token = new(provider, "LegCheck.Interview.Step.v1", Lifetime);

    public string For(KnowledgeBase kb, InterviewView view)
    {
        var payload = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["state"] = view.State.FactsField(kb),
            ["history"] = view.State.HistoryField,
            ["prefill"] = view.Prefill is null ? null : new InterviewState(view.Prefill, []).FactsField(kb),
            ["finished"] = view.Finished ? "1" : null,
        };
        return $"{Path}?{Query}={_token.Seal(payload)}";
    }

    /// <summary>The step the address names; a failure when it was altered, made with other keys, or has expired.</summary>
    public Validated<InterviewView> Read(KnowledgeBase kb, string token)
    {
        if (_token.Open(token) is not { } payload)
        {
            return Validated.Fail<InterviewView>(Query, "this step of the check has expired or is not valid");
        }

        if (!InterviewState.Read(kb, payload.GetValueOrDefault("state"), payload.GetValueOrDefault("history")).TryGet(out var state, out var errors))
        {
            return Validated.Fail<InterviewView>(Query, "this step of the check is not valid");
        }

        Evidence? prefill = null;
        if (payload.GetValueOrDefault("prefill") is { } facts)
        {
            if (!InterviewState.Read(kb, facts, null).TryGet(out var shown, out errors))
            {
                return Validated.Fail<InterviewView>(errors);
            }

            prefill = shown.Evidence;
        }

        return Validated.Ok(new InterviewView(state, prefill, payload.GetValueOrDefault("finished") == "1"));
    }
}
