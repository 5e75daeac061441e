using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Ledger;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Management;

/// <summary><c>GET ledger</c>: the spreadsheet ledger's cycles, rows written, checked and repaired, and its last failure.</summary>
public static class LedgerEndpoints
{
    public static void MapLedgerEndpoints(this RouteGroupBuilder manage)
    {
        manage.MapGet("/ledger", async (ActorRegistry registry, ApiSettings settings, CancellationToken cancellationToken) =>
            registry.TryGet<LedgerSync>(out var ledger)
                ? Results.Ok(await ledger.Ask<LedgerStatus>(GetLedgerStatus.Instance, settings.AskTimeout, cancellationToken))
                : ApiError.NotFound("the ledger is off: Ledger:SpreadsheetId and Ledger:CredentialsPath are not both configured"));
    }
}
