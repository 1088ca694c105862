using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Sms;

public static class SmsServiceCollectionExtensions
{
    private const string PipelineName = "plivo";

    /// <summary>
    /// Binds <c>Sms</c> and <c>Plivo</c>, validates them at start, and registers the
    /// <see cref="ISmsSender"/> that <c>Sms:Provider</c> names. Validation reads the
    /// <c>IHostEnvironment</c> that every host registers.
    /// </summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SmsOptions>()
            .Bind(configuration.GetSection(SmsOptions.SectionName))
            .ValidateOnStart();
        services.AddOptions<PlivoOptions>()
            .Bind(configuration.GetSection(PlivoOptions.SectionName));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmsOptions>, SmsOptionsValidator>());

        services.AddHttpClient<PlivoSmsSender>(ConfigureClient)
            .RedactLoggedHeaders(["Authorization"])
            .AddResilienceHandler(PipelineName, (builder, context) =>
            {
                var plivo = context.ServiceProvider.GetRequiredService<IOptions<PlivoOptions>>().Value;
                var time = context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System;
                PlivoResilience.Configure(builder, plivo, time);
            });
        services.TryAddTransient<ConsoleSmsSender>();
        services.TryAddTransient(ChooseSender);

        return services;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var plivo = services.GetRequiredService<IOptions<PlivoOptions>>().Value;
        client.BaseAddress = new Uri(plivo.BaseUrl.TrimEnd('/') + "/", UriKind.Absolute);

        // The resilience handler owns every timeout; HttpClient's own would cut retries short.
        client.Timeout = Timeout.InfiniteTimeSpan;
    }

    private static ISmsSender ChooseSender(IServiceProvider services)
    {
        // Reading the options validates them, so an unusable configuration never sends.
        var sms = services.GetRequiredService<IOptions<SmsOptions>>().Value;
        return SmsProviders.IsPlivo(sms.Provider)
            ? services.GetRequiredService<PlivoSmsSender>()
            : services.GetRequiredService<ConsoleSmsSender>();
    }
}
