using System.CommandLine;
using Pipeline.Cli;

var root = new RootCommand("pipeline: career events (who started, left or held which role at which company, and when) from news articles")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    EvalMentionsCommand.Create(),
    TrainCommand.Create(),
    EvalNerCommand.Create(),
    BenchmarkCommand.Create(),
};
// Ctrl-C (SIGINT) and SIGTERM cancel the commands that take a cancellation token (extract), which then stop cleanly
// and exit with 130; a command that has not stopped 5 s later is ended.
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(5) });
