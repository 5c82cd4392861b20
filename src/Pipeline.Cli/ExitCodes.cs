namespace Pipeline.Cli;

/// <summary>The documented exit statuses.</summary>
public static class ExitCodes
{
    /// <summary>Everything was read and processed.</summary>
    public const int Success = 0;
    /// <summary>Bad usage, or the output could not be written.</summary>
    public const int UsageOrIo = 1;
    /// <summary>The run finished, but some inputs (documents, lines, gold files) were skipped; see the error report.</summary>
    public const int SomeInputsFailed = 2;
    /// <summary>Interrupted (Ctrl-C, SIGINT or SIGTERM) before the end; the output is not in place, and extract --resume finishes it.</summary>
    public const int Interrupted = 130;
}
