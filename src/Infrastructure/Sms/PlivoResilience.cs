using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace TwoStep.Infrastructure.Sms;

/// <summary>
/// The pipeline around each call to Plivo: a total timeout, then bounded retries with jittered
/// exponential backoff for <c>429</c>, <c>5xx</c>, timeouts and lost connections only, then a
/// timeout per attempt. <c>400</c> and <c>401</c> are final: retrying cannot fix them.
/// </summary>
internal static class PlivoResilience
{
    public static void Configure(
        ResiliencePipelineBuilder<HttpResponseMessage> builder,
        PlivoOptions options,
        TimeProvider time)
    {
        builder
            .AddTimeout(options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, time)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
            })
            .AddTimeout(options.AttemptTimeout);
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, PlivoOptions options, TimeProvider time)
    {
        if (outcome.Exception is HttpRequestException or TimeoutRejectedException)
        {
            return true;
        }

        if (outcome.Result is not { } response || !IsTransient(response.StatusCode))
        {
            return false;
        }

        // Plivo asked for a longer pause than a waiting user allows: give up now rather than
        // knock again before it is ready.
        return !(RetryAfter(response, time) > options.MaxRetryDelay);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
