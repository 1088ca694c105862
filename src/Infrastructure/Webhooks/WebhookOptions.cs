namespace TwoStep.Infrastructure.Webhooks;

/// <summary>The <c>Webhooks</c> configuration section: URL rules, the dispatcher and its retry schedule.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>
    /// Lets endpoints use <c>http</c> and loopback or private addresses (development and tests).
    /// Off by default, and refused in Production.
    /// </summary>
    public bool AllowLocalUrls { get; set; }

    /// <summary>Whether this process sends deliveries; events are recorded either way.</summary>
    public bool DispatchEnabled { get; set; } = true;

    /// <summary>How often the dispatcher looks for deliveries that are due.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a process holds a delivery it is sending before another may take it over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one attempt may take before it counts as failed.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Delays after each failed attempt; one more failure than delays gives up.</summary>
    public List<TimeSpan>? RetrySchedule { get; set; }

    /// <summary>The default schedule: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (about 27.6 hours in all).</summary>
    public static IReadOnlyList<TimeSpan> DefaultRetrySchedule { get; } =
    [
        TimeSpan.FromSeconds(5),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(5),
        TimeSpan.FromHours(10),
        TimeSpan.FromHours(10),
    ];

    public IReadOnlyList<TimeSpan> EffectiveRetrySchedule =>
        RetrySchedule is { Count: > 0 } schedule ? schedule : DefaultRetrySchedule;
}
