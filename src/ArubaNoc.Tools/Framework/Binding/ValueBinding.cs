namespace ArubaNoc.Tools.Framework;

/// <summary>The result of reading one argument value: absent, a normalized value, or a failure.</summary>
internal readonly record struct ValueBinding(object? Value, ValidationFailure? Failure)
{
    public static ValueBinding Absent => default;

    public static ValueBinding Of(object value) => new(value, null);

    public static ValueBinding Fail(string argument, string rule, string got) => new(null, new ValidationFailure(argument, rule, got));
}
