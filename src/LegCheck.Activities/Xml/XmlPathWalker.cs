using System.Xml;

namespace LegCheck.Activities.Xml;

/// <summary>
/// Walks an activity XML document while keeping the path of open elements, so GPX and TCX readers only say
/// what an element, its text and its end mean. An empty element starts and ends at once.
/// </summary>
internal static class XmlPathWalker
{
    /// <summary>Reads the whole document, reporting each element start, text and end.</summary>
    /// <param name="reader">The document.</param>
    /// <param name="path">Open elements, outermost first; <paramref name="start"/> sees it before the element is pushed.</param>
    /// <param name="start">Called with the local name when an element opens; the reader is positioned on it.</param>
    /// <param name="text">Called with text or CDATA content.</param>
    /// <param name="end">Called with the local name when an element closes, before it is popped.</param>
    public static void Walk(XmlReader reader, List<string> path, Action<string> start, Action<string> text, Action<string> end)
    {
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    string local = reader.LocalName;
                    start(local);
                    if (reader.IsEmptyElement)
                    {
                        end(local);
                    }
                    else
                    {
                        path.Add(local);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA:
                    text(reader.Value);
                    break;
                case XmlNodeType.EndElement:
                    end(reader.LocalName);
                    if (path.Count > 0)
                    {
                        path.RemoveAt(path.Count - 1);
                    }

                    break;
            }
        }
    }
}
