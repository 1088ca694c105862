using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace TwoStep.Infrastructure.Sms;

/// <summary>
/// Checks <c>Sms</c> and, when Plivo is chosen, <c>Plivo</c>: the Plivo keys matter only then,
/// so one validator owns both and each message names the key to fix.
/// </summary>
internal sealed class SmsOptionsValidator(IHostEnvironment environment, IOptions<PlivoOptions> plivo)
    : IValidateOptions<SmsOptions>
{
    public const string ConsoleInProduction =
        "Sms:Provider=Console prints codes to the console and cannot run in Production";

    public ValidateOptionsResult Validate(string? name, SmsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        if (string.IsNullOrWhiteSpace(options.Provider))
        {
            return ValidateOptionsResult.Fail(
                $"Sms:Provider is required: set it to {SmsProviders.Plivo} or {SmsProviders.Console}");
        }

        if (SmsProviders.IsConsole(options.Provider))
        {
            return environment.IsProduction()
                ? ValidateOptionsResult.Fail(ConsoleInProduction)
                : ValidateOptionsResult.Success;
        }

        if (SmsProviders.IsPlivo(options.Provider))
        {
            var failures = PlivoOptionsRules.Check(plivo.Value);
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        return ValidateOptionsResult.Fail(
            $"Sms:Provider '{options.Provider}' is not supported: "
            + $"set it to {SmsProviders.Plivo} or {SmsProviders.Console}");
    }
}
