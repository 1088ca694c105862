using Mediator;
using TwoStep.Host.Access;
using TwoStep.Host.Auth;
using TwoStep.Host.Auth.Integrators;
using TwoStep.Host.Auth.Provisioning;
using TwoStep.Host.Compliance;
using TwoStep.Host.Configuration;
using TwoStep.Host.GraphQL;
using TwoStep.Host.Health;
using TwoStep.Host.Telemetry;
using TwoStep.Host.Tokens;
using TwoStep.Infrastructure;
using TwoStep.Infrastructure.Persistence;
using TwoStep.Infrastructure.Silo;
using TwoStep.Infrastructure.Sms;
using TwoStep.Infrastructure.Tokens;
using TwoStep.Infrastructure.Webhooks;

var builder = WebApplication.CreateBuilder(args);
builder.UseTwoStepDefaultUrls();

builder.Services.AddTwoStepInfrastructure(builder.Configuration);
builder.Services.AddSms(builder.Configuration);
builder.Services.AddTwoStepWebhooks();
builder.Services.AddTwoStepTokens(builder.Configuration);
builder.Services.AddTwoStepAuthentication();
builder.Services.AddTwoStepProvisioning();
builder.Services.AddTwoStepIntegratorKeys();
builder.Services.AddTwoStepGraphQL(builder.Environment);
builder.Services.AddTwoStepHealthChecks();
builder.Services.AddTwoStepTelemetry(builder.Configuration);
builder.Services.AddMediator((MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Singleton;
    options.Assemblies = [typeof(TwoStep.Application.Enrollment.StartEnrollment.StartEnrollmentCommand)];
});
builder.UseOrleans(silo =>
{
    silo.UseTwoStepSilo(builder.Configuration);
    if (TelemetrySetup.IsExporting(builder.Configuration))
    {
        silo.AddActivityPropagation();
    }
});

WebApplication? app = null;
try
{
    app = builder.Build();
    app.Prepare(migrate: DatabaseMigrator.Migrate);
    if (RotateSigningKeyCommand.IsRequested(args))
    {
        return await RotateSigningKeyCommand.RunAsync(app.Services, Console.Out, CancellationToken.None);
    }

    app.UseWebSockets();
    app.UseAuthentication();
    app.MapTwoStepGraphQL();
    app.MapOrganizationAccess();
    app.MapMembersCsv();
    app.MapTwoStepHealthChecks();
    app.MapTwoStepJwks();

    await app.StartAsync();
}
catch (Exception exception)
{
    StartupFailure.Report(app, exception);
    return 1;
}

if (RebuildComplianceVerb.IsRequested(args))
{
    return await RebuildComplianceVerb.RunAsync(app, args);
}

await app.WaitForShutdownAsync();
return 0;

/// <summary>The entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
