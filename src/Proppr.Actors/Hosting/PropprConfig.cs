using Akka.Configuration;
using Akka.Hosting;

namespace Proppr.Actors.Hosting;

/// <summary>The project's one <c>akka.hocon</c>, shipped beside every process's assemblies.</summary>
public static class PropprConfig
{
    public const string ActorSystemName = "proppr";

    public static string HoconPath => Path.Combine(AppContext.BaseDirectory, "akka.hocon");

    public static Config Load() =>
        File.Exists(HoconPath)
            ? ConfigurationFactory.ParseString(File.ReadAllText(HoconPath))
            : throw new FileNotFoundException("akka.hocon must sit beside the application's assemblies", HoconPath);

    /// <summary>Adds <c>akka.hocon</c> under anything configured in code (connection strings, hosts, ports).</summary>
    public static AkkaConfigurationBuilder WithPropprHocon(this AkkaConfigurationBuilder builder) =>
        builder.AddHocon(Load(), HoconAddMode.Append);
}
