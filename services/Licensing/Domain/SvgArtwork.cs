using System.Text.RegularExpressions;
using System.Xml;

namespace PromoMonth.Licensing.Domain;

/// <summary>
/// Checks uploaded SVG logo artwork by parsing it as XML (no DTD, no resolver, bounded size and depth) and walking every
/// node against <see cref="SvgAllowList"/>. The artwork is refused, never rewritten: the mark may not be altered, and the
/// ministry learns exactly which node to remove. The answer is null when the artwork is accepted, else what was refused.
/// </summary>
public static partial class SvgArtwork
{
    private const int MaxDepth = 64;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = Mark.MaxLogoBytes,
        MaxCharactersFromEntities = 1024,
        IgnoreComments = true,
        CloseInput = true,
    };

    /// <summary>True when the bytes start (after a byte order mark and white space) like markup, so they are judged as SVG.</summary>
    public static bool LooksLikeMarkup(ReadOnlySpan<byte> content)
    {
        if (content is [0xEF, 0xBB, 0xBF, ..])
        {
            content = content[3..];
        }
        var start = content.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && content[start] == (byte)'<';
    }

    public static string? Refusal(byte[] content)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(content, writable: false), Settings);
            return Walk(reader);
        }
        catch (XmlException e)
        {
            // Covers DTDs (entity expansion, external entities), malformed markup and the size bound.
            return $"The file is not accepted as plain XML: {e.Message}";
        }
    }

    private static string? Walk(XmlReader reader)
    {
        var open = new Stack<string>();
        while (reader.Read())
        {
            var refusal = reader.NodeType switch
            {
                XmlNodeType.Element => Element(reader, open),
                XmlNodeType.EndElement => Close(open),
                XmlNodeType.Text or XmlNodeType.CDATA when open.TryPeek(out var parent) && parent == "style" =>
                    StyleRefusal(reader.Value, "the <style> element"),
                XmlNodeType.ProcessingInstruction => $"Processing instruction <?{reader.Name}?> is not allowed.",
                XmlNodeType.DocumentType or XmlNodeType.EntityReference => "A DTD or entity reference is not allowed.",
                _ => null,
            };
            if (refusal is not null)
            {
                return refusal;
            }
        }
        return open.Count == 0 ? null : "The document is incomplete.";
    }

    private static string? Close(Stack<string> open)
    {
        open.Pop();
        return null;
    }

    private static string? Element(XmlReader reader, Stack<string> open)
    {
        if (reader.Depth == 0 && (reader.LocalName != "svg" || reader.NamespaceURI != SvgAllowList.SvgNamespace))
        {
            return $"The root element <{reader.Name}> is not <svg> in the SVG namespace ({SvgAllowList.SvgNamespace}).";
        }
        if (reader.Depth >= MaxDepth)
        {
            return $"Elements nest deeper than {MaxDepth} levels.";
        }
        if (reader.NamespaceURI != SvgAllowList.SvgNamespace || !SvgAllowList.Elements.Contains(reader.LocalName))
        {
            return $"Element <{reader.Name}> (namespace '{reader.NamespaceURI}', local name '{reader.LocalName}') "
                + "is not allowed in a logo.";
        }
        var element = reader.LocalName;
        var empty = reader.IsEmptyElement;
        while (reader.MoveToNextAttribute())
        {
            if (AttributeRefusal(reader, element) is { } refusal)
            {
                return refusal;
            }
        }
        reader.MoveToElement();
        if (!empty)
        {
            open.Push(element);
        }
        return null;
    }

    private static string? AttributeRefusal(XmlReader reader, string element)
    {
        var (ns, name, value) = (reader.NamespaceURI, reader.LocalName, reader.Value);
        if (ns == SvgAllowList.XmlnsNamespace)
        {
            return null;
        }
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return $"Event handler attribute {reader.Name} on <{element}> is not allowed.";
        }
        var allowed = ns.Length == 0 ? SvgAllowList.Attributes.Contains(name) : SvgAllowList.QualifiedAttributes.Contains((ns, name));
        if (!allowed)
        {
            return $"Attribute {reader.Name} (namespace '{ns}') on <{element}> is not allowed in a logo.";
        }
        if (name == "href")
        {
            return IsSafeReference(value) ? null
                : $"Reference {reader.Name}=\"{Shorten(value)}\" on <{element}> is not allowed: only a same-document fragment (#id) "
                    + "or a data:image/png or data:image/jpeg URI.";
        }
        if (name == "style" && ns.Length == 0)
        {
            return StyleRefusal(value, $"the style attribute on <{element}>");
        }
        return ForeignUrl().IsMatch(value)
            ? $"Attribute {reader.Name} on <{element}> refers outside the document: only url(#id) is allowed."
            : null;
    }

    private static bool IsSafeReference(string value) =>
        Fragment().IsMatch(value)
        || value.StartsWith("data:image/png;base64,", StringComparison.OrdinalIgnoreCase)
        || value.StartsWith("data:image/jpeg;base64,", StringComparison.OrdinalIgnoreCase);

    private static string? StyleRefusal(string css, string where)
    {
        // Escapes would let "url", "expression" or "@import" be spelled so that no check sees them.
        string[] refused = ["\\", "expression", "@import", "image-set", "javascript:", "-moz-binding", "behavior"];
        var found = refused.FirstOrDefault(word => css.Contains(word, StringComparison.OrdinalIgnoreCase));
        if (found is not null)
        {
            return $"CSS in {where} contains '{found}', which is not allowed.";
        }
        return ForeignUrl().IsMatch(css) ? $"CSS in {where} refers outside the document: only url(#id) is allowed." : null;
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..60] + "…";

    [GeneratedRegex(@"^#[A-Za-z_][A-Za-z0-9_.\-:]*\z")]
    private static partial Regex Fragment();

    [GeneratedRegex(@"url\s*\(\s*(?!['""]?\s*#)", RegexOptions.IgnoreCase)]
    private static partial Regex ForeignUrl();
}
