namespace Proppr.Actors.ReadModel.Screening;

/// <summary>One screening rule: a flag with its evidence when the client's activity trips it, else null.</summary>
public interface IScreeningRule
{
    ScreeningFlag? Check(ClientActivity activity);
}
