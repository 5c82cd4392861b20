using System.Text;

namespace Pipeline.Ingest;

/// <summary>
/// Decodes UTF-8 text (with or without a byte-order mark). The text is kept exactly as given. Invalid UTF-8 is
/// rejected, not guessed at: decoding it as another encoding (Windows-1252) would put wrong characters in the names
/// the events carry without anyone noticing, while an error names the file so it can be converted.
/// </summary>
public static class PlainTextReader
{
    /// <summary>UTF-8 that throws on invalid bytes instead of inventing replacement characters.</summary>
    public static readonly UTF8Encoding StrictEncoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes UTF-8, dropping a BOM; rejects UTF-16, binary data and invalid UTF-8 with a clear message.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new InvalidInputException("UTF-16 text (byte-order mark); only UTF-8 is read");
        if (bytes.IndexOf((byte)0) >= 0)
            throw new InvalidInputException("binary file (contains NUL bytes), not text");
        try
        {
            return StrictEncoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidInputException($"not valid UTF-8 (bad byte at offset {e.Index})");
        }
    }
}
