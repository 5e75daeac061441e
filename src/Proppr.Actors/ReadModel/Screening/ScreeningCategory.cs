namespace Proppr.Actors.ReadModel.Screening;

/// <summary>What a flag says about a client: beating the market (sharp or arbitrage-like) or gambling riskily.</summary>
public enum ScreeningCategory
{
    Sharp,
    Risky,
}
