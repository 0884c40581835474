using System.Text;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.UnitTests.Licensing;

public sealed class SvgArtworkTests
{
    private const string Svg = "http://www.w3.org/2000/svg";
    private const string Xlink = "http://www.w3.org/1999/xlink";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void A_plain_logo_with_gradients_text_and_fragment_references_is_accepted()
    {
        var logo = $$"""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- exported by the designer -->
            <svg xmlns="{{Svg}}" xmlns:xlink="http://www.w3.org/1999/xlink" width="480" height="160" viewBox="0 0 480 160" role="img">
              <title>2020年全国消费促进月</title>
              <defs>
                <linearGradient id="red"><stop offset="0" stop-color="#C8102E"/><stop offset="1" stop-color="#A00D25"/></linearGradient>
                <path id="swoosh" d="M0 0 L10 10 Z"/>
                <style>.label { font-family: sans-serif; fill: url(#red); }</style>
              </defs>
              <rect width="480" height="160" rx="16" fill="url(#red)" style="stroke: url('#red'); stroke-width: 2"/>
              <use xlink:href="#swoosh" transform="translate(20 20)"/>
              <use href="#swoosh"/>
              <image width="10" height="10" href="data:image/png;base64,iVBORw0KGgo="/>
              <text x="240" y="90" class="label" text-anchor="middle">消费促进月</text>
            </svg>
            """;

        Assert.Null(SvgArtwork.Refusal(Encoding.UTF8.GetBytes(logo)));
        Assert.Null(SvgArtwork.Refusal(Encoding.UTF8.GetBytes(Mark.PlaceholderSvg("2020年全国消费促进月"))));
    }

    [Theory]
    [InlineData($"""<svg xmlns="{Svg}"><x:script xmlns:x="{Svg}">alert(1)</x:script></svg>""", "script")]
    [InlineData($"""<svg xmlns="{Svg}"><h:script xmlns:h="{Xhtml}">alert(1)</h:script></svg>""", "script")]
    [InlineData($"""<svg xmlns="{Svg}"><SCRIPT>alert(1)</SCRIPT></svg>""", "SCRIPT")]
    [InlineData($"""<svg xmlns="{Svg}"><a href="&#106;avascript:alert(1)"><rect width="9" height="9"/></a></svg>""", "<a>")]
    [InlineData($"""<svg xmlns="{Svg}" xmlns:l="{Xlink}"><use l:href="&#106;avascript:alert(1)"/></svg>""", "javascript:")]
    [InlineData($"""<svg xmlns="{Svg}"><image href=" javascript:alert(1)"/></svg>""", "Reference")]
    [InlineData($"""<svg xmlns="{Svg}"><foreignObject><iframe xmlns="{Xhtml}" srcdoc="x"/></foreignObject></svg>""", "foreignObject")]
    [InlineData($"""<svg xmlns="{Svg}" onload="alert(1)"/>""", "onload")]
    [InlineData($"""<svg xmlns="{Svg}"><rect ONCLICK="alert(1)"/></svg>""", "ONCLICK")]
    [InlineData($"""<svg xmlns="{Svg}"><rect/onclick="alert(1)"/></svg>""", "not accepted as plain XML")]
    [InlineData("<svg onload=\"alert(1)\"></svg>", "root element")]
    [InlineData($"""<svg xmlns="{Svg}"><set attributeName="href" to="javascript:alert(1)"/></svg>""", "set")]
    [InlineData($"""<svg xmlns="{Svg}"><use href="https://evil.example/sprite.svg#x"/></svg>""", "evil.example")]
    [InlineData($"""<svg xmlns="{Svg}"><image href="data:image/svg+xml;base64,PHN2Zz4="/></svg>""", "Reference")]
    [InlineData($"""<svg xmlns="{Svg}"><rect fill="url(https://evil.example/x)"/></svg>""", "refers outside")]
    [InlineData($"""<svg xmlns="{Svg}"><rect style="fill: url(//evil.example/x)"/></svg>""", "refers outside")]
    [InlineData($"""<svg xmlns="{Svg}"><rect style="width: expression(alert(1))"/></svg>""", "expression")]
    [InlineData($"""<svg xmlns="{Svg}"><style>@import "https://evil.example/x.css";</style></svg>""", "@import")]
    [InlineData($$"""<svg xmlns="{{Svg}}"><style>rect { fill: u\72l(https://evil.example/x) }</style></svg>""", "\\")]
    [InlineData($$"""<svg xmlns="{{Svg}}"><style>svg{background:image-set("//e.example/t.png" 1x)}</style></svg>""", "image-set")]
    [InlineData($"""<?xml-stylesheet href="https://evil.example/x.css"?><svg xmlns="{Svg}"/>""", "xml-stylesheet")]
    public void Active_or_outside_content_is_refused_and_named(string svg, string named)
    {
        var refusal = SvgArtwork.Refusal(Encoding.UTF8.GetBytes(svg));

        Assert.NotNull(refusal);
        Assert.Contains(named, refusal, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Entity_expansion_is_refused_before_anything_expands()
    {
        var laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            laughs.Append($"<!ENTITY lol{i} \"").Append(string.Concat(Enumerable.Repeat($"&lol{i - 1};", 8))).Append("\">");
        }
        laughs.Append($"]><svg xmlns=\"{Svg}\"><text>&lol9;</text></svg>");

        var refusal = SvgArtwork.Refusal(Encoding.UTF8.GetBytes(laughs.ToString()));

        Assert.NotNull(refusal);
        Assert.Contains("DTD", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void External_entities_are_refused_and_never_read()
    {
        var external = $"""
            <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]><svg xmlns="{Svg}"><text>&x;</text></svg>
            """;

        var refusal = SvgArtwork.Refusal(Encoding.UTF8.GetBytes(external));

        Assert.NotNull(refusal);
        Assert.Contains("DTD", refusal, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_is_bounded()
    {
        var deep = $"<svg xmlns=\"{Svg}\">" + string.Concat(Enumerable.Repeat("<g>", 100))
            + string.Concat(Enumerable.Repeat("</g>", 100)) + "</svg>";

        Assert.Contains("deeper", SvgArtwork.Refusal(Encoding.UTF8.GetBytes(deep)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\uFEFF  <svg/>", true)]
    [InlineData("\r\n<?xml version=\"1.0\"?>", true)]
    [InlineData("GIF89a", false)]
    public void Markup_is_recognised_to_be_judged_as_svg(string start, bool markup) =>
        Assert.Equal(markup, SvgArtwork.LooksLikeMarkup(Encoding.UTF8.GetBytes(start)));
}
