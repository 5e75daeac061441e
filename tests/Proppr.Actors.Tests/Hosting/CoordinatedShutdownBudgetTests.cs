using Akka.Configuration;
using Proppr.Actors.Hosting;

namespace Proppr.Actors.Tests.Hosting;

public sealed class CoordinatedShutdownBudgetTests
{
    [Fact]
    public void The_worst_case_is_every_phase_running_to_its_own_timeout_or_the_default_one_after_another()
    {
        var config = ConfigurationFactory.ParseString("""
            akka.coordinated-shutdown {
              default-phase-timeout = 5s
              phases {
                first {}
                hand-over { timeout = 20s, depends-on = [first] }
                last { timeout = 1500ms, depends-on = [hand-over] }
              }
            }
            """);

        CoordinatedShutdownBudget.WorstCase(config).Should().Be(TimeSpan.FromSeconds(26.5));
    }

    [Fact]
    public void A_phase_lengthened_in_akka_hocon_lengthens_the_worst_case_by_as_much()
    {
        var defaults = ConfigurationFactory.Default();
        var lengthened = ConfigurationFactory.ParseString("akka.coordinated-shutdown.phases.cluster-sharding-shutdown-region.timeout = 70s")
            .WithFallback(defaults);

        (CoordinatedShutdownBudget.WorstCase(lengthened) - CoordinatedShutdownBudget.WorstCase(defaults)).Should().Be(TimeSpan.FromSeconds(60));
    }
}
