// The upload form: post the file to /review and show the review page in a sandboxed frame,
// or to /extract and show the record as formatted JSON.
// Without JavaScript the form still posts to /extract and the browser shows the raw JSON.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("upload");
  var status = document.getElementById("status");
  var result = document.getElementById("result");
  var frame = document.getElementById("review");
  var downloadRow = document.getElementById("download-row");
  var download = document.getElementById("download");
  var saved = null;
  if (script && script.dataset.tokenRequired === "true") {
    document.getElementById("token-row").hidden = false;
  }
  function show(message, isError) {
    status.textContent = message;
    status.className = isError ? "error" : "";
  }
  function showReview(name, html) {
    // A frame without allow-same-origin: the page's script runs, but in an opaque origin
    // that cannot reach this page, its token or its cookies.
    frame.srcdoc = html;
    frame.hidden = false;
    document.body.classList.add("reviewing");
    if (saved) { URL.revokeObjectURL(saved); }
    saved = URL.createObjectURL(new Blob([html], { type: "text/html" }));
    download.href = saved;
    download.setAttribute("download", name.replace(/[^A-Za-z0-9._-]+/g, "_") + ".review.html");
    downloadRow.hidden = false;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = form.elements.file.files[0];
    if (!file) { show("Choose a file first.", true); return; }
    var review = form.elements.show.value !== "json";
    var url = review ? "review" : "extract" + (document.getElementById("include_text").checked ? "?include_text=true" : "");
    var headers = {};
    var token = document.getElementById("token").value.trim();
    if (token) { headers.Authorization = "Bearer " + token; }
    var body = new FormData();
    body.append("file", file, file.name);
    result.hidden = true;
    frame.hidden = true;
    downloadRow.hidden = true;
    show("Extracting " + file.name + " …", false);
    var started = Date.now();
    fetch(url, { method: "POST", body: body, headers: headers })
      .then(function (response) {
        return response.text().then(function (text) { return { response: response, text: text }; });
      })
      .then(function (r) {
        var seconds = ((Date.now() - started) / 1000).toFixed(1);
        if (!r.response.ok) {
          var data;
          try { data = JSON.parse(r.text); } catch (e) { data = null; }
          var why = data && data.detail ? data.detail : r.text;
          show("Refused (" + r.response.status + "): " + why, true);
          return;
        }
        if (review) {
          show(file.name + ": extracted in " + seconds + " s", false);
          showReview(file.name, r.text);
          return;
        }
        var data = JSON.parse(r.text);
        var meetings = data.meetings || [];
        var items = meetings.reduce(function (n, m) { return n + (m.items || []).length; }, 0);
        show(file.name + ": " + meetings.length + " meeting(s), " + items + " item(s) in " + seconds + " s", false);
        result.textContent = JSON.stringify(data, null, 2);
        result.hidden = false;
      })
      .catch(function (err) { show("The service could not be reached: " + err, true); });
  });
})();
