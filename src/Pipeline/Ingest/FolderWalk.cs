namespace Pipeline.Ingest;

/// <summary>
/// The files of a folder tree that have one of the given extensions, in ordinal path order. The walk never follows
/// a symbolic link into a folder, so a link loop cannot send it round forever, and it reports rather than skips in
/// silence what it cannot use: a folder it cannot list, a link to a folder, a broken or looping link, a folder
/// named like a file ("a.txt/"). Hidden entries (names starting with ".") are skipped.
/// </summary>
public static class FolderWalk
{
    /// <summary>A file to read, or (with a problem) an entry that is reported instead.</summary>
    public readonly record struct Entry(string Path, string? Problem);

    public static List<Entry> Files(string root, IReadOnlyCollection<string> extensions)
    {
        var found = new List<Entry>();
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            var folder = folders.Pop();
            List<FileSystemInfo> entries;
            try
            {
                entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                found.Add(new Entry(folder, $"cannot list folder: {e.Message}"));
                continue;
            }
            foreach (var entry in entries)
            {
                if (entry.Name.StartsWith('.')) continue;
                var path = Path.Combine(folder, entry.Name);
                bool wanted = extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant());
                if (entry.LinkTarget != null)
                {
                    if (Link(entry, folder, wanted) is { } link) found.Add(link with { Path = path });
                }
                else if (entry is DirectoryInfo)
                {
                    if (wanted) found.Add(new Entry(path, $"a folder named like a {Path.GetExtension(entry.Name)} file; skipped (name it on the command line to read the files in it)"));
                    else folders.Push(path);
                }
                else if (wanted)
                {
                    found.Add(new Entry(path, null));
                }
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    /// <summary>A link to a file is read like the file; a link to a folder is not followed; a broken link is reported if it is named like an input.</summary>
    private static Entry? Link(FileSystemInfo link, string folder, bool wanted)
    {
        FileSystemInfo? target;
        try
        {
            target = link.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException e)
        {
            return new Entry("", $"symbolic link loop ({e.Message}); skipped");
        }
        if (target is DirectoryInfo { Exists: true } targetFolder)
        {
            bool loop = IsSameOrInside(Path.GetFullPath(folder), targetFolder.FullName);
            return new Entry("", loop
                ? $"symbolic link loop: it points to {targetFolder.FullName}, a folder that contains it; not followed"
                : $"symbolic link to the folder {targetFolder.FullName}; not followed (name that folder on the command line to read it)");
        }
        if (!wanted) return null;
        return target is { Exists: true } ? new Entry("", null) : new Entry("", $"broken symbolic link: {link.LinkTarget} does not exist");
    }

    private static bool IsSameOrInside(string path, string folder)
    {
        path = Path.TrimEndingDirectorySeparator(path);
        folder = Path.TrimEndingDirectorySeparator(folder);
        return path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
