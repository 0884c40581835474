namespace PromoMonth.Licensing.Domain;

/// <summary>
/// The SVG that logo artwork may use: static shapes, text, gradients, clips, masks and filters, matched by namespace and
/// local name (so a prefix cannot disguise an element). Scripts, links, animation, foreign content and feImage are absent.
/// </summary>
public static class SvgAllowList
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    public const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    public const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";
    public const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    public static readonly IReadOnlySet<string> Elements = new HashSet<string>(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath", "image",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix", "feComposite", "feFlood",
        "feMerge", "feMergeNode", "feDropShadow",
    };

    /// <summary>Attributes without a namespace; <c>href</c> and <c>style</c> are allowed here and their values checked apart.</summary>
    public static readonly IReadOnlySet<string> Attributes = new HashSet<string>(StringComparer.Ordinal)
    {
        "id", "class", "style", "href", "version", "baseProfile", "x", "y", "width", "height", "viewBox", "preserveAspectRatio",
        "d", "pathLength", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2", "points", "transform",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
        "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color", "display", "visibility", "overflow",
        "vector-effect", "shape-rendering", "text-rendering", "image-rendering", "paint-order", "mix-blend-mode", "isolation",
        "offset", "stop-color", "stop-opacity", "gradientUnits", "gradientTransform", "spreadMethod", "fx", "fy", "fr",
        "clip-path", "clip-rule", "clipPathUnits", "mask", "maskUnits", "maskContentUnits",
        "patternUnits", "patternContentUnits", "patternTransform",
        "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
        "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration",
        "writing-mode", "direction", "unicode-bidi", "dx", "dy", "rotate", "textLength", "lengthAdjust",
        "startOffset", "method", "spacing", "side",
        "filter", "filterUnits", "primitiveUnits", "stdDeviation", "in", "in2", "result", "mode", "values", "type", "operator",
        "k1", "k2", "k3", "k4", "flood-color", "flood-opacity", "color-interpolation", "color-interpolation-filters",
        "role", "aria-label", "aria-labelledby", "aria-describedby", "aria-hidden", "lang", "focusable",
    };

    /// <summary>Attributes in the xlink and xml namespaces that SVG uses.</summary>
    public static readonly IReadOnlySet<(string Namespace, string Name)> QualifiedAttributes = new HashSet<(string, string)>
    {
        (XlinkNamespace, "href"), (XlinkNamespace, "title"), (XmlNamespace, "lang"), (XmlNamespace, "space"),
    };
}
