namespace TwoStep.Infrastructure.Persistence;

/// <summary>The schema could not be brought up to date; the message says where and why, never a password.</summary>
public sealed class DatabaseMigrationException : Exception
{
    public DatabaseMigrationException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
