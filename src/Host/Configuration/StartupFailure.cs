using Microsoft.Extensions.Options;

namespace TwoStep.Host.Configuration;

/// <summary>Turns a failure to start into one readable line instead of a stack trace.</summary>
public static class StartupFailure
{
    public static string Describe(Exception exception) => exception switch
    {
        OptionsValidationException invalid => string.Join(" ", invalid.Failures),
        AggregateException many => string.Join(" ", many.InnerExceptions.Select(Describe)),
        _ when string.IsNullOrWhiteSpace(exception.Message) => exception.GetType().Name,
        _ => exception.Message,
    };

    public static void Report(WebApplication? app, Exception exception)
    {
        var reason = Describe(exception);
        Console.Error.WriteLine($"TwoStep cannot start: {reason}");

        if (app is not null)
        {
            StartupLog.CannotStart(app.Logger, reason);
        }
    }
}
