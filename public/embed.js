/*! Suunta embed snippet (README, "Embedding"). No dependencies; nothing from the host page is
 * ever written as HTML or CSS text: each data-* attribute is checked and becomes one value of
 * the app's URL query (docs/query-format.md), or is ignored with a console warning.
 *
 *   <script src="https://SUUNTA-HOST/embed.js" data-lang="fi" data-municipality="091"
 *           data-audience="young" data-accent="#0b4f8a" data-compact="true"></script>
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) {
    console.warn("Suunta: embed.js must be included with <script src>, not as a module or inline.");
    return;
  }
  // Taken out of the page before it ran (a builder's preview moving on): nothing to do.
  if (!script.parentNode) return;
  // The app lives next to embed.js, on the same origin.
  var app = new URL(".", script.src);
  var MAX_LENGTH = 100;
  var DEFAULT_HEIGHT = 640;
  var TITLES = {
    fi: "Suunta – löydä oikea ohjauspalvelu",
    sv: "Suunta – hitta rätt vägledningstjänst",
    en: "Suunta – find the right guidance service",
  };

  function warn(name, why) {
    console.warn("Suunta: data-" + name + " ignored: " + why + ".");
  }

  // WCAG 2.1 contrast of two "rrggbb" colours, 1 to 21.
  function luminance(hex) {
    var weights = [0.2126, 0.7152, 0.0722];
    var sum = 0;
    for (var i = 0; i < 3; i += 1) {
      var c = parseInt(hex.substr(i * 2, 2), 16) / 255;
      sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return sum;
  }
  function contrast(a, b) {
    var x = luminance(a);
    var y = luminance(b);
    return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
  }

  // Each attribute: its query key and how its value is checked. `check` returns the query
  // value, null to leave the key out, or a string starting with "!" saying why it is refused.
  var ATTRIBUTES = [
    ["lang", "lang", function (v) { return /^(fi|sv|en)$/.test(v) ? v : "!not fi, sv or en"; }],
    ["municipality", "preset_municipality", function (v) {
      return /^[0-9]{3}$/.test(v) ? v : "!not a 3-digit municipality code";
    }],
    ["region", "preset_region", function (v) {
      return /^[0-9]{2}$/.test(v) ? v : "!not a 2-digit region code";
    }],
    ["audience", "audience", function (v) {
      if (v === "everyone") return null;
      return /^(young|adults)$/.test(v) ? v : "!not young, adults or everyone";
    }],
    ["accent", "accent", function (v) {
      var hex = v.replace(/^#/, "").toLowerCase();
      if (!/^[0-9a-f]{6}$/.test(hex)) return "!not a colour like #0b4f8a";
      var worst = Math.min(contrast(hex, "ffffff"), contrast(hex, "f3f6f9"));
      if (worst < 4.5) {
        return "!contrast " + worst.toFixed(2) + ":1 with white text is below 4.5:1 (WCAG AA); the default colour is used";
      }
      return hex;
    }],
    ["compact", "compact", function (v) {
      if (v === "" || v === "true" || v === "1") return "1";
      return v === "false" || v === "0" ? null : "!not true or false";
    }],
  ];

  var query = new URLSearchParams();
  var lang = "fi";
  for (var i = 0; i < ATTRIBUTES.length; i += 1) {
    var name = ATTRIBUTES[i][0];
    var value = script.getAttribute("data-" + name);
    if (value === null) continue;
    if (value.length > MAX_LENGTH) {
      warn(name, "longer than " + MAX_LENGTH + " characters");
      continue;
    }
    var checked = ATTRIBUTES[i][2](value.trim());
    if (checked !== null && checked.charAt(0) === "!") {
      warn(name, JSON.stringify(value.slice(0, 40)) + " is " + checked.slice(1));
    } else if (checked !== null) {
      query.set(ATTRIBUTES[i][1], checked);
      if (name === "lang") lang = checked;
    }
  }

  // The host's origin, the only one the app will tell its height. A page without one (a local
  // file) gets the fixed height.
  var host = location.origin;
  var resizes = /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/.test(host);
  if (resizes) query.set("embed", host);
  else console.warn("Suunta: this page has no web origin (" + host + "), so the frame keeps a fixed height.");

  var height = DEFAULT_HEIGHT;
  var asked = script.getAttribute("data-height");
  if (asked !== null) {
    if (/^[0-9]{3,4}$/.test(asked) && +asked >= 200 && +asked <= 4000) height = +asked;
    else warn("height", "not a number of pixels from 200 to 4000");
  }

  var frame = document.createElement("iframe");
  var search = query.toString();
  frame.src = app.href + (search ? "?" + search : "");
  frame.title = TITLES[lang];
  frame.loading = "lazy";
  frame.referrerPolicy = "no-referrer";
  // "Use my location", share and copy the address: features the app offers inside the frame.
  frame.allow = "geolocation; clipboard-write; web-share";
  frame.setAttribute("data-suunta-embed", "");
  // CSSOM only: the host's CSP needs no 'unsafe-inline' for these.
  frame.style.display = "block";
  frame.style.width = "100%";
  frame.style.maxWidth = "100%";
  frame.style.border = "0";
  frame.style.height = height + "px";
  script.parentNode.insertBefore(frame, script.nextSibling);

  if (!resizes) return;
  // The app reports its content height (public/embedded.js). Only from the app's origin, only
  // from this very frame (another Suunta frame on the page has its own listener), only a sane
  // number of pixels.
  window.addEventListener("message", function (event) {
    if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "suunta:height") return;
    var pixels = data.height;
    if (typeof pixels !== "number" || !isFinite(pixels) || pixels < 100 || pixels > 20000) return;
    frame.style.height = Math.ceil(pixels) + "px";
  });
})();
