namespace Proppr.Node.Configuration;

/// <summary>
/// What the node's settings must be for it to work: every interval and timeout above zero, every count at least one.
/// Checked once, when the settings are read, so a wrong value stops the node at start with every problem named by its
/// configuration key, instead of a fixture that polls in a tight loop or never answers hours later.
/// </summary>
public static class SettingsRules
{
    public static IReadOnlyList<string> Problems(NodeSettings settings)
    {
        var problems = new List<string>();
        void Positive(string key, TimeSpan value)
        {
            if (value <= TimeSpan.Zero)
            {
                problems.Add($"{key} must be above zero, not {value}");
            }
        }
        void NotNegative(string key, int value)
        {
            if (value < 0)
            {
                problems.Add($"{key} must not be negative, not {value}");
            }
        }

        void AtLeastOne(string key, int value)
        {
            if (value < 1)
            {
                problems.Add($"{key} must be at least 1, not {value}");
            }
        }

        var fixtures = settings.Fixtures;
        Positive("Fixtures:LiveInterval", fixtures.LiveInterval);
        Positive("Fixtures:PreMatchInterval", fixtures.PreMatchInterval);
        Positive("Fixtures:SlowInterval", fixtures.SlowInterval);
        Positive("Fixtures:RetryInterval", fixtures.RetryInterval);
        Positive("Fixtures:RoundTimeout", fixtures.RoundTimeout);
        for (var i = 0; i < fixtures.CorrectionChecks.Count; i++)
        {
            Positive($"Fixtures:CorrectionChecks:{i}", fixtures.CorrectionChecks[i]);
        }
        Positive("Fixtures:QuietInterval", fixtures.QuietInterval);
        Positive("Fixtures:SignalFollowUp", fixtures.SignalFollowUp);
        Positive("Fixtures:SignalPollEvery", fixtures.SignalPollEvery);
        // Zero turns the odds-triggered polls off (follow-ups, or all of them).
        NotNegative("Fixtures:SignalFollowUps", fixtures.SignalFollowUps);
        NotNegative("Fixtures:SignalPollBurst", fixtures.SignalPollBurst);
        AtLeastOne("Fixtures:SnapshotEvery", fixtures.SnapshotEvery);
        AtLeastOne("Fixtures:RelocateAfter", fixtures.RelocateAfter);
        Positive("Odds:SignalEvery", settings.Odds.Odds.SignalEvery);
        Positive("Odds:ValueExpiry", settings.Odds.Odds.ValueExpiry);
        NotNegative("Odds:DropHistoryLimit", settings.Odds.Odds.DropHistoryLimit);
        if (settings.Odds.Odds.EventJumpPercent is <= 0 or >= 100)
        {
            problems.Add($"Odds:EventJumpPercent must be between 0 and 100, not {settings.Odds.Odds.EventJumpPercent}");
        }
        AtLeastOne("OddsHistory:RetentionDays", settings.OddsHistory.RetentionDays);
        Positive("OddsHistory:PruneEvery", settings.OddsHistory.PruneEvery);
        Positive("OddsHistory:RetryAfter", settings.OddsHistory.RetryAfter);
        AtLeastOne("OddsHistory:MaxPending", settings.OddsHistory.MaxPending);
        Positive("Api:AskTimeout", settings.Api.AskTimeout);
        Positive("Api:ResendAfter", settings.Api.ResendAfter);
        AtLeastOne("Api:HandOffsInFlight", settings.Api.HandOffsInFlight);
        AtLeastOne("Api:StreamBuffer", settings.Api.StreamBuffer);
        Positive("Resolution:TickInterval", settings.Resolution.TickInterval);
        Positive("Resolution:DeliveryTimeout", settings.Resolution.DeliveryTimeout);
        AtLeastOne("Resolution:SnapshotEvery", settings.Resolution.SnapshotEvery);
        AtLeastOne("RateLimits:SnapshotEvery", settings.RateLimits.SnapshotEvery);
        return problems;
    }
}
