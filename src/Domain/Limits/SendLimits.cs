namespace TwoStep.Domain.Limits;

/// <summary>How many text messages may go out, to one user or to one number; SPEC's values are the defaults.</summary>
public sealed record SendLimits
{
    public static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public static readonly TimeSpan Day = TimeSpan.FromDays(1);

    public TimeSpan MinimumInterval { get; init; } = TimeSpan.FromSeconds(30);

    public int PerHour { get; init; } = 5;

    public int PerDay { get; init; } = 10;
}
