namespace Pipeline.Output;

/// <summary>
/// A file written under a temporary name beside its target and renamed into place only when complete,
/// so an interrupted run never leaves a torn file under the target name.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private bool _committed;

    public AtomicFile(string target)
    {
        _target = Path.GetFullPath(target);
        var folder = Path.GetDirectoryName(_target)!;
        Directory.CreateDirectory(folder);
        _temporary = Path.Combine(folder, $".{Path.GetFileName(_target)}.{Environment.ProcessId}.tmp");
        Writer = new StreamWriter(_temporary, append: false, new System.Text.UTF8Encoding(false), bufferSize: 1 << 16);
    }

    public StreamWriter Writer { get; }

    public void Commit()
    {
        Writer.Flush();
        Writer.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        if (_committed) return;
        Writer.Dispose();
        try { File.Delete(_temporary); } catch (IOException) { }
    }
}
