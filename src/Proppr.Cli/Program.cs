using System.CommandLine;
using Proppr.Cli;

var root = new RootCommand("proppr: grade bets offline, inspect and operate a Proppr cluster");
var node = new NodeConnection();
node.AddTo(root);
root.Subcommands.Add(GradeCommand.Create());
root.Subcommands.Add(ClusterCommand.Create(node));
root.Subcommands.Add(ImportCommand.Create(node));
root.Subcommands.Add(ReportCommand.Create(node));
root.Subcommands.Add(LedgerCommand.Create(node));
return await root.Parse(args).InvokeAsync();
