using Proppr.Lighthouse;

await LighthouseHost.Build(args).RunAsync();
