using Pipeline.Documents;

namespace Pipeline.Ingest;

/// <summary>
/// Enumerates documents from any mix of files, folders (recursively, in ordinal path order) and "-"
/// (standard input, JSON Lines). Documents are streamed one at a time; a bad input yields an error and
/// the enumeration goes on. Ids: a file's path under the folder named on the command line, without
/// extension; a JSON Lines record's "id".
/// </summary>
public sealed class DocumentSource
{
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl"];

    private readonly IReadOnlyList<string> _inputs;
    private readonly Func<TextReader> _stdin;

    public DocumentSource(IReadOnlyList<string> inputs, Func<TextReader>? stdin = null)
    {
        _inputs = inputs;
        _stdin = stdin ?? (() => Console.In);
    }

    public IEnumerable<IngestResult> Read()
    {
        var seenIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var result in ReadAll())
        {
            if (result.Document is { } doc && !seenIds.Add(doc.Id))
                yield return IngestResult.Fail(new InputError(doc.Source ?? doc.Id, doc.SourceLine, doc.Id, $"duplicate document id \"{doc.Id}\" (the first one is kept)"));
            else
                yield return result;
        }
    }

    private IEnumerable<IngestResult> ReadAll()
    {
        foreach (var input in _inputs)
        {
            if (input == "-")
            {
                foreach (var r in JsonLinesReader.Read(_stdin(), "stdin")) yield return r;
            }
            else if (Directory.Exists(input))
            {
                foreach (var r in ReadFolder(input)) yield return r;
            }
            else if (File.Exists(input))
            {
                foreach (var r in ReadFile(input, Path.GetFileNameWithoutExtension(input), explicitlyNamed: true)) yield return r;
            }
            else
            {
                yield return IngestResult.Fail(new InputError(input, null, null, "no such file or folder"));
            }
        }
    }

    private static IEnumerable<IngestResult> ReadFolder(string folder)
    {
        List<string> files;
        InputError? error = null;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden })
                .Where(f => Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .OrderBy(f => f, StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
            error = new InputError(folder, null, null, $"cannot list folder: {e.Message}");
        }
        if (error != null) yield return IngestResult.Fail(error);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(folder, file);
            var id = Path.ChangeExtension(relative, null).Replace(Path.DirectorySeparatorChar, '/');
            foreach (var r in ReadFile(file, id, explicitlyNamed: false)) yield return r;
        }
    }

    private static IEnumerable<IngestResult> ReadFile(string path, string id, bool explicitlyNamed)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl")
        {
            StreamReader? reader = null;
            InputError? error = null;
            try
            {
                reader = new StreamReader(path, PlainTextReader.StrictEncoding, detectEncodingFromByteOrderMarks: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error = new InputError(path, null, null, $"cannot read: {e.Message}");
            }
            if (error != null) { yield return IngestResult.Fail(error); yield break; }
            using (reader)
            {
                using var lines = JsonLinesReader.Read(reader!, path).GetEnumerator();
                while (true)
                {
                    IngestResult? next = null;
                    bool more;
                    try
                    {
                        more = lines.MoveNext();
                        if (more) next = lines.Current;
                    }
                    catch (Exception e) when (e is IOException or System.Text.DecoderFallbackException)
                    {
                        more = false;
                        next = IngestResult.Fail(new InputError(path, null, null, $"reading stopped: {e.Message}"));
                    }
                    if (next is { } item) yield return item;
                    if (!more) break;
                }
            }
            yield break;
        }

        IngestResult result;
        try
        {
            result = extension switch
            {
                ".txt" => IngestResult.Ok(PlainTextReader.Read(path, id)),
                ".html" or ".htm" => IngestResult.Ok(HtmlArticleReader.Read(PlainTextReader.Decode(File.ReadAllBytes(path)), id, path)),
                _ => IngestResult.Fail(new InputError(path, null, id,
                    explicitlyNamed ? $"unsupported file type \"{extension}\" (expected .txt, .html, .htm or .jsonl)" : "skipped")),
            };
        }
        catch (InvalidInputException e)
        {
            result = IngestResult.Fail(new InputError(path, null, id, e.Message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            result = IngestResult.Fail(new InputError(path, null, id, $"cannot read: {e.Message}"));
        }
        yield return result;
    }
}
