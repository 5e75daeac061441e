using Proppr.Actors.Matches;

namespace Proppr.Actors.Betting;

internal static class SelectedSide
{
    /// <summary>The team a <c>home</c>/<c>away</c> selection backs; a draw backs neither and reads from the home side.</summary>
    public static Side Of(Selection selection) => selection == Selection.Away ? Side.Away : Side.Home;
}
