using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Sms;

/// <summary>
/// Development sender: prints the message on standard output so a developer can read the code.
/// It writes to the console directly, not through ILogger, because logs must never hold codes;
/// configuration validation keeps it out of Production.
/// </summary>
internal sealed class ConsoleSmsSender : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        var line = $"[sms] to {message.To}: {message.Text.ReplaceLineEndings(" ")}";
        return Console.Out.WriteLineAsync(line.AsMemory(), cancellationToken);
    }
}
