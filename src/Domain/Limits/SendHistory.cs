namespace TwoStep.Domain.Limits;

/// <summary>
/// When the recent messages went out: at most one per interval, so many per hour and per day.
/// Immutable; <see cref="TryRecord"/> answers with the history to keep.
/// </summary>
public sealed record SendHistory(IReadOnlyList<DateTimeOffset> Sends)
{
    public static SendHistory None { get; } = new([]);

    /// <summary>Records a send at <paramref name="now"/>, or says how long until one is allowed.</summary>
    public SendDecision TryRecord(DateTimeOffset now, SendLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);

        var recent = Sends.Where(sent => sent > now - SendLimits.Day).Order().ToArray();

        var allowedAt = now;
        if (recent.Length > 0)
        {
            allowedAt = Later(allowedAt, recent[^1] + limits.MinimumInterval);
        }

        allowedAt = Later(allowedAt, FreeSlotAt(recent, now, SendLimits.Hour, limits.PerHour));
        allowedAt = Later(allowedAt, FreeSlotAt(recent, now, SendLimits.Day, limits.PerDay));

        return allowedAt > now
            ? new SendDecision(new SendHistory(recent), allowedAt - now)
            : new SendDecision(new SendHistory([.. recent, now]), null);
    }

    // The moment enough of the sends inside the window have left it for one more to fit.
    private static DateTimeOffset FreeSlotAt(
        DateTimeOffset[] recent,
        DateTimeOffset now,
        TimeSpan window,
        int max)
    {
        var inWindow = recent.Where(sent => sent > now - window).ToArray();
        return inWindow.Length < max ? now : inWindow[inWindow.Length - max] + window;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
