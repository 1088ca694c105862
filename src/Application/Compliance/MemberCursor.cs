using System.Buffers.Text;
using System.Text;
using TwoStep.Domain.Errors;
using ErrorCode = TwoStep.Domain.Errors.ErrorCode;

namespace TwoStep.Application.Compliance;

/// <summary>
/// A place in the member list: the lower-cased name and the user id. It names a position, not a
/// row, so it stays valid when that member (or any other) leaves.
/// </summary>
public sealed record MemberCursor(string SortName, string UserId)
{
    private const char Separator = '\n';

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(SortName + Separator + UserId));

    /// <summary>The cursor, or <c>BAD_USER_INPUT</c> when the text is not one.</summary>
    public static MemberCursor Decode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var plain = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            var split = plain.LastIndexOf(Separator);
            if (split >= 0 && split < plain.Length - 1)
            {
                return new MemberCursor(plain[..split], plain[(split + 1)..]);
            }
        }
        catch (FormatException)
        {
            throw Invalid();
        }

        throw Invalid();
    }

    private static RefusalException Invalid() =>
        new(ErrorCode.BadUserInput, "after is not a cursor of this connection.");
}
