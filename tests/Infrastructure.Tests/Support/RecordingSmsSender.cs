using System.Collections.Concurrent;
using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Tests.Support;

/// <summary>Keeps every message instead of sending it, or refuses them all while <see cref="Failing"/>.</summary>
public sealed class RecordingSmsSender : ISmsSender
{
    private readonly ConcurrentQueue<SmsMessage> _sent = new();

    public bool Failing { get; set; }

    public IReadOnlyCollection<SmsMessage> Sent => _sent;

    public IEnumerable<SmsMessage> SentTo(string e164) => _sent.Where(m => m.To == e164);

    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        if (Failing)
        {
            throw new SmsDeliveryException("The test provider refused the message.");
        }

        _sent.Enqueue(message);
        return Task.CompletedTask;
    }
}
