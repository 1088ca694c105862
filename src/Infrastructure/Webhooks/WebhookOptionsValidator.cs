using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TwoStep.Infrastructure.Webhooks;

/// <summary>Refuses a <c>Webhooks</c> section that would stall, double-send or open the guard in Production.</summary>
internal sealed class WebhookOptionsValidator(IHostEnvironment environment) : IValidateOptions<WebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, WebhookOptions options)
    {
        var failures = new List<string>();
        if (options.AllowLocalUrls && environment.IsProduction())
        {
            failures.Add("Webhooks:AllowLocalUrls must stay false in Production.");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add("Webhooks:PollInterval must be between 00:00:00 and 00:01:00.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > TimeSpan.FromMinutes(1))
        {
            failures.Add("Webhooks:AttemptTimeout must be between 00:00:00 and 00:01:00.");
        }

        // A lease shorter than an attempt would let a second process send while the first still is.
        if (options.LeaseDuration < options.AttemptTimeout * 2)
        {
            failures.Add("Webhooks:LeaseDuration must be at least twice Webhooks:AttemptTimeout.");
        }

        if (options.RetrySchedule?.Any(delay => delay <= TimeSpan.Zero) == true)
        {
            failures.Add("Webhooks:RetrySchedule delays must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
