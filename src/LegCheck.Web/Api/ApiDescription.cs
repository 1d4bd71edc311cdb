namespace LegCheck.Web.Api;

/// <summary>The OpenAPI document's description of the API as a whole.</summary>
internal static class ApiDescription
{
    public const string Text =
        "LegCheck ranks the likely causes of calf cramps, foot cramps and numb or tingling feet in runners, " +
        "decides how urgent the problem is, and gives a plan in which every point carries its source. " +
        "It is not a diagnosis.\n\n" +
        "The API is stateless: every request carries all facts so far, in the case format of case-format.md " +
        "({\"age\": 34, \"sex\": \"male\", \"facts\": {\"cramp\": \"yes\", \"location\": [\"calf\"], \"run_minutes\": 200}}). " +
        "Yes/no facts take yes, no, unknown, true or false; numbers are plain numbers; choices are ids or lists of ids.\n\n" +
        "The interview (POST /api/v1/interview/next) keeps no session either: send the facts returned by the previous " +
        "step together with {\"answer\": {\"question\": \"q_feel\", \"values\": [\"cramp\"]}} and receive the updated facts " +
        "and the next question, or should_stop with the result.\n\n" +
        "Every error is a Problem Details response (RFC 9457) whose detail names the field (for example facts.run_minutes) " +
        "and what was expected; errors lists every field at fault. Bodies are limited to 64 KiB. " +
        "The server listens on loopback only and logs no request bodies.";
}
