namespace LegCheck.Web.Features.Diary;

/// <summary>
/// Whose diary a request reads and writes, as in davidfowl/TodoApi: every diary endpoint takes it and scopes each
/// query to it. On the runner's own machine it is always the one local user (<see cref="LegCheck.Diary.Storage.LocalUser"/>).
/// </summary>
internal sealed record CurrentUser(string Id);
