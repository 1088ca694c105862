using Microsoft.Extensions.Options;

namespace TwoStep.Host.Configuration;

/// <summary>Turns a failure to start into a few readable lines instead of a stack trace.</summary>
public static class StartupFailure
{
    /// <summary>Every reason the exception gives, one per configuration problem.</summary>
    public static IReadOnlyList<string> Reasons(Exception exception) => exception switch
    {
        OptionsValidationException invalid => invalid.Failures.ToList(),
        AggregateException many => many.InnerExceptions.SelectMany(Reasons).ToList(),
        _ when string.IsNullOrWhiteSpace(exception.Message) => [exception.GetType().Name],
        _ => [exception.Message],
    };

    public static void Report(WebApplication? app, Exception exception)
    {
        var reasons = Reasons(exception);
        Console.Error.WriteLine("TwoStep cannot start:");
        foreach (var reason in reasons)
        {
            Console.Error.WriteLine($"  - {reason}");
        }

        if (app is not null)
        {
            var summary = string.Join(" ", reasons);
            StartupLog.CannotStart(app.Logger, summary);
        }
    }
}
