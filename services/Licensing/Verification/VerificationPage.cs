using System.Text.Encodings.Web;
using PromoMonth.Licensing.Domain;

namespace PromoMonth.Licensing.Verification;

/// <summary>
/// The page a consumer's phone opens after scanning: Chinese, one column, and a state no one can misread (colour,
/// symbol and words together). It carries no personal data.
/// </summary>
public static class VerificationPage
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string Render(string number, VerificationView? view)
    {
        var html = HtmlEncoder.Default;
        var verdict = Verdict.For(view?.Status);
        var (state, symbol, colour, explanation) = (verdict.Words, verdict.Symbol, verdict.Colour, verdict.Explanation);
        var channels = view is { Scope.OnlineChannels.Count: > 0 }
            ? $"<dt>线上渠道</dt><dd>{html.Encode(string.Join("、", view.Scope.OnlineChannels))}</dd>"
            : "";
        var details = view is null ? "" : $"""
            <dl>
              <dt>被授权方</dt><dd>{html.Encode(view.LicenseeName)}</dd>
              <dt>类型</dt><dd>{(view.LicenseeKind == LicenseeKind.Activity ? "重点活动" : "重点企业")}</dd>
              <dt>地区</dt><dd>{html.Encode(view.RegionName)}</dd>
              <dt>有效期</dt><dd>{Day(view.ValidFrom)} 至 {Day(view.ValidUntil)}</dd>
              {(view.Scope.Venues.Count > 0 ? $"<dt>授权场所</dt><dd>{html.Encode(string.Join("、", view.Scope.Venues))}</dd>" : "")}
              {channels}
            </dl>
            """;
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{state}} · {{html.Encode(number)}} · 全国消费促进月授权查验</title>
            <style>
              {{VerdictPageStyle.Common}}
              .state { background: {{colour}}; color: #fff; border-radius: 12px; padding: 1.25rem; text-align: center; }
              .state h1 { margin: .5rem 0 0; font-size: 1.6rem; }
              .number { font-family: monospace; font-size: 1rem; }
              dt { color: #57606a; } dd { margin: 0; font-weight: 600; }
            </style>
            </head>
            <body>
            <main>
              <section class="state" data-state="{{verdict.State}}">
                <div class="symbol" aria-hidden="true">{{symbol}}</div>
                <h1>{{state}}</h1>
                <div class="number">授权编号 {{html.Encode(number)}}</div>
              </section>
              <p>{{explanation}}</p>
              {{details}}
              <footer>“{{VerificationView.MarkName2020}}”名称和统一标识授权查验 · 商务部</footer>
            </main>
            </body>
            </html>
            """;
    }

    private static string Day(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Shanghai).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
