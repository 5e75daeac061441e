using Proppr.Node;

await NodeHost.Build(args).RunAsync();
