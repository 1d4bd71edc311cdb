using Xunit;

namespace LegCheck.Web.Tests.Api;

/// <summary>
/// The loopback rule holds whatever configures the addresses. Nothing here binds a non-loopback address: the
/// configuration is refused before the server starts, and the check on bound addresses is tested on the
/// address strings Kestrel reports.
/// </summary>
public sealed class LoopbackTests
{
    [Theory]
    [InlineData("--Kestrel:Endpoints:Http:Url=http://0.0.0.0:5999", "Kestrel:Endpoints:Http:Url")]
    [InlineData("--Kestrel:Endpoints:Mine:Url=http://[::]:5999", "Kestrel:Endpoints:Mine:Url")]
    [InlineData("--urls=http://0.0.0.0:5999", "urls")]
    [InlineData("--http_ports=5999", "http_ports")]
    public void Create_NonLoopbackConfiguration_IsRefusedBeforeAnythingBinds(string arg, string names)
    {
        var error = Assert.Throws<StartupException>(() => WebApp.Create([arg]));

        Assert.StartsWith(names + ":", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.4:5000")]
    [InlineData("http://+:80")]
    public void FirstOutside_BoundAddressesWithOneNotLoopback_NamesIt(string outside)
    {
        Assert.Equal(outside, LoopbackGuard.FirstOutside(["http://127.0.0.1:5000", outside]));
    }

    [Fact]
    public void FirstOutside_OnlyLoopback_IsNull()
    {
        Assert.Null(LoopbackGuard.FirstOutside(["http://127.0.0.1:5000", "http://[::1]:5000", "http://localhost:5001"]));
    }
}

/// <summary>Environment variables are process-wide, so these run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EnvironmentCollection
{
    public const string Name = "environment";
}

[Collection(EnvironmentCollection.Name)]
public sealed class LoopbackEnvironmentTests
{
    [Theory]
    [InlineData("Kestrel__Endpoints__Http__Url", "http://0.0.0.0:5998", "Kestrel:Endpoints:Http:Url")]
    [InlineData("ASPNETCORE_URLS", "http://0.0.0.0:5998", "urls")]
    [InlineData("ASPNETCORE_HTTP_PORTS", "5998", "http_ports")]
    public void Create_NonLoopbackFromEnvironment_IsRefused(string variable, string value, string names)
    {
        Environment.SetEnvironmentVariable(variable, value);
        try
        {
            var error = Assert.Throws<StartupException>(() => WebApp.Create([]));

            Assert.StartsWith(names + ":", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }
}
