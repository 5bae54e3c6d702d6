using GraphExplorer.Cli;

return CommandLine.Run(args);
