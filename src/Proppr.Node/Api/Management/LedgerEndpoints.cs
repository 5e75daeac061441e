using Akka.Actor;
using Akka.Hosting;
using Proppr.Actors.Ledger;
using Proppr.Node.Configuration;

namespace Proppr.Node.Api.Management;

/// <summary>
/// <c>GET ledger</c>: the spreadsheet ledger's cycles, rows written, checked and repaired, and its last failure.
/// <c>POST ledger/resync</c>: verify every row again, starting now (a full rotation check).
/// </summary>
public static class LedgerEndpoints
{
    private const string Off = "the ledger is off: Ledger:SpreadsheetId and Ledger:CredentialsPath are not both configured";

    public static void MapLedgerEndpoints(this RouteGroupBuilder manage)
    {
        manage.MapGet("/ledger", async (ActorRegistry registry, ApiSettings settings, CancellationToken cancellationToken) =>
            registry.TryGet<LedgerSync>(out var ledger)
                ? Results.Ok(await ledger.Ask<LedgerStatus>(GetLedgerStatus.Instance, settings.AskTimeout, cancellationToken))
                : ApiError.NotFound(Off));
        manage.MapPost("/ledger/resync", async (ActorRegistry registry, ApiSettings settings, CancellationToken cancellationToken) =>
            registry.TryGet<LedgerSync>(out var ledger)
                ? Results.Ok(await ledger.Ask<LedgerResyncQueued>(ResyncLedger.Instance, settings.AskTimeout, cancellationToken))
                : ApiError.NotFound(Off));
    }
}
