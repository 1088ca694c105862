namespace TwoStep.Application.Integrations;

/// <summary>The event outbox, read back: every event an organization has had, in the order recorded.</summary>
public interface IRecordedEvents
{
    /// <summary>Up to <paramref name="first"/> events after position <paramref name="after"/>, oldest first.</summary>
    Task<RecordedEventPage> ReadAsync(
        string organizationId,
        long after,
        int first,
        CancellationToken cancellationToken);
}
