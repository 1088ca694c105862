using System.Text.RegularExpressions;

namespace TwoStep.Infrastructure.Tests.Support;

internal static partial class SmsCodes
{
    /// <summary>The six-digit code of the last message sent.</summary>
    public static string Last(RecordingSmsSender sms)
    {
        var message = sms.Sent.Last();
        var match = CodePattern().Match(message.Text);
        Assert.True(match.Success, "The last message holds no six-digit code.");
        return match.Groups[1].Value;
    }

    [GeneratedRegex(@"code is (\d{6})\.")]
    private static partial Regex CodePattern();
}
