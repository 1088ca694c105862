namespace TwoStep.Application.Sms;

/// <summary>A message could not be handed to the provider; the message never holds the text or number.</summary>
public sealed class SmsDeliveryException : Exception
{
    public SmsDeliveryException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
