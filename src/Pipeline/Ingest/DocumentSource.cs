using System.Globalization;
using Pipeline.Documents;

namespace Pipeline.Ingest;

/// <summary>
/// Enumerates documents from any mix of files, folders (recursively, in ordinal path order; see <see cref="FolderWalk"/>)
/// and "-" (standard input, JSON Lines). Documents are streamed one at a time; a bad input yields an error in its
/// place and the enumeration goes on, whatever the input holds. Ids: a file's path under the folder named on the
/// command line, without extension; a JSON Lines record's "id".
/// </summary>
public sealed class DocumentSource
{
    public static readonly string[] Extensions = [".txt", ".html", ".htm", ".jsonl"];

    private readonly IReadOnlyList<string> _inputs;
    private readonly Func<Stream> _stdin;
    private readonly long _maxDocumentBytes;

    /// <param name="maxDocumentBytes">A .txt or .html file, or a JSON Lines line, larger than this is rejected before it is read.</param>
    public DocumentSource(IReadOnlyList<string> inputs, Func<Stream>? stdin = null, long maxDocumentBytes = Limits.DefaultMaxDocumentBytes)
    {
        _inputs = inputs;
        _stdin = stdin ?? Console.OpenStandardInput;
        _maxDocumentBytes = maxDocumentBytes;
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
                foreach (var r in ReadJsonLines(_stdin, "stdin")) yield return r;
            }
            else if (Directory.Exists(input))
            {
                foreach (var entry in FolderWalk.Files(input, Extensions))
                {
                    if (entry.Problem != null)
                    {
                        yield return IngestResult.Fail(new InputError(entry.Path, null, null, entry.Problem));
                        continue;
                    }
                    var id = Path.ChangeExtension(Path.GetRelativePath(input, entry.Path), null).Replace(Path.DirectorySeparatorChar, '/');
                    foreach (var r in ReadFile(entry.Path, id, explicitlyNamed: false)) yield return r;
                }
            }
            else if (File.Exists(input))
            {
                foreach (var r in ReadFile(input, Path.GetFileNameWithoutExtension(input), explicitlyNamed: true)) yield return r;
            }
            else
            {
                yield return IngestResult.Fail(new InputError(input, null, null,
                    new FileInfo(input).LinkTarget is { } target ? $"broken symbolic link: {target} does not exist" : "no such file or folder"));
            }
        }
    }

    private IEnumerable<IngestResult> ReadFile(string path, string id, bool explicitlyNamed)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension == ".jsonl") return ReadJsonLines(() => File.OpenRead(path), path);
        return [ReadDocument(path, id, extension, explicitlyNamed)];
    }

    private IngestResult ReadDocument(string path, string id, string extension, bool explicitlyNamed)
    {
        if (extension is not (".txt" or ".html" or ".htm"))
            return IngestResult.Fail(new InputError(path, null, id,
                explicitlyNamed ? $"unsupported file type \"{extension}\" (expected .txt, .html, .htm or .jsonl)" : "skipped"));
        try
        {
            long size = new FileInfo(path).Length;
            if (size > _maxDocumentBytes) throw new InvalidInputException(TooLarge(size));
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length > _maxDocumentBytes) throw new InvalidInputException(TooLarge(bytes.Length));
            if (bytes.Length == 0) throw new InvalidInputException("empty file");
            var text = PlainTextReader.Decode(bytes);
            var document = extension == ".txt" ? new Document(id, text, source: path) : HtmlArticleReader.Read(text, id, path);
            if (string.IsNullOrWhiteSpace(document.Text))
                throw new InvalidInputException(extension == ".txt" ? "no text (the file holds only white space)" : "no article text in the page");
            return IngestResult.Ok(document);
        }
        catch (InvalidInputException e)
        {
            return IngestResult.Fail(new InputError(path, null, id, e.Message));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IngestResult.Fail(new InputError(path, null, id, $"cannot read: {e.Message}"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return IngestResult.Fail(new InputError(path, null, id, $"cannot read: {e.GetType().Name}: {e.Message}"));
        }
    }

    private string TooLarge(long size) => string.Create(CultureInfo.InvariantCulture,
        $"file is {size:N0} bytes, over the limit of {_maxDocumentBytes:N0} bytes per document (--max-doc-bytes)");

    /// <summary>JSON Lines, one error per bad line; a failure of the stream itself ends the input with one error.</summary>
    private IEnumerable<IngestResult> ReadJsonLines(Func<Stream> open, string source)
    {
        Stream stream;
        try
        {
            stream = open();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Fail(new InputError(source, null, null, $"cannot read: {e.Message}"))];
        }
        return ReadJsonLines(stream, source);
    }

    private IEnumerable<IngestResult> ReadJsonLines(Stream stream, string source)
    {
        using (stream)
        {
            using var lines = JsonLinesReader.Read(stream, source, _maxDocumentBytes).GetEnumerator();
            while (true)
            {
                IngestResult? next = null;
                bool more;
                try
                {
                    more = lines.MoveNext();
                    if (more) next = lines.Current;
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    more = false;
                    next = IngestResult.Fail(new InputError(source, null, null, $"reading stopped: {e.Message}"));
                }
                if (next is { } item) yield return item;
                if (!more) break;
            }
        }
    }
}
