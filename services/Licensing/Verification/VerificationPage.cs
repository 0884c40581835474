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
              body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
                margin: 0; background: #f6f7f9; color: #1f2328; }
              main { max-width: 32rem; margin: 0 auto; padding: 1rem; }
              .state { background: {{colour}}; color: #fff; border-radius: 12px; padding: 1.25rem; text-align: center; }
              .symbol { font-size: 3rem; line-height: 1; }
              .state h1 { margin: .5rem 0 0; font-size: 1.6rem; }
              .number { font-family: monospace; font-size: 1rem; }
              p { font-size: 1rem; line-height: 1.6; }
              dl { background: #fff; border-radius: 12px; padding: 1rem; display: grid; grid-template-columns: auto 1fr; gap: .5rem 1rem; }
              dt { color: #57606a; } dd { margin: 0; font-weight: 600; }
              footer { color: #57606a; font-size: .85rem; margin-top: 1rem; }
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
