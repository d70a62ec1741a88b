using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;

namespace SpecAnalyzers.CodeFixes.RetiredFlags
{
    /// <summary>
    /// A configuration file linked into several projects is read by each of them at run time. The other projects are
    /// judged by their text alone (<see cref="KeyMentions"/>), without compiling them: a key stays evaluated there when any
    /// token of theirs could make it, or when their C# does not declare the key's spec itself (a constant of a referenced
    /// assembly may hold the key). Projects that read the file without listing it as an AdditionalFile cannot be seen.
    /// </summary>
    internal static class LinkedConfigurationReaders
    {
        /// <summary>The keys among <paramref name="keys"/> that another project listing <paramref name="configurationPath"/> may evaluate.</summary>
        public static async Task<ISet<string>> MayEvaluateAsync(Project project, string configurationPath, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
        {
            var evaluated = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var other in project.Solution.Projects)
            {
                if (other.Id != project.Id && Lists(other, configurationPath))
                {
                    evaluated.UnionWith((await KeyMentions.MayBeEvaluatedAsync(other, keys, cancellationToken).ConfigureAwait(false)).Possible);
                }
            }

            return evaluated;
        }

        /// <summary>Paths compare ignoring case: two spellings of one file must not pass for two files.</summary>
        private static bool Lists(Project project, string path)
        {
            foreach (var document in project.AdditionalDocuments)
            {
                if (string.Equals(document.FilePath, path, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
