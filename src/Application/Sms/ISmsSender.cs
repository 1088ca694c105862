namespace TwoStep.Application.Sms;

/// <summary>Sends one text message. Implementations never log the text or the full number.</summary>
public interface ISmsSender
{
    /// <exception cref="SmsDeliveryException">The provider refused the message or stayed unreachable.</exception>
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}
