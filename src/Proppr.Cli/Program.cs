using System.CommandLine;
using Proppr.Cli;

var root = new RootCommand("proppr: grade bets offline, inspect and operate a Proppr cluster");
root.Subcommands.Add(GradeCommand.Create());
return root.Parse(args).Invoke();
