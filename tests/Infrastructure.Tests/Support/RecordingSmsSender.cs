using System.Collections.Concurrent;
using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>
/// Keeps every message instead of sending it. Numbers in <see cref="FailingNumbers"/> get an
/// <see cref="SmsDeliveryException"/>; their messages are kept as attempts, not as sent.
/// </summary>
public sealed class RecordingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<SmsMessage> _sent = new();
    private readonly ConcurrentQueue<SmsMessage> _attempted = new();

    public ConcurrentDictionary<string, bool> FailingNumbers { get; } = new();

    public IReadOnlyCollection<SmsMessage> Sent => _sent;

    public IReadOnlyCollection<SmsMessage> Attempted => _attempted;

    public IReadOnlyList<SmsMessage> SentTo(string e164) => _sent.Where(m => m.To == e164).ToList();

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);

        _attempted.Enqueue(message);
        if (FailingNumbers.ContainsKey(message.To))
        {
            throw new SmsDeliveryException("The test provider refused the message.");
        }

        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
