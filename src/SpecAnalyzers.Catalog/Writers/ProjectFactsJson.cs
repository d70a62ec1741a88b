using SpecAnalyzers.Catalog.Model;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>specs.json's <c>health.configuration</c> and <c>health.power</c> (schema 1.1): written only when judged.</summary>
    internal static class ProjectFactsJson
    {
        public static void Write(JsonText json, SpecHealth health)
        {
            if (health.Configuration is { } configuration)
            {
                WriteConfiguration(json, configuration);
            }

            if (health.Power is { } power)
            {
                WritePower(json, power);
            }
        }

        private static void WriteConfiguration(JsonText json, ConfigurationHealth configuration)
        {
            json.Name("configuration").StartObject().Property("configured", configuration.Configured).Name("environments").StartArray();
            foreach (var environment in configuration.Environments)
            {
                json.StartObject()
                    .Property("environment", environment.Environment)
                    .Property("file", environment.File)
                    .Property("schema", environment.Schema)
                    .Name("rollouts").StartArray();
                foreach (var rollout in environment.Rollouts)
                {
                    json.StartObject().Property("percent", rollout.Percent).Property("source", rollout.Source).EndObject();
                }

                json.EndArray().Property("telemetry", environment.Telemetry).EndObject();
            }

            json.EndArray().Name("findings").StartArray();
            foreach (var finding in configuration.Findings)
            {
                json.StartObject()
                    .Property("rule", finding.Rule)
                    .Property("environment", finding.Environment)
                    .Property("file", finding.File)
                    .Property("message", finding.Message)
                    .EndObject();
            }

            json.EndArray().EndObject();
        }

        private static void WritePower(JsonText json, PowerHealth power)
        {
            json.Name("power").StartObject().Property("underpowered", power.IsUnderpowered).Name("estimate");
            if (power.Estimate is { } estimate)
            {
                json.StartObject()
                    .Property("treatmentUsers", estimate.TreatmentUsers)
                    .Property("drivingMetric", estimate.DrivingMetric)
                    .Property("days", estimate.Days)
                    .Property("rolloutPercent", estimate.RolloutPercent)
                    .Property("eligibleUsersPerDay", estimate.EligibleUsersPerDay)
                    .EndObject();
            }
            else
            {
                json.String(null);
            }

            json.Name("window");
            if (power.Window is { } window)
            {
                json.StartObject().Property("end", window.End).Property("days", window.Days).Name("fits");
                if (window.Fits is { } fits)
                {
                    json.Boolean(fits);
                }
                else
                {
                    json.String(null);
                }

                json.Property("raisedRolloutPercent", window.RaisedRolloutPercent).EndObject();
            }
            else
            {
                json.String(null);
            }

            json.Property("alpha", power.Alpha).Property("power", power.Power).Name("impossible").StartArray();
            foreach (var problem in power.Impossible)
            {
                json.String(problem);
            }

            json.EndArray().EndObject();
        }
    }
}
