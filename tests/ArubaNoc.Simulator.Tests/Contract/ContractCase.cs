using ArubaNoc.Simulator.Tests.TestSupport;

namespace ArubaNoc.Simulator.Tests.Contract;

/// <summary>One request whose response must match the schema of an operation in an OpenAPI file.</summary>
/// <param name="Name">Case name shown by the test runner.</param>
/// <param name="File">OpenAPI file name without extension (monitoring, services, notifications, troubleshooting).</param>
/// <param name="Operation">Path template as written in the file.</param>
/// <param name="Method">HTTP method in lower case, as the file's keys are.</param>
/// <param name="ExpectedStatus">Status the simulator must return.</param>
/// <param name="Send">Sends the request (and any set-up requests) on a fresh harness.</param>
/// <param name="SchemaOperation">Operation whose schema applies instead, for a status the operation does not document.</param>
internal sealed record ContractCase(
    string Name,
    string File,
    string Operation,
    string Method,
    int ExpectedStatus,
    Func<SimulatorHarness, Task<HttpResponseMessage>> Send,
    string? SchemaOperation = null);
