// Renders the TeX in titles, abstracts and snippets with KaTeX (served by Paperboy, no CDN).
// A file of its own, not an inline script: the Content-Security-Policy allows scripts from self only.
(function () {
  "use strict";
  var WHERE = ".card h3, .card .abstract, .card .snippet, .paper h1, .paper .full-abstract";
  var OPTIONS = {
    delimiters: [
      { left: "$$", right: "$$", display: true },
      { left: "\\(", right: "\\)", display: false },
      { left: "\\[", right: "\\]", display: true },
      { left: "$", right: "$", display: false }
    ],
    // auto-render catches KaTeX's parse errors and puts the formula back exactly as written
    // (delimiters and all); with throwOnError false KaTeX would draw it in red instead.
    throwOnError: true,
    errorCallback: function () {},
    errorColor: "inherit",
    trust: false, // no \href, \url, \includegraphics or \htmlClass: never a link or an image
    strict: "ignore",
    maxSize: 10, // em: a huge \rule stays small
    maxExpand: 200 // macro expansions per formula: no frozen tab
  };

  function render() {
    if (typeof renderMathInElement !== "function") {
      return; // KaTeX did not load: the TeX stays readable as written
    }
    var elements = document.querySelectorAll(WHERE);
    for (var i = 0; i < elements.length; i++) {
      var text = elements[i].textContent;
      if (text.indexOf("$") < 0 && text.indexOf("\\(") < 0 && text.indexOf("\\[") < 0) {
        continue;
      }
      try {
        renderMathInElement(elements[i], OPTIONS);
      } catch (e) {
        // a formula too deep for the parser: this element keeps its text, the others render
      }
    }
    document.documentElement.setAttribute("data-math", "done");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
