using System.Collections.Concurrent;
using ArubaNoc.Central.Observability;
using ArubaNoc.Central.Resilience;

namespace ArubaNoc.Central.Tests.Fakes;

/// <summary>Telemetry that counts every event by name and label.</summary>
internal sealed class CountingTelemetry : ICentralTelemetry
{
    public ConcurrentDictionary<string, int> Counts { get; } = new();

    public int this[string key] => Counts.TryGetValue(key, out var count) ? count : 0;

    public void ApiCallCompleted(string pathTemplate, string method, string outcome, TimeSpan duration) => Add($"call:{outcome}");

    public void RetryScheduled(string pathTemplate, string reason) => Add($"retry:{reason}");

    public void RateLimitedResponse(string pathTemplate) => Add("429");

    public void TokenRefreshCompleted(string result, bool background) => Add($"refresh:{result}");

    public void TokenRefreshAvoided() => Add("refresh:avoided");

    public void BreakerStateChanged(CircuitState state) => Add($"breaker:{state}");

    public void LimiterWaited(TimeSpan wait) => Add("limiter:waited");

    private void Add(string key) => Counts.AddOrUpdate(key, 1, (_, count) => count + 1);
}
