// The upload form: post the file to /extract and show the record as formatted JSON.
// Without JavaScript the form still posts and the browser shows the raw JSON.
(function () {
  "use strict";
  var script = document.currentScript;
  var form = document.getElementById("upload");
  var status = document.getElementById("status");
  var result = document.getElementById("result");
  if (script && script.dataset.tokenRequired === "true") {
    document.getElementById("token-row").hidden = false;
  }
  function show(message, isError) {
    status.textContent = message;
    status.className = isError ? "error" : "";
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = form.elements.file.files[0];
    if (!file) { show("Choose a file first.", true); return; }
    var url = "extract" + (document.getElementById("include_text").checked ? "?include_text=true" : "");
    var headers = {};
    var token = document.getElementById("token").value.trim();
    if (token) { headers.Authorization = "Bearer " + token; }
    var body = new FormData();
    body.append("file", file, file.name);
    result.hidden = true;
    show("Extracting " + file.name + " …", false);
    var started = Date.now();
    fetch(url, { method: "POST", body: body, headers: headers })
      .then(function (response) {
        return response.text().then(function (text) { return { response: response, text: text }; });
      })
      .then(function (r) {
        var data;
        try { data = JSON.parse(r.text); } catch (e) { data = null; }
        if (!r.response.ok) {
          var why = data && data.detail ? data.detail : r.text;
          show("Refused (" + r.response.status + "): " + why, true);
          return;
        }
        var meetings = data.meetings || [];
        var items = meetings.reduce(function (n, m) { return n + (m.items || []).length; }, 0);
        show(file.name + ": " + meetings.length + " meeting(s), " + items + " item(s) in " +
             ((Date.now() - started) / 1000).toFixed(1) + " s", false);
        result.textContent = JSON.stringify(data, null, 2);
        result.hidden = false;
      })
      .catch(function (err) { show("The service could not be reached: " + err, true); });
  });
})();
