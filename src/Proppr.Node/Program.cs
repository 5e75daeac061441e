using Proppr.Node;
using Proppr.Node.Demo;

if (DemoOptions.Requested(args))
{
    return await DemoRun.RunAsync(args, Console.Out, Console.Error);
}
await NodeHost.Build(args).RunAsync();
return 0;
