using Microsoft.AspNetCore.Http;

namespace Rapport.Web;

/// <summary>
/// The app's one script, served from this origin so the CSP's <c>script-src 'self'</c> allows it and
/// no page needs inline script: it shows the <b>Copy the link</b> button next to a shared link and
/// copies the address when pressed. Without script the address is still there, selected, to copy by hand.
/// </summary>
internal static class CopyScript
{
    public const string Path = "/static/copy.js";

    private const string Source = """
        "use strict";
        for (const button of document.querySelectorAll("button[data-copy]")) {
          const field = document.getElementById(button.dataset.copy);
          const status = document.querySelector(`[data-copied="${button.dataset.copy}"]`);
          if (!field) continue;
          field.select();
          button.hidden = false;
          button.addEventListener("click", async () => {
            field.select();
            try {
              await navigator.clipboard.writeText(field.value);
            } catch {
              document.execCommand("copy");
            }
            if (status) status.textContent = "Copied.";
          });
        }
        """;

    public static IResult Serve() => Results.Text(Source, "text/javascript; charset=utf-8");
}
