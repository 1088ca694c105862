using System.Text.RegularExpressions;

namespace TwoStep.Infrastructure.Sms;

/// <summary>What a usable <c>Plivo</c> section looks like; each failure names its key.</summary>
internal static partial class PlivoOptionsRules
{
    private const string WhenPlivo = "when Sms:Provider is Plivo";

    // Polly refuses timeouts outside this range; say so in our words before it does in its own.
    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(1);

    public static List<string> Check(PlivoOptions options)
    {
        var failures = new List<string>();

        CheckAccount(options, failures);
        CheckPatience(options, failures);

        return failures;
    }

    private static void CheckAccount(PlivoOptions options, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(options.AuthId))
        {
            failures.Add($"Plivo:AuthId is required {WhenPlivo}");
        }

        if (string.IsNullOrWhiteSpace(options.AuthToken))
        {
            failures.Add($"Plivo:AuthToken is required {WhenPlivo}");
        }

        if (string.IsNullOrWhiteSpace(options.SourceNumber))
        {
            failures.Add($"Plivo:SourceNumber is required {WhenPlivo}");
        }
        else if (!E164().IsMatch(options.SourceNumber))
        {
            failures.Add("Plivo:SourceNumber must be an E.164 number: + then up to 15 digits, such as +14155550100");
        }

        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl)
            || (baseUrl.Scheme != Uri.UriSchemeHttps && baseUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add($"Plivo:BaseUrl must be an absolute http or https URL, such as {PlivoOptions.DefaultBaseUrl}");
        }
    }

    private static void CheckPatience(PlivoOptions options, List<string> failures)
    {
        if (options.MaxRetryAttempts is < 1 or > 10)
        {
            failures.Add("Plivo:MaxRetryAttempts must be between 1 and 10");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > options.MaxRetryDelay)
        {
            failures.Add("Plivo:RetryBaseDelay must be zero or more and at most Plivo:MaxRetryDelay");
        }

        if (options.MaxRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay > LongestWait)
        {
            failures.Add("Plivo:MaxRetryDelay must be more than zero and at most one day");
        }

        if (options.AttemptTimeout < ShortestTimeout || options.AttemptTimeout > LongestWait)
        {
            failures.Add("Plivo:AttemptTimeout must be between 10 milliseconds and one day");
        }

        if (options.TotalTimeout < options.AttemptTimeout || options.TotalTimeout > LongestWait)
        {
            failures.Add("Plivo:TotalTimeout must be at least Plivo:AttemptTimeout and at most one day");
        }
    }

    [GeneratedRegex("^\\+[1-9][0-9]{1,14}$", RegexOptions.CultureInvariant)]
    private static partial Regex E164();
}
