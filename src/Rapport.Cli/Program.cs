using Rapport.Cli;

return RapportCli.Run(args, CommandContext.FromProcess());
