// Save and "not interested" without a reload: the forms post as they would without this script,
// with the same form token, and the answer (JSON) updates the buttons in place.
"use strict";
(function () {
  function setSaved(form, saved) {
    var b = form.querySelector("button.save");
    if (!b) return;
    b.value = saved ? "unsave" : "save";
    b.textContent = saved ? "\u2605 Saved" : "\u2606 Save";
    b.classList.toggle("saved", saved);
    b.setAttribute("aria-pressed", String(saved));
  }

  function setDismissed(form, dismissed) {
    var b = form.querySelector("button.dismiss");
    if (b) {
      b.value = dismissed ? "undismiss" : "dismiss";
      b.textContent = dismissed ? "Not interested \u00b7 undo" : "Not interested";
    }
    var card = form.closest("article.card");
    if (card) card.classList.toggle("dismissed", dismissed);
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-mark]") || !window.fetch) return;
    event.preventDefault();
    var data = new FormData(form);
    if (event.submitter && event.submitter.name) {
      data.set(event.submitter.name, event.submitter.value);
    }
    fetch(form.getAttribute("action"), { // not form.action: the buttons are named "action"
      method: "POST",
      credentials: "same-origin",
      headers: { "Accept": "application/json" },
      body: new URLSearchParams(data)
    }).then(function (response) {
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    }).then(function (answer) {
      setSaved(form, answer.state === "saved");
      setDismissed(form, answer.state === "dismissed");
    }).catch(function () {
      // let the server answer the plain way (the sign-in page, an error page)
      if (event.submitter && event.submitter.name) {
        var field = document.createElement("input");
        field.type = "hidden";
        field.name = event.submitter.name;
        field.value = event.submitter.value;
        form.appendChild(field);
      }
      form.submit();
    });
  });
})();
