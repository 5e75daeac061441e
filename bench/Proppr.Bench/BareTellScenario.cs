using System.Diagnostics;
using Akka.Actor;

namespace Proppr.Bench;

/// <summary>
/// The baseline for actor throughput: local <c>Tell</c> to plain counting actors, as fast as this machine delivers
/// messages with no Proppr code in the way.
/// </summary>
public sealed class BareTellScenario : IScenario
{
    public string Name => "bare-tell";

    public async Task<IReadOnlyList<Figure>> RunAsync(BenchOptions options) =>
        [new Figure(Name, "messages/s", await MeasureAsync(options.BareMessages), "msg/s")];

    /// <summary>
    /// Messages per second to <see cref="Environment.ProcessorCount"/> counters, fed from one sender each, after a
    /// tenth as many to warm the code up (a cold first run measured a fifth of a warm one).
    /// </summary>
    public static async Task<double> MeasureAsync(int messages)
    {
        await MeasureOnceAsync(messages / 10);
        return await MeasureOnceAsync(messages);
    }

    private static async Task<double> MeasureOnceAsync(int messages)
    {
        using var system = ActorSystem.Create("bare", "akka.loglevel = WARNING");
        var actors = Environment.ProcessorCount;
        var perActor = messages / actors;
        var done = Enumerable.Range(0, actors).Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var counters = done.Select(signal => system.ActorOf(Props.Create(() => new Counter(perActor, signal)))).ToArray();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(counters.Select(counter => Task.Run(() =>
        {
            for (var i = 0; i < perActor; i++)
            {
                counter.Tell(i);
            }
        })));
        await Task.WhenAll(done.Select(d => d.Task));
        return perActor * actors / clock.Elapsed.TotalSeconds;
    }

    private sealed class Counter : UntypedActor
    {
        private readonly int _expected;
        private readonly TaskCompletionSource _done;
        private int _seen;

        public Counter(int expected, TaskCompletionSource done)
        {
            _expected = expected;
            _done = done;
        }

        protected override void OnReceive(object message)
        {
            if (++_seen == _expected)
            {
                _done.SetResult();
            }
        }
    }
}
