namespace TwoStep.Domain.Accounts;

/// <summary>A confirmed enrollment: the number that receives codes and when it was bound.</summary>
public sealed record Enrollment(string PhoneNumber, DateTimeOffset EnabledAt);
