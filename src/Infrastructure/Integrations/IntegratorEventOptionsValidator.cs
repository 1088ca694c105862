using Microsoft.Extensions.Options;

namespace TwoStep.Infrastructure.Integrations;

/// <summary>Refuses a retention shorter than the webhook retry schedule's day and more.</summary>
internal sealed class IntegratorEventOptionsValidator : IValidateOptions<IntegratorEventOptions>
{
    private static readonly TimeSpan Shortest = TimeSpan.FromDays(2);

    public ValidateOptionsResult Validate(string? name, IntegratorEventOptions options) =>
        options.RetentionPeriod < Shortest
            ? ValidateOptionsResult.Fail("IntegratorEvents:RetentionPeriod must be at least 2.00:00:00.")
            : ValidateOptionsResult.Success;
}
