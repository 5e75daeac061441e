namespace Proppr.Actors.ReadModel;

/// <summary>How a P&amp;L report is split.</summary>
public enum PnlGrouping
{
    Source,
    Market,

    /// <summary>The UTC day the bet was settled on.</summary>
    Day,
}
