// Kiosk mode (`?kiosk=1`, README "Kiosk", docs/query-format.md): loaded by index.html's
// pre-paint script only on a kiosk, so a phone never downloads it and the page's wasm stays
// small. What it adds to the app on an unattended lobby screen:
// - idle reset: after `kiosk_idle` seconds (default 90) with no touch, key, scroll or wheel, a
//   30-second countdown in a modal alert dialog, with "I'm still here" (keeps everything) and
//   "Start again now"; at zero, or on "Start again" (in a bar on every page), everything the
//   visitor did is gone: storage is cleared and the start address (the kiosk's settings only)
//   replaces the current one in a fresh load, so no answer, URL or state in memory survives;
// - a new version of the app, downloaded in the background, is applied at that reset, never
//   in the middle of someone's visit (`window.suuntaOffline`, public/offline.js);
// - no way out: a link to another page or site, or a `tel:`/`mailto:`, never navigates (the
//   worker shows contacts as text and QR codes on a kiosk), and links within the page move
//   the focus without adding a history entry. The app replaces its history entry on every
//   page change on a kiosk (src/browser.rs), so Back cannot reach a previous visitor's answers.
// Its styles are a constructed style sheet: the strict CSP allows no style file or attribute.
(function () {
  "use strict";

  // The same rule as `IdleSeconds` in crates/suunta-core/src/answers/kiosk.rs: whole seconds,
  // 30 to 600; anything else means the default (and the worker notes the bad value).
  var IDLE_MIN = 30;
  var IDLE_MAX = 600;
  var IDLE_DEFAULT = 90;
  var COUNTDOWN = 30;
  // Announced to screen readers when this many seconds are left (and at the start).
  var ANNOUNCE_AT = [20, 10, 5];
  // The kiosk's settings, and the host's choices a kiosk may use too (a preset municipality as
  // its home municipality): all the start address keeps. The language is not kept: the next
  // visitor starts in the kiosk browser's language.
  var SETTINGS = ["preset_municipality", "preset_region", "audience", "accent", "compact",
    "kiosk", "kiosk_here", "kiosk_idle", "kiosk_text"];

  // [start again, heading, text, still here, start now, "{n} seconds left"]
  var TEXTS = {
    fi: ["Aloita alusta", "Oletko vielä siellä?",
      "Jos et jatka, Suunta aloittaa pian alusta ja vastauksesi poistetaan tältä näytöltä.",
      "Olen vielä täällä", "Aloita alusta nyt", "{n} sekuntia jäljellä."],
    sv: ["Börja om", "Är du kvar?",
      "Om du inte fortsätter börjar Suunta snart om från början och dina svar tas bort från skärmen.",
      "Jag är kvar", "Börja om nu", "{n} sekunder kvar."],
    en: ["Start again", "Are you still there?",
      "If you do not carry on, Suunta will soon start again and your answers will be cleared from this screen.",
      "I’m still here", "Start again now", "{n} seconds left."]
  };

  // How old the catalogue is, above every page (offline, a kiosk may run on old data for
  // days): the words and date formats of `Say::CatalogueUpdated` and `wording::calendar::date`.
  var UPDATED = {
    fi: "Palvelutiedot päivitetty {date}",
    sv: "Serviceinformationen uppdaterad {date}",
    en: "Service information updated on {date}"
  };
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  var CSS =
    ".embed-link{display:none}" +
    // Larger text on a narrow screen: the language switch wraps rather than scrolls sideways.
    ".language-switch ul{flex-wrap:wrap}" +
    ".kiosk-bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:0.5rem;max-width:var(--measure);margin:0.5rem auto 0;padding:0 1rem}" +
    ".kiosk-updated{margin:0;font-size:1rem;color:var(--color-muted)}" +
    ".kiosk-bar button,.kiosk-dialog button{min-height:3rem;min-width:3rem;font-size:1.125rem}" +
    ".kiosk-dialog{max-width:min(30rem,calc(100% - 2rem));padding:1.5rem;border:3px solid var(--color-primary);border-radius:0.5rem}" +
    ".kiosk-dialog::backdrop{background:rgb(0 0 0 / 0.6)}" +
    ".kiosk-dialog h2{margin-top:0}" +
    ".kiosk-seconds{font-size:3rem;font-weight:700;margin:0.5rem 0;text-align:center}" +
    ".kiosk-dialog .kiosk-stay{display:block;width:100%;min-height:4.5rem;font-size:1.375rem;margin:1rem 0}" +
    ".kiosk-dialog .kiosk-now{display:block;width:100%}" +
    ".kiosk-quiet{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}" +
    ".kiosk-qr{display:flex;flex-direction:column;align-items:flex-start;gap:0.25rem;margin:0.25rem 0}" +
    ".kiosk-qr .qr{width:8rem;height:8rem}" +
    ".here-card{border:3px solid var(--color-primary)}" +
    ".here{margin:0 0 0.5rem;padding:0.5rem 0.75rem;border-radius:0.25rem;background:var(--color-primary);color:var(--color-primary-text);font-weight:700}" +
    "@media print{.kiosk-bar,.kiosk-dialog{display:none}}";

  var root = document.documentElement;
  var query = new URLSearchParams(location.search);
  var asked = query.get("kiosk_idle");
  var idle = asked !== null && /^[1-9][0-9]{0,2}$/.test(asked) && +asked >= IDLE_MIN && +asked <= IDLE_MAX
    ? +asked : IDLE_DEFAULT;

  var lastInput = Date.now();
  // Someone used the screen since it last started afresh: there is something to clear.
  var used = false;
  var deadline = null;
  var resetting = false;

  function words() {
    return TEXTS[root.lang] || TEXTS.fi;
  }

  /** The kiosk's start page: its settings as the address had them, nothing else. */
  function startAddress() {
    var kept = new URLSearchParams();
    SETTINGS.forEach(function (key) {
      var value = query.get(key);
      if (value !== null) kept.set(key, value);
    });
    var search = kept.toString();
    return location.pathname + (search ? "?" + search : "");
  }

  /** Anything in the address beyond the kiosk's settings is a visitor's. */
  function addressUsed() {
    var visitors = false;
    new URLSearchParams(location.search).forEach(function (value, key) {
      if (SETTINGS.indexOf(key) < 0) visitors = true;
    });
    return visitors;
  }

  function element(tag, attributes, text) {
    var made = document.createElement(tag);
    Object.keys(attributes).forEach(function (name) {
      made.setAttribute(name, attributes[name]);
    });
    if (text) made.textContent = text;
    return made;
  }

  var sheet = new CSSStyleSheet();
  sheet.replaceSync(CSS);
  document.adoptedStyleSheets = document.adoptedStyleSheets.concat(sheet);

  // "Start again" on every page, above the app.
  var bar = element("div", { class: "kiosk-bar" });
  var updated = element("p", { class: "kiosk-updated", "data-testid": "kiosk-catalogue-updated" });
  var again = element("button", { type: "button", class: "secondary", "data-testid": "kiosk-start-again" });
  again.addEventListener("click", reset);
  bar.append(updated, again);
  // [year, month, day] of the catalogue's newest check, once index.json has been read.
  var verified = null;
  var main = document.getElementById("main");
  main.parentNode.insertBefore(bar, main);

  // The countdown: a modal alert dialog. Its heading and text are read when focus moves to it;
  // the seconds are shown every second but announced only now and then.
  var dialog = element("dialog", {
    class: "kiosk-dialog",
    role: "alertdialog",
    "aria-labelledby": "kiosk-heading",
    "aria-describedby": "kiosk-text",
    "data-testid": "kiosk-countdown"
  });
  var heading = element("h2", { id: "kiosk-heading" });
  var explanation = element("p", { id: "kiosk-text" });
  var seconds = element("p", { class: "kiosk-seconds", "aria-hidden": "true", "data-testid": "kiosk-seconds" });
  var announcer = element("p", { role: "status", class: "kiosk-quiet", "data-testid": "kiosk-announcement" });
  var stay = element("button", { type: "button", class: "kiosk-stay", "data-testid": "kiosk-stay" });
  var now = element("button", { type: "button", class: "secondary kiosk-now", "data-testid": "kiosk-reset-now" });
  stay.addEventListener("click", keep);
  now.addEventListener("click", reset);
  // Escape is "I'm still here": the person is clearly there.
  dialog.addEventListener("cancel", function (event) {
    event.preventDefault();
    keep();
  });
  dialog.append(heading, explanation, seconds, announcer, stay, now);
  document.body.appendChild(dialog);

  function say() {
    var texts = words();
    if (verified) {
      var date = root.lang === "en"
        ? verified[2] + " " + MONTHS[verified[1] - 1] + " " + verified[0]
        : verified[2] + "." + verified[1] + "." + verified[0];
      updated.textContent = (UPDATED[root.lang] || UPDATED.fi).replace("{date}", date);
    }
    again.textContent = texts[0];
    heading.textContent = texts[1];
    explanation.textContent = texts[2];
    stay.textContent = texts[3];
    now.textContent = texts[4];
  }
  say();
  fetch("catalogue/index.json")
    .then(function (response) {
      return response.ok ? response.json() : null;
    })
    .then(function (index) {
      var day = /^(\d{4})-(\d{2})-(\d{2})$/.exec((index && index.verified_on) || "");
      if (!day) return;
      verified = [Number(day[1]), Number(day[2]), Number(day[3])];
      say();
    })
    .catch(function () {
      // Neither the network nor the offline copy has it (an old deployment): no date shown.
    });
  // The app sets <html lang> when the visitor changes the language.
  new MutationObserver(say).observe(root, { attributes: true, attributeFilter: ["lang"] });

  function left() {
    return Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
  }

  function announce(count) {
    announcer.textContent = words()[5].replace("{n}", count);
  }

  function open() {
    deadline = Date.now() + COUNTDOWN * 1000;
    seconds.textContent = String(COUNTDOWN);
    announcer.textContent = "";
    dialog.showModal();
    stay.focus();
    announce(COUNTDOWN);
  }

  function keep() {
    deadline = null;
    lastInput = Date.now();
    dialog.close();
  }

  /**
   * Everything the visitor did is gone: storage cleared, and the start address loaded afresh in
   * place of the current one (a new document: no state in memory, the worker started anew). A
   * downloaded new version takes over with that load.
   */
  function reset() {
    if (resetting) return;
    resetting = true;
    try {
      localStorage.clear();
      sessionStorage.clear();
    } catch (ignored) {
      // Storage turned off: there is nothing in it either.
    }
    document.cookie.split(";").forEach(function (cookie) {
      var name = cookie.split("=")[0].trim();
      if (name) document.cookie = name + "=; max-age=0; path=/";
    });
    var start = startAddress();
    var offline = window.suuntaOffline;
    if (offline && offline.updateWaiting()) {
      offline.applyUpdate(start);
      // Should the new version not take over, start afresh with this one.
      setTimeout(function () {
        location.replace(start);
      }, 5000);
    } else {
      location.replace(start);
    }
  }

  function tick() {
    if (resetting) return;
    if (deadline === null) {
      if (Date.now() - lastInput < idle * 1000) return;
      if (used || addressUsed()) {
        open();
      } else if (window.suuntaOffline && window.suuntaOffline.updateWaiting()) {
        // Nobody is using the screen: a good moment for the new version.
        reset();
      }
      return;
    }
    var count = left();
    seconds.textContent = String(count);
    if (count === 0) reset();
    else if (ANNOUNCE_AT.indexOf(count) >= 0) announce(count);
  }
  setInterval(tick, 1000);

  ["pointerdown", "keydown", "touchstart", "wheel", "scroll", "input"].forEach(function (type) {
    addEventListener(type, function () {
      // While the countdown is shown, only its buttons count.
      if (deadline !== null) return;
      lastInput = Date.now();
      used = true;
    }, { capture: true, passive: true });
  });

  // No way out of the app. Only links to its own page (the same path, another query) are
  // followed; the app itself turns them into page changes that replace the history entry.
  function guard(event) {
    var link = event.target.closest && event.target.closest("a[href]");
    if (!link) return;
    // A new tab or window (a middle click, a modified click) would be a way out too.
    if (event.type === "auxclick" || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
      event.preventDefault();
      return;
    }
    var href = link.getAttribute("href");
    if (href.charAt(0) === "#") {
      // A skip link would add a history entry: move the focus instead.
      event.preventDefault();
      var target = document.getElementById(href.slice(1));
      if (target) {
        if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
        target.focus();
      }
      return;
    }
    var url = new URL(link.href, location.href);
    if (url.origin !== location.origin || url.pathname !== location.pathname) event.preventDefault();
  }
  document.addEventListener("click", guard, true);
  document.addEventListener("auxclick", guard, true);
})();
