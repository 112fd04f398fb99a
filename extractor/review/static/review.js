// minutes review page: a toggle per record type, and links between the tables and the text.
// Links are followed here rather than by the browser, so they also work when the page is
// shown inside the service's upload page (an iframe whose address is not the page's own).
(function () {
  "use strict";
  var body = document.body;
  var flashed = [];
  function flash(elements) {
    flashed.forEach(function (e) { e.classList.remove("flash"); });
    flashed = Array.prototype.slice.call(elements);
    flashed.forEach(function (e) { e.classList.add("flash"); });
  }
  Array.prototype.forEach.call(document.querySelectorAll("input[data-toggle]"), function (box) {
    function apply() { body.classList.toggle("off-" + box.getAttribute("data-toggle"), !box.checked); }
    box.addEventListener("change", apply);
    apply();
  });
  // Opened at page.html#r-items-3 (a link from elsewhere): show that record in both panes.
  if (location.hash.length > 1) {
    var key = decodeURIComponent(location.hash.slice(1));
    var first = document.getElementById(key);
    var row = document.getElementById("row-" + key);
    if (first) { first.scrollIntoView({ block: "start" }); }
    if (row) { row.scrollIntoView({ block: "start" }); }
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a[href^='#']");
    if (link) {
      var target = document.getElementById(link.getAttribute("href").slice(1));
      if (!target) { return; }
      event.preventDefault();
      // an item is often taller than the pane: show its start, not its middle
      target.scrollIntoView({ block: target.classList.contains("t-items") ? "start" : "center" });
      var rec = target.getAttribute("data-rec");
      flash(rec ? document.querySelectorAll('mark[data-rec="' + CSS.escape(rec) + '"]') : [target]);
      return;
    }
    var mark = event.target.closest && event.target.closest("mark[data-rec]");
    if (mark) {
      var row = document.getElementById("row-" + mark.getAttribute("data-rec"));
      if (row) {
        row.scrollIntoView({ block: "center" });
        flash([row]);
      }
    }
  });
})();
