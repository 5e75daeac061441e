namespace Proppr.Node.Api;

/// <summary>Every error the API answers is this JSON object: one sentence saying what went wrong.</summary>
public sealed record ApiError(string Error)
{
    public static IResult BadRequest(string error) => Results.Json(new ApiError(error), statusCode: StatusCodes.Status400BadRequest);

    public static IResult NotFound(string error) => Results.Json(new ApiError(error), statusCode: StatusCodes.Status404NotFound);

    public static IResult TooLarge(string error) => Results.Json(new ApiError(error), statusCode: StatusCodes.Status413PayloadTooLarge);

    public static IResult Unavailable(string error) => Results.Json(new ApiError(error), statusCode: StatusCodes.Status503ServiceUnavailable);
}
