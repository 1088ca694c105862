namespace TwoStep.Application.Integrations;

/// <summary>One page of an organization's events, oldest first.</summary>
public sealed record RecordedEventPage(IReadOnlyList<RecordedEvent> Events, bool HasNextPage);
