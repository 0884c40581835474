// Keeps the board live without reloading the page: every few seconds the same address is read again and the panels
// and the time are replaced. The button pauses it (for a reader who needs the figures to stay still).
"use strict";
(() => {
  const seconds = Number(document.body.dataset.refresh || "10");
  const button = document.getElementById("live");
  let paused = false;
  button?.addEventListener("click", () => {
    paused = !paused;
    button.setAttribute("aria-pressed", String(paused));
    button.textContent = paused ? "继续刷新 Resume" : "暂停刷新 Pause";
  });
  setInterval(async () => {
    if (paused || document.hidden) return;
    try {
      const answer = await fetch(location.href, { headers: { Accept: "text/html" }, cache: "no-store", redirect: "error" });
      if (!answer.ok) return;
      const next = new DOMParser().parseFromString(await answer.text(), "text/html");
      for (const id of ["panels", "updated"]) {
        const fresh = next.getElementById(id);
        if (fresh) document.getElementById(id)?.replaceChildren(...fresh.childNodes);
      }
    } catch {
      // The next tick tries again; a board on a wall must outlive a network blip.
    }
  }, seconds * 1000);
})();
