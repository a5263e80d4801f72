using ArubaNoc.Tools.Sites.Wire;

namespace ArubaNoc.Tools.Sites;

/// <summary>
/// Poor, Fair and Good values of one health block. Central sends the groups as name/value pairs in any
/// order, so they are folded by case-insensitive name; a missing group counts 0.
/// </summary>
internal readonly record struct HealthCounts(double Good, double Fair, double Poor, bool HasGroups)
{
    /// <summary>Label of a block without groups, or whose groups are all zero.</summary>
    public const string Unknown = "Unknown";

    /// <summary>Sum of the three groups.</summary>
    public double Sum => Good + Fair + Poor;

    /// <summary>Folds <paramref name="health"/>; unknown group names are ignored.</summary>
    public static HealthCounts From(HealthSummary? health)
    {
        double good = 0, fair = 0, poor = 0;
        var any = false;
        foreach (var group in health?.Groups ?? [])
        {
            var value = group.Value ?? 0;
            switch (group.Name?.Trim().ToUpperInvariant())
            {
                case "GOOD":
                    good += value;
                    any = true;
                    break;
                case "FAIR":
                    fair += value;
                    any = true;
                    break;
                case "POOR":
                    poor += value;
                    any = true;
                    break;
            }
        }

        return new HealthCounts(good, fair, poor, any);
    }

    /// <summary>Adds two blocks group by group.</summary>
    public static HealthCounts operator +(HealthCounts left, HealthCounts right) =>
        new(left.Good + right.Good, left.Fair + right.Fair, left.Poor + right.Poor, left.HasGroups || right.HasGroups);

    /// <summary>
    /// The group with the largest value; a tie goes to the worse group. <see cref="Unknown"/> when there
    /// are no groups or all are zero.
    /// </summary>
    public string Label()
    {
        if (!HasGroups || Sum <= 0)
        {
            return Unknown;
        }

        if (Poor >= Fair && Poor >= Good)
        {
            return "Poor";
        }

        return Fair >= Good ? "Fair" : "Good";
    }

    /// <summary>Rounds a group value to a whole count; device and client groups hold counts.</summary>
    public static long Whole(double value) => (long)Math.Round(value, MidpointRounding.AwayFromZero);
}
