using System.Diagnostics;

namespace Proppr.Bench;

/// <summary>Samples the process's working set and GC heap every 50 ms until disposed, keeping the peaks.</summary>
public sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peakHeap;
    private long _peakWorkingSet;

    private MemorySampler() => _sampling = Task.Run(SampleAsync);

    public long PeakHeapBytes => Interlocked.Read(ref _peakHeap);

    public long PeakWorkingSetBytes => Interlocked.Read(ref _peakWorkingSet);

    public static MemorySampler Start() => new();

    private async Task SampleAsync()
    {
        using var process = Process.GetCurrentProcess();
        while (!_stop.IsCancellationRequested)
        {
            process.Refresh();
            Raise(ref _peakWorkingSet, process.WorkingSet64);
            Raise(ref _peakHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static void Raise(ref long peak, long value)
    {
        if (value > Interlocked.Read(ref peak))
        {
            Interlocked.Exchange(ref peak, value);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _sampling.Wait();
        _stop.Dispose();
    }
}
