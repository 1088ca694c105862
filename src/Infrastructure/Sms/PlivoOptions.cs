namespace TwoStep.Infrastructure.Sms;

/// <summary>The <c>Plivo</c> configuration section: the account and how patiently to call it.</summary>
public sealed class PlivoOptions
{
    public const string SectionName = "Plivo";

    public const string DefaultBaseUrl = "https://api.plivo.com";

    public string? AuthId { get; set; }

    public string? AuthToken { get; set; }

    /// <summary>The sending number in E.164 form, such as <c>+14155550100</c>.</summary>
    public string? SourceNumber { get; set; }

    /// <summary>Plivo's API, or a local stand-in.</summary>
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Retries after the first try, for <c>429</c>, <c>5xx</c>, timeouts and lost connections.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>The median wait before the first retry; later waits grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait between tries; a <c>Retry-After</c> asking for more ends the retries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>How long one request may take.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a send may take with every retry and wait included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(20);
}
