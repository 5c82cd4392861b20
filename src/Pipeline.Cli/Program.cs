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
return await root.Parse(args).InvokeAsync();
