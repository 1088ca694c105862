namespace TwoStep.Application.Sms;

/// <summary>A text message to one E.164 number.</summary>
public sealed record SmsMessage(string To, string Text)
{
    // Keeps the number and the code out of anything that prints the record.
    public override string ToString() => "SmsMessage { To = <hidden>, Text = <hidden> }";
}
