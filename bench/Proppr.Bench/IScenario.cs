namespace Proppr.Bench;

public interface IScenario
{
    string Name { get; }

    Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options);
}
