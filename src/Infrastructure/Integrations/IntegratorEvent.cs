using System.Text.Json.Nodes;

namespace TwoStep.Infrastructure.Integrations;

/// <summary>
/// One event as integrators see it, before it is stored: its type, the member it concerns (events
/// of one member are delivered in order; organization-wide events have none) and its data.
/// </summary>
internal sealed record IntegratorEvent(string Type, string? MemberId, JsonObject Data);
