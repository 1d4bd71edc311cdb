using LegCheck.Diary.Storage;

namespace LegCheck.Web.Features.Diary;

/// <summary>The diary cannot be opened (damaged, from a newer LegCheck, not a diary): a 503, not the request's fault.</summary>
internal sealed class DiaryUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <summary>Where one upload's files wait, beside the diary, until they are imported.</summary>
internal sealed class DiaryUploads(DiaryWebOptions options)
{
    public DiaryWebOptions Options { get; } = options;

    /// <summary>A private folder (beside the local diary) for one upload's files, deleted when the import is done.</summary>
    public string NewUploadFolder()
    {
        var folder = Path.Combine(Options.UploadRoot, Guid.NewGuid().ToString("N"));
        PrivateFiles.CreateFolder(folder);
        return folder;
    }
}
