using System.Net;

namespace Proppr.Actors.Ledger;

/// <summary>
/// The Sheets API (or its token endpoint) refused a call, or could not be reached. <see cref="RetryAfter"/> is the wait
/// it asked for (a 429's <c>Retry-After</c>); the ledger backs off at least that long.
/// </summary>
public sealed class SheetsApiException(string message, HttpStatusCode? status = null, TimeSpan? retryAfter = null, Exception? inner = null)
    : Exception(message, inner)
{
    public HttpStatusCode? Status { get; } = status;

    public TimeSpan? RetryAfter { get; } = retryAfter;
}
