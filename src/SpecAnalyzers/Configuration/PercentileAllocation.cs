namespace SpecAnalyzers.Configuration
{
    /// <summary>One <c>allocation.percentile[]</c> entry: the users from <c>from</c> to <c>to</c> percent get <c>variant</c>.</summary>
    internal sealed class PercentileAllocation
    {
        public PercentileAllocation(ConfigurationNode node, string? variant, double? from, double? to)
        {
            Node = node;
            Variant = variant;
            From = from;
            To = to;
        }

        public ConfigurationNode Node { get; }

        public string? Variant { get; }

        /// <summary>Null when not written or not a number.</summary>
        public double? From { get; }

        public double? To { get; }
    }
}
