namespace Pipeline.Ingest;

/// <summary>
/// Reads a stream as lines of bytes, each ending at '\n' or at the end of the stream. A line longer than the limit
/// is skipped to its end without being held in memory, and only its length is kept, so one huge line cannot
/// exhaust memory.
/// </summary>
public sealed class ByteLineReader(Stream stream, long maxLineBytes)
{
    private readonly byte[] _chunk = new byte[1 << 16];
    private int _next, _end;
    private byte[] _line = new byte[4096];
    private int _lineLength;

    /// <summary>The bytes of the current line, without its '\n'; empty when the line is <see cref="TooLong"/>.</summary>
    public ReadOnlySpan<byte> Line => TooLong ? default : _line.AsSpan(0, _lineLength);

    /// <summary>The length of the current line in bytes, without its '\n'.</summary>
    public long Length { get; private set; }

    public bool TooLong => Length > maxLineBytes;

    /// <summary>Moves to the next line; false at the end of the stream.</summary>
    public bool ReadLine()
    {
        Length = 0;
        _lineLength = 0;
        bool any = false;
        while (true)
        {
            if (_next == _end)
            {
                _next = 0;
                _end = stream.Read(_chunk, 0, _chunk.Length);
                if (_end == 0) return any;
            }
            any = true;
            int newline = _chunk.AsSpan(_next, _end - _next).IndexOf((byte)'\n');
            int count = newline < 0 ? _end - _next : newline;
            Length += count;
            if (Length <= maxLineBytes)
            {
                if (_lineLength + count > _line.Length) Array.Resize(ref _line, (int)Math.Min(Math.Max(_line.Length * 2L, _lineLength + count), Array.MaxLength));
                Array.Copy(_chunk, _next, _line, _lineLength, count);
                _lineLength += count;
            }
            _next += newline < 0 ? count : count + 1;
            if (newline >= 0) return true;
        }
    }
}
