using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis.Text;

namespace SpecAnalyzers.Configuration
{
    /// <summary>
    /// One key of .NET configuration (<c>FeatureManagement:Beta:EnabledFor:0:Name</c> is four levels deep) with where
    /// it is written: a tree whose children compare ignoring case, arrays keyed by index, as
    /// Microsoft.Extensions.Configuration sees a JSON file. Built once per file content, and merged for an environment
    /// (<see cref="Merge"/>), where a later file's key replaces an earlier file's, as the configuration builder does.
    /// </summary>
    internal sealed partial class ConfigurationNode
    {
        private readonly List<ConfigurationNode> _children = new();
        private Dictionary<string, ConfigurationNode>? _childrenByKey;

        public ConfigurationNode(string key, ConfigurationFile file, TextSpan keySpan, TextSpan entrySpan)
        {
            Key = key;
            File = file;
            KeySpan = keySpan;
            EntrySpan = entrySpan;
        }

        public string Key { get; }

        /// <summary>The file that wrote this key last.</summary>
        public ConfigurationFile File { get; private set; }

        /// <summary>The quoted property name; for an array item, the item itself.</summary>
        public TextSpan KeySpan { get; private set; }

        /// <summary>The whole member: <c>"name": value</c>, or the array item.</summary>
        public TextSpan EntrySpan { get; private set; }

        /// <summary>The scalar value, as .NET configuration reads it; null for an object or an array.</summary>
        public string? Value { get; private set; }

        public TextSpan ValueSpan { get; private set; }

        public IReadOnlyList<ConfigurationNode> Children => _children;

        public ConfigurationNode? this[string key] =>
            _childrenByKey is not null && _childrenByKey.TryGetValue(key, out var child) ? child : null;

        /// <summary>The value of the child <paramref name="key"/>, when it has one.</summary>
        public string? GetValue(string key) => this[key]?.Value;

        /// <summary>A copy of <paramref name="layers"/> laid over each other, the later winning key by key.</summary>
        public static ConfigurationNode Merge(IReadOnlyList<ConfigurationNode> layers)
        {
            var first = layers[0];
            var merged = new ConfigurationNode(first.Key, first.File, first.KeySpan, first.EntrySpan);
            foreach (var layer in layers)
            {
                merged.Overlay(layer);
            }

            return merged;
        }

        internal ConfigurationNode GetOrAddChild(string key, ConfigurationFile file, TextSpan keySpan, TextSpan entrySpan)
        {
            _childrenByKey ??= new Dictionary<string, ConfigurationNode>(StringComparer.OrdinalIgnoreCase);
            if (!_childrenByKey.TryGetValue(key, out var child))
            {
                child = new ConfigurationNode(key, file, keySpan, entrySpan);
                _childrenByKey.Add(key, child);
                _children.Add(child);
            }

            return child;
        }

        /// <summary>Sets the scalar value; false when this file has set it already (.NET refuses such a file: a duplicate key).</summary>
        internal bool TrySetValue(string? value, TextSpan valueSpan)
        {
            if (Value is not null)
            {
                return false;
            }

            Value = value ?? string.Empty;
            ValueSpan = valueSpan;
            return true;
        }

        private void Overlay(ConfigurationNode layer)
        {
            File = layer.File;
            KeySpan = layer.KeySpan;
            EntrySpan = layer.EntrySpan;
            if (layer.Value is not null)
            {
                Value = layer.Value;
                ValueSpan = layer.ValueSpan;
            }

            foreach (var child in layer._children)
            {
                GetOrAddChild(child.Key, child.File, child.KeySpan, child.EntrySpan).Overlay(child);
            }
        }
    }
}
