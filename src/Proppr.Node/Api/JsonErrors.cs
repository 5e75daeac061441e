using System.Data.Common;
using System.Text.Json;
using Akka.Actor;
using Microsoft.AspNetCore.Diagnostics;

namespace Proppr.Node.Api;

/// <summary>
/// Turns failures into JSON errors: bad input is a 400 that says what is wrong, a cluster or database that does not
/// answer is a 503, and a bare status (404 for an unknown route, 405) gets a sentence too. Only a bug is a 500.
/// </summary>
public static class JsonErrors
{
    public static WebApplication UseJsonErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errors => errors.Run(async context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var (status, message) = Describe(failure);
            if (status == StatusCodes.Status500InternalServerError)
            {
                app.Logger.LogError(failure, "Unhandled error on {Path}", context.Request.Path);
            }
            context.Response.StatusCode = status;
            await context.Response.WriteAsJsonAsync(new ApiError(message));
        }));
        app.UseStatusCodePages(async status =>
        {
            var response = status.HttpContext.Response;
            await response.WriteAsJsonAsync(new ApiError(response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"no such endpoint: {status.HttpContext.Request.Method} {status.HttpContext.Request.Path}",
                StatusCodes.Status405MethodNotAllowed => $"{status.HttpContext.Request.Method} is not allowed on {status.HttpContext.Request.Path}",
                _ => $"HTTP {response.StatusCode}",
            }));
        });
        return app;
    }

    private static (int Status, string Message) Describe(Exception? failure) => failure switch
    {
        BadHttpRequestException bad => (bad.StatusCode, bad.Message),
        JsonException json => (StatusCodes.Status400BadRequest, "the request body is not valid JSON: " + json.Message),
        // A wait on an actor's answer (a stream's subscription) times out with the plain exception.
        AskTimeoutException or TimeoutException => (StatusCodes.Status503ServiceUnavailable, "the cluster did not answer in time: " + failure.Message),
        DbException database => (StatusCodes.Status503ServiceUnavailable, "the database did not answer: " + database.Message),
        _ => (StatusCodes.Status500InternalServerError, "internal error; the node's log has the details"),
    };
}
