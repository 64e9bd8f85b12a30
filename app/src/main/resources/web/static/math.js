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
    maxExpand: 200, // macro expansions per formula: no frozen tab
    preProcess: guard
  };
  var LONGEST = 2000;
  var DEEPEST = 40;
  var MOST = 100; // formulas rendered per title or abstract: beyond, they stay text
  var budget = MOST;
  var TEXT_COMMAND = /\\(emph|textit|textsl|textbf|texttt)\{([^{}$\\]*)\}/g;
  var TAGS = { emph: "em", textit: "i", textsl: "i", textbf: "strong", texttt: "code" };
  var ACCENT = /\\(['"`^~=.])\{?([A-Za-z])\}?/g;
  var MARKS = { "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304", ".": "\u0307" };

  // A formula too long or too deeply nested stays as written: KaTeX's parser recurses on braces.
  // So do the formulas of a text past its first hundred: a hostile abstract cannot fill the page.
  function guard(tex) {
    if (--budget < 0) {
      throw new katex.ParseError("more formulas than a page renders in one text");
    }
    var depth = 0;
    var deepest = 0;
    for (var i = 0; i < tex.length; i++) {
      var c = tex.charAt(i);
      if (c === "\\") {
        i++;
      } else if (c === "{") {
        deepest = Math.max(deepest, ++depth);
      } else if (c === "}") {
        depth--;
      }
    }
    if (tex.length > LONGEST || deepest > DEEPEST) {
      throw new katex.ParseError("too long or too deeply nested for a page");
    }
    return tex;
  }

  // \emph{…} and its kin outside formulas: the words, emphasised, without the command.
  function textCommands(element) {
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var nodes = [];
    for (var n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeValue.indexOf("\\") >= 0 && !(n.parentElement && n.parentElement.closest(".katex"))) {
        nodes.push(n);
      }
    }
    nodes.forEach(function (node) {
      // Schr\"odinger is Schrödinger
      var text = node.nodeValue.replace(ACCENT, function (all, accent, letter) {
        return (letter + MARKS[accent]).normalize("NFC");
      });
      var changed = text !== node.nodeValue;
      var parts = document.createDocumentFragment();
      var at = 0;
      var m;
      TEXT_COMMAND.lastIndex = 0;
      while ((m = TEXT_COMMAND.exec(text)) !== null) {
        parts.appendChild(document.createTextNode(text.slice(at, m.index)));
        var tag = document.createElement(TAGS[m[1]]);
        tag.textContent = m[2];
        parts.appendChild(tag);
        at = m.index + m[0].length;
      }
      if (at > 0) {
        parts.appendChild(document.createTextNode(text.slice(at)));
        node.parentNode.replaceChild(parts, node);
      } else if (changed) {
        node.nodeValue = text;
      }
    });
  }

  // The part of an element that holds its first MOST formulas of $…$: a text of 100,000 formulas
  // is split once, after its 2·MOST-th dollar sign, and only the part before is searched for math,
  // so the rest costs nothing and stays text.
  function head(element) {
    var text = element.textContent;
    var cut = -1;
    for (var i = 0, seen = 0; i < text.length; i++) {
      if (text.charAt(i) === "$" && ++seen === 2 * MOST) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      return element;
    }
    var walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    var before = 0;
    var node = walker.nextNode();
    while (node && before + node.nodeValue.length < cut) {
      before += node.nodeValue.length;
      node = walker.nextNode();
    }
    var range = document.createRange();
    range.setStart(element, 0);
    range.setEnd(node, cut - before);
    var part = document.createElement("span");
    part.appendChild(range.extractContents());
    element.insertBefore(part, element.firstChild);
    return part;
  }

  function render() {
    if (typeof renderMathInElement !== "function") {
      return; // KaTeX did not load: the TeX stays readable as written
    }
    var elements = document.querySelectorAll(WHERE);
    for (var i = 0; i < elements.length; i++) {
      var text = elements[i].textContent;
      if (text.indexOf("$") < 0 && text.indexOf("\\") < 0) {
        continue;
      }
      budget = MOST;
      try {
        renderMathInElement(head(elements[i]), OPTIONS);
      } catch (e) {
        // anything but a parse error: this element keeps its text, the others render
      }
      textCommands(elements[i]);
    }
    document.documentElement.setAttribute("data-math", "done");
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", render);
  } else {
    render();
  }
})();
