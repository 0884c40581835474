using System.Text.Encodings.Web;
using System.Text.Json;
using PromoMonth.Contracts;

namespace PromoMonth.Licensing.Verification;

/// <summary>
/// The offline verifier (/verify/offline): one static page and its own script, for an inspector in a basement without
/// signal. It checks a pasted or photographed credential with keys and status lists cached on its last visit with a
/// network. Its policy lets it talk to its own host only, and its verdicts are the online page's.
/// </summary>
public static class OfflinePage
{
    /// <summary>Its own script and service worker, its own host for keys and lists, nothing from anywhere else.</summary>
    public const string Policy =
        "default-src 'none'; script-src 'self'; connect-src 'self'; worker-src 'self'; style-src 'unsafe-inline'; "
        + "img-src 'self' data: blob:; manifest-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static readonly JsonSerializerOptions Json =
        new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The page; its verdicts and region names travel inside it as data the script reads, never as code.</summary>
    public static string Render()
    {
        var verdicts = JsonSerializer.Serialize(Verdict.All.ToDictionary(v => v.State), Json);
        var regions = JsonSerializer.Serialize(ReportingUnits.All.ToDictionary(u => u.Code, u => u.NameZh), Json);
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>离线查验 · 全国消费促进月授权凭证</title>
            <style>
              {{VerdictPageStyle.Common}}
              [hidden] { display: none !important; }
              h1 { font-size: 1.3rem; }
              textarea { width: 100%; box-sizing: border-box; min-height: 7rem; font-family: monospace; font-size: .8rem; }
              button, label.photo { font-size: 1rem; padding: .6rem 1rem; margin: .5rem .5rem 0 0; border-radius: 8px;
                border: 1px solid #57606a; background: #fff; color: #1f2328; }
              .state { color: #fff; border-radius: 12px; padding: 1.25rem; text-align: center; margin-top: 1rem; }
              .state h2 { margin: .5rem 0 0; font-size: 1.6rem; }
              dt { color: #57606a; } dd { margin: 0; font-weight: 600; word-break: break-all; }
              #freshness { color: #57606a; font-size: .85rem; margin-top: 1rem; }
            </style>
            <script type="application/json" id="verdicts">{{verdicts}}</script>
            <script type="application/json" id="regions">{{regions}}</script>
            </head>
            <body>
            <main>
              <h1>授权凭证离线查验</h1>
              <p>粘贴授权凭证，或拍摄凭证二维码。无网络时，使用本机上次联网时缓存的公钥和状态列表查验。</p>
              <label for="credential">授权凭证</label>
              <textarea id="credential" spellcheck="false" autocomplete="off"></textarea>
              <div>
                <button id="check" type="button">查验</button>
                <button id="refresh" type="button">联网更新</button>
                <input id="photo" type="file" accept="image/*" capture="environment" hidden>
              </div>
              <div id="freshness" role="status"></div>
              <section id="verdict" class="state" hidden aria-live="polite">
                <div id="symbol" class="symbol" aria-hidden="true"></div>
                <h2 id="words"></h2>
              </section>
              <p id="explanation"></p>
              <dl id="details" hidden></dl>
              <footer>“{{VerificationView.MarkName2020}}”名称和统一标识授权凭证离线查验 · 商务部</footer>
            </main>
            <script src="/verify/offline.js"></script>
            </body>
            </html>
            """;
    }

    /// <summary>One of the page's own scripts, as built into the service.</summary>
    public static string Script(string name)
    {
        using var stream = typeof(OfflinePage).Assembly.GetManifestResourceStream($"offline/{name}")
            ?? throw new InvalidOperationException($"The offline page's {name} is not built in.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
