namespace TwoStep.Host.Tests.Compliance;

internal sealed record Counts(int Members, int Enrolled, int NotEnrolled, int SsoManaged);
