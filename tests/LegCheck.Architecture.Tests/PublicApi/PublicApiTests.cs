using LegCheck.Testing;
using PublicApiGenerator;
using Xunit;

namespace LegCheck.Architecture.Tests.PublicApi;

/// <summary>
/// The public API of each library, checked against the text approved in this folder (<c>LegCheck.Core.txt</c> and so
/// on), so that a change to what other projects and users can call is seen and reviewed, never slipped in.
/// <para>
/// To approve a change on purpose: run these tests with <c>LEGCHECK_APPROVE_API=1</c>
/// (<c>LEGCHECK_APPROVE_API=1 dotnet test tests/LegCheck.Architecture.Tests --filter PublicApi</c>), which writes the
/// new API over the approved file and still fails once; check the file's diff with git and commit it.
/// </para>
/// </summary>
public sealed class PublicApiTests
{
    private const string ApproveVariable = "LEGCHECK_APPROVE_API";

    public static TheoryData<string> Libraries() =>
        [Products.Core, Products.Activities, Products.Diary, Products.Postgres, Products.Handoff];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void PublicApi_OfLibrary_IsTheApprovedOne(string library)
    {
        var file = Path.Combine(RepoPaths.Root, "tests", "LegCheck.Architecture.Tests", "PublicApi", library + ".txt");
        var actual = Normalised(Products.Load(library).GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }));
        var approved = File.Exists(file) ? Normalised(File.ReadAllText(file)) : "";
        if (string.Equals(actual, approved, StringComparison.Ordinal))
        {
            return;
        }

        var approving = Environment.GetEnvironmentVariable(ApproveVariable) == "1";
        if (approving)
        {
            File.WriteAllText(file, actual);
        }

        Assert.Fail(
            $"the public API of {library} is not the approved one in {file}" +
            (approving ? " (the file now holds the new API: review its diff and commit it)" : $"; if the change is meant, run the tests with {ApproveVariable}=1 to approve it") +
            ":\n" + LineDiff.Describe(approved, actual));
    }

    /// <summary>One line ending, one final newline: the approved file must not differ by the checkout's line endings.</summary>
    private static string Normalised(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
