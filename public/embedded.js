/*! Suunta inside a host's frame (loaded by index.html's pre-paint script only when the page is
 * in a frame). Two things, both outside the page's wasm because they have nothing to do with
 * drawing screens:
 * - tells the host page the content's height on every layout change, and only that host (the
 *   origin the address names, `embed=`; without it, nothing is told to anyone);
 * - opens links that leave the app in a new tab, so the host page stays where it was.
 */
(function () {
  "use strict";
  if (window.parent === window) return;
  var origin = new URLSearchParams(location.search).get("embed");
  // As the core checks it (answers::embed::EmbedOrigin): never "*", never a path.
  var valid = /^https?:\/\/[a-z0-9]([a-z0-9.-]*[a-z0-9])?(:[1-9][0-9]{0,4})?$/;
  if (origin && origin.length <= 200 && valid.test(origin)) {
    var root = document.documentElement;
    var told = -1;
    var tell = function () {
      // The root's own height is its content's (nothing sets it to the viewport's), so it
      // can shrink as well as grow.
      var height = Math.ceil(root.getBoundingClientRect().height);
      if (height === told) return;
      told = height;
      window.parent.postMessage({ type: "suunta:height", height: height }, origin);
    };
    new ResizeObserver(tell).observe(root);
  }

  // Links to other sites (a service's web page): a new tab, without a handle back to this
  // page. tel:, mailto: and the app's own links stay as they are.
  function mark(link) {
    var url;
    try {
      url = new URL(link.getAttribute("href"), location.href);
    } catch (error) {
      return;
    }
    if ((url.protocol === "https:" || url.protocol === "http:") && url.origin !== location.origin) {
      link.target = "_blank";
      var rel = (link.getAttribute("rel") || "").split(/\s+/).filter(Boolean);
      if (rel.indexOf("noopener") < 0) rel.push("noopener");
      link.setAttribute("rel", rel.join(" "));
    }
  }
  function markAll() {
    var links = document.querySelectorAll("a[href]");
    for (var i = 0; i < links.length; i += 1) mark(links[i]);
  }
  new MutationObserver(markAll).observe(document.body, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["href"],
  });
  markAll();
})();
