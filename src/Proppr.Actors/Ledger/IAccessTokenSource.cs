namespace Proppr.Actors.Ledger;

/// <summary>A bearer token for the Sheets API, renewed by the source before it expires.</summary>
public interface IAccessTokenSource
{
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
