// The tests start server processes and time-sensitive faults; on a 2-core machine they run one at a time so
// one test's load never turns another test's short timeouts into failures.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
