using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Stats;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Management;

/// <summary><c>GET crawl</c>: the league crawl's listings and matches read, failures, queue and next daily run.</summary>
public static class CrawlEndpoints
{
    public static void MapCrawlEndpoints(this RouteGroupBuilder manage) =>
        manage.MapGet("/crawl", async (IRequiredActor<LeagueCrawler> crawler, ApiSettings settings, CancellationToken cancellationToken) =>
            Results.Ok(await crawler.ActorRef.Ask<CrawlProgress>(GetCrawlProgress.Instance, settings.AskTimeout, cancellationToken)));
}
