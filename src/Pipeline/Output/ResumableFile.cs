using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Pipeline.Output;

/// <summary>
/// An output file that an interrupted run can finish later without redoing or duplicating what was done.
/// <list type="bullet">
/// <item>While the run goes, each document's output is appended to <c>FILE.partial</c>, and then a record of the
/// document (its id and the partial file's length after it) to <c>FILE.partial.done</c>; both are flushed per document.</item>
/// <item><see cref="Commit"/> renames the partial file to <c>FILE</c> (atomically) and removes the record, so
/// <c>FILE</c> only ever appears complete. An interrupted run (Ctrl-C, a kill, a crash) leaves <c>FILE</c> untouched.</item>
/// <item>Opened to resume, it keeps the output of the documents the record lists, cuts off whatever followed the last
/// of them (a torn line, a document whose record was never written), and appends from there. Documents are written in
/// input order, so the finished file is byte for byte what an uninterrupted run writes.</item>
/// </list>
/// </summary>
public sealed class ResumableFile : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly string _target;
    private readonly FileStream _partial;
    private readonly FileStream _journal;
    private readonly StreamWriter _writer;
    private bool _committed;

    private ResumableFile(string target, FileStream partial, FileStream journal, HashSet<string> done, long keptLines)
    {
        _target = target;
        _partial = partial;
        _journal = journal;
        _writer = new StreamWriter(partial, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Done = done;
        ResumedLines = keptLines;
    }

    public static string PartialPath(string target) => target + ".partial";

    public static string JournalPath(string target) => target + ".partial.done";

    /// <summary>Where the output goes; call <see cref="Completed"/> after each document.</summary>
    public TextWriter Writer => _writer;

    /// <summary>The documents that an earlier, interrupted run completed: skip them.</summary>
    public IReadOnlySet<string> Done { get; }

    /// <summary>The lines of output kept from the interrupted run.</summary>
    public long ResumedLines { get; }

    /// <summary>
    /// Opens the partial file of <paramref name="target"/>: afresh, or with <paramref name="resume"/> where an interrupted
    /// run stopped. <paramref name="note"/> says why a resume starts from the beginning after all.
    /// </summary>
    public static ResumableFile Open(string target, bool resume, out string? note)
    {
        target = Path.GetFullPath(target);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        note = null;
        var partial = new FileStream(PartialPath(target), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
        FileStream? journal = null;
        try
        {
            journal = new FileStream(JournalPath(target), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
            var done = new HashSet<string>(StringComparer.Ordinal);
            long partialLength = 0, journalLength = 0;
            if (resume)
            {
                (journalLength, partialLength) = ReadJournal(journal, done);
                if (done.Count == 0) note = $"nothing to resume in {JournalPath(target)}; starting from the beginning";
                else if (partial.Length < partialLength)
                {
                    note = $"cannot resume: {PartialPath(target)} is shorter than {JournalPath(target)} records; starting from the beginning";
                    (done, partialLength, journalLength) = ([], 0, 0);
                }
            }
            // Cut off what followed the last completed document: a torn line, or output whose record was never written.
            partial.SetLength(partialLength);
            journal.SetLength(journalLength);
            partial.Seek(0, SeekOrigin.End);
            journal.Seek(0, SeekOrigin.End);
            return new ResumableFile(target, partial, journal, done, CountLines(partial, partialLength));
        }
        catch
        {
            journal?.Dispose();
            partial.Dispose();
            throw;
        }
    }

    /// <summary>Records that a document's output is complete: flushes it, then appends the document's record.</summary>
    public void Completed(string documentId)
    {
        _writer.Flush();
        _partial.Flush();
        var record = new JObject { ["doc"] = documentId, ["bytes"] = _partial.Position }.ToString(Formatting.None) + "\n";
        _journal.Write(Utf8.GetBytes(record));
        _journal.Flush();
    }

    /// <summary>Puts the complete output in place under the target name and removes the sidecar files.</summary>
    public void Commit()
    {
        _writer.Flush();
        _writer.Dispose();
        _partial.Dispose();
        _journal.Dispose();
        File.Move(PartialPath(_target), _target, overwrite: true);
        File.Delete(JournalPath(_target));
        _committed = true;
    }

    /// <summary>Without <see cref="Commit"/>, keeps the sidecar files (flushed) for a later resume.</summary>
    public void Dispose()
    {
        if (_committed) return;
        try
        {
            _writer.Dispose();
        }
        catch (IOException)
        {
            // The record, not the partial file, says what is complete: an unflushed tail is cut off on resume.
        }
        _partial.Dispose();
        _journal.Dispose();
    }

    /// <summary>The completed documents, the journal's length up to its last whole record, and the partial file's length then.</summary>
    private static (long JournalLength, long PartialLength) ReadJournal(FileStream journal, HashSet<string> done)
    {
        long journalLength = 0, partialLength = 0;
        var lines = new Ingest.ByteLineReader(journal, 1 << 20);
        while (lines.ReadLine())
        {
            long end = journalLength + lines.Length + 1;
            if (end > journal.Length) break; // the last line has no '\n': torn
            try
            {
                var record = JObject.Parse(Utf8.GetString(lines.Line));
                if (record["doc"] is not JValue { Type: JTokenType.String } doc || record["bytes"] is not JValue { Type: JTokenType.Integer } bytes) break;
                done.Add((string)doc!);
                partialLength = (long)bytes;
            }
            catch (JsonException)
            {
                break;
            }
            journalLength = end;
        }
        return (journalLength, partialLength);
    }

    private static long CountLines(FileStream partial, long length)
    {
        if (length == 0) return 0;
        partial.Seek(0, SeekOrigin.Begin);
        var buffer = new byte[1 << 16];
        long lines = 0;
        int read;
        while ((read = partial.Read(buffer)) > 0) lines += buffer.AsSpan(0, read).Count((byte)'\n');
        return lines;
    }
}
