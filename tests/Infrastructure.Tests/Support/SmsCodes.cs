using System.Text.RegularExpressions;
using TwoStep.Application.Sms;

namespace TwoStep.Infrastructure.Tests.Support;

internal static partial class SmsCodes
{
    /// <summary>The six-digit code of the last message sent to <paramref name="e164"/>.</summary>
    public static string LastTo(RecordingSmsSender sms, string e164) => Of(sms.SentTo(e164)[^1]);

    public static string Of(SmsMessage message)
    {
        var match = CodePattern().Match(message.Text);
        Assert.True(match.Success, "The message holds no six-digit code.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"code is (\d{6})\.")]
    private static partial Regex CodePattern();
}
