namespace Proppr.Replay.Generation;

/// <summary>
/// A card the referee changed after a VAR review. The feed shows <see cref="Shown"/> as a yellow, then the review: to
/// red when <see cref="ToRed"/> (the facts hold the straight red it became), else taken back (the facts hold no card).
/// </summary>
public sealed record CardReview(FeedIncident Shown, bool ToRed);
