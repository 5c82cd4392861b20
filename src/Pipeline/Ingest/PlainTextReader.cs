using System.Text;
using Pipeline.Documents;

namespace Pipeline.Ingest;

/// <summary>Reads UTF-8 text (with or without a byte-order mark). The text is kept exactly as given.</summary>
public static class PlainTextReader
{
    /// <summary>UTF-8 that throws on invalid bytes instead of inventing replacement characters.</summary>
    public static readonly UTF8Encoding StrictEncoding = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Document Read(string path, string id) => new(id, Decode(File.ReadAllBytes(path)), source: path);

    /// <summary>Decodes UTF-8, dropping a BOM; rejects binary data and invalid UTF-8 with a clear message.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
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
