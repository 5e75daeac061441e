using System.Diagnostics;
using Akka.Actor;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api;

/// <summary>
/// Asks a fixture through the shard region, sending the message again every <see cref="ApiSettings.ResendAfter"/>
/// until one answer arrives or <see cref="ApiSettings.AskTimeout"/> passes. Sharding drops the messages it buffered
/// for a shard that starts handing off (a node joining or leaving), so a single ask would wait out the whole timeout
/// for an answer that never comes. Only messages a fixture handles idempotently may be resent: queries, and
/// <c>TrackBets</c>, whose repeat is answered duplicate. The earliest send's answer wins, so a slow original still gives its own.
/// </summary>
public static class ResendingAsk
{
    public static async Task<T> AskResendingAsync<T>(this IActorRef target, object message, ApiSettings settings, CancellationToken cancellationToken)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var asks = new List<Task<T>>();
        var clock = Stopwatch.StartNew();
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var remaining = settings.AskTimeout - clock.Elapsed;
                if (remaining <= TimeSpan.Zero)
                {
                    throw TimedOut(message, settings, asks.Count);
                }
                asks.Add(target.Ask<T>(message, remaining, abandon.Token));
                var resend = Task.Delay(remaining < settings.ResendAfter ? remaining : settings.ResendAfter, abandon.Token);
                if (await Task.WhenAny([.. asks, resend]) == resend)
                {
                    continue;
                }
                // Answers are set in the order the fixture gave them; continuations run in any order.
                var answered = asks.First(ask => ask.IsCompleted);
                return answered.Exception?.InnerException is AskTimeoutException
                    ? throw TimedOut(message, settings, asks.Count)
                    : await answered;
            }
        }
        finally
        {
            await abandon.CancelAsync();
        }
    }

    private static AskTimeoutException TimedOut(object message, ApiSettings settings, int sends) =>
        new($"no answer to {message.GetType().Name} within {settings.AskTimeout} ({sends} sends)");
}
