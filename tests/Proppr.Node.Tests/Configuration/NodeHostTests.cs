using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Proppr.Node.Tests.Configuration;

/// <summary>Issue 15, defect 8: where the node finds its configuration files, and what its request log may hold.</summary>
public sealed class NodeHostTests
{
    [Fact]
    public async Task The_content_root_is_beside_the_binary_and_request_urls_are_never_logged_even_when_asked_for()
    {
        var data = Directory.CreateTempSubdirectory("proppr-host-test-").FullName;
        await using var app = NodeHost.Build(
        [
            "--Urls=http://127.0.0.1:0", $"--Database:DataDirectory={data}",
            "--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft.AspNetCore=Information",
        ]);

        app.Services.GetRequiredService<IHostEnvironment>().ContentRootPath.TrimEnd('/').Should().Be(AppContext.BaseDirectory.TrimEnd('/'));
        var requestLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics");
        requestLog.IsEnabled(LogLevel.Information).Should().BeFalse("its lines carry the query string, where a client may put a token");
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Microsoft.AspNetCore.Routing").IsEnabled(LogLevel.Information).Should().BeTrue();
        Directory.Delete(data, recursive: true);
    }
}
