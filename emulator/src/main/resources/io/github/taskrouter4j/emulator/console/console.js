// The console's live updates: when the emulator's state changes (a server-sent event), fetch the
// same page again and swap its live region in place. Plain JavaScript, no framework.
(function () {
  "use strict";
  var live = document.getElementById("live");
  var status = document.getElementById("live-status");
  var loading = false;
  var again = false;

  function renderDiagrams() {
    if (window.mermaid && document.querySelector("pre.mermaid")) {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: "strict" });
      window.mermaid.run();
    }
  }

  function refresh() {
    if (loading) {
      again = true;
      return;
    }
    loading = true;
    fetch(window.location.href, { credentials: "same-origin", cache: "no-store" })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").getElementById("live");
        if (next && live) {
          live.innerHTML = next.innerHTML;
          renderDiagrams();
        }
      })
      .catch(function () { /* the next change event tries again */ })
      .then(function () {
        loading = false;
        if (again) {
          again = false;
          refresh();
        }
      });
  }

  renderDiagrams();
  if (!live || !window.EventSource) {
    return;
  }
  var events = new EventSource("/console/live");
  events.onopen = function () {
    status.textContent = "●";
    status.className = "connected";
    document.body.setAttribute("data-live", "connected");
  };
  events.onerror = function () {
    status.textContent = "○";
    status.className = "";
    document.body.setAttribute("data-live", "disconnected");
  };
  events.onmessage = refresh;
})();
