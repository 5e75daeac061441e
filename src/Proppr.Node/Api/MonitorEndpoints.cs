using Akka.Hosting;
using Microsoft.Extensions.FileProviders;
using Proppr.Actors.Fixtures;
using Proppr.Actors.ReadModel;
using Proppr.Actors.ReadModel.Screening;
using Proppr.Node.Api.Bets;
using Proppr.Node.Api.Clients;
using Proppr.Node.Api.Fixtures;
using Proppr.Node.Api.Reports;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api;

/// <summary>
/// The bet monitor: its page at <c>/</c> (plain files from <c>wwwroot</c> beside the node's assembly, so a published
/// node and a test host serve the same ones) and the reads only it needs: a day's bets, the fixtures with open bets,
/// the day's client screening and activity snapshot, and the desk's client categories. The page itself is public; its
/// reads need the token when reads are protected, and its writes (client categories) always.
/// </summary>
public static class MonitorEndpoints
{
    public static WebApplication MapMonitor(this WebApplication app, ApiAccess access, ScreeningSettings screening)
    {
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        var lookup = new FixtureLookup(app.Services.GetRequiredService<IRequiredActor<FixtureRegion>>(), app.Services.GetRequiredService<ApiSettings>());
        app.MapBetListEndpoints(access);
        app.MapLiveFixtureEndpoints(access, lookup);
        var dayScreening = new DayScreening(app.Services.GetRequiredService<BetQueries>(), lookup, screening);
        app.MapScreeningEndpoints(access, dayScreening);
        app.MapActivityEndpoints(access, dayScreening);
        app.MapClientCategoryEndpoints(access);
        return app;
    }
}
