using System.Text;

namespace SpecAnalyzers.Catalog.Writers
{
    /// <summary>HTML escaping for text and attribute values: every string that comes from a spec goes through it.</summary>
    internal static class Html
    {
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            var escaped = new StringBuilder(text!.Length);
            foreach (var c in text)
            {
                switch (c)
                {
                    case '&': escaped.Append("&amp;"); break;
                    case '<': escaped.Append("&lt;"); break;
                    case '>': escaped.Append("&gt;"); break;
                    case '"': escaped.Append("&quot;"); break;
                    case '\'': escaped.Append("&#39;"); break;
                    case '\r': break;
                    default: escaped.Append(c); break;
                }
            }

            return escaped.ToString();
        }
    }
}
