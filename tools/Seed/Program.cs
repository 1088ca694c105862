using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TwoStep.Infrastructure;
using TwoStep.Infrastructure.Persistence;
using TwoStep.Infrastructure.Silo;
using TwoStep.Seed;

// Seeds the database of ConnectionStrings:TwoStep (read as the service reads it: appsettings, the
// environment such as ConnectionStrings__TwoStep, or --ConnectionStrings:TwoStep "...") with an
// organization of --members N inside a user base of --users N. It joins the cluster as a silo of
// its own to use the grain storage: give it free Orleans:SiloPort and Orleans:GatewayPort if the
// service runs on this machine, and the service's Orleans:ServiceId.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Development,
});
foreach (var file in HostSettings.Files(builder.Environment.EnvironmentName))
{
    builder.Configuration.AddJsonFile(file, optional: true);
}

// Settings of this run win over the files: environment, then the command line.
builder.Configuration.AddEnvironmentVariables();
builder.Configuration.AddCommandLine(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Services.AddTwoStepInfrastructure(builder.Configuration);
builder.UseOrleans(silo => silo.UseTwoStepSilo(builder.Configuration));
var settings = SeedSettings.From(builder.Configuration);

using var host = builder.Build();
var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("TwoStep.Seed");
DatabaseMigrator.Migrate(ConnectionStrings.TwoStep(builder.Configuration), logger);
await host.StartAsync();

var organizations = settings.Organizations();
var seeder = new OrganizationSeeder(host.Services);
var progress = new ProgressBar(organizations.Sum(o => o.Members.Count + 1L), Console.Error);
foreach (var organization in organizations)
{
    await seeder.SeedAsync(organization, progress, CancellationToken.None);
    progress.Report(1);
}

progress.Finish();
await host.StopAsync();

var acme = organizations[0];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
    Seeded {organizations.Count} organizations, {organizations.Sum(o => o.Members.Count + 1):N0} users.
    Organization "{acme.Name}": {acme.Id}, {acme.Members.Count + 1:N0} members, owner {acme.OwnerId}.
    An admin token: dotnet run --project tools/MintToken -- --sub {acme.OwnerId}
    """));
