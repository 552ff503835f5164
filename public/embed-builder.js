/*! Suunta embed builder (embed.html): choose the settings, see the app through embed.js itself,
 * copy the snippet. Every text is set with textContent, every element made with createElement:
 * nothing is ever parsed as HTML. The municipality and region lists come from this origin's own
 * catalogue/geography.json. */
(function () {
  "use strict";
  var LANGS = ["fi", "sv", "en"];
  var LANG_NAMES = { fi: "Suomeksi", sv: "På svenska", en: "In English" };
  var WORDS = {
    fi: {
      title: "Upota Suunta omalle sivustollesi – Suunta",
      back: "Suunta",
      heading: "Upota Suunta omalle sivustollesi",
      intro: "Valitse asetukset, katso esikatselu ja kopioi koodi sivusi HTML:ään. Suunta näkyy sivullasi kehyksessä, joka mukautuu sisällön korkeuteen. Vastaukset eivät lähde käyttäjän laitteelta.",
      languages: "Sivun kieli",
      lang: "Suunnan kieli",
      place: "Kunta tai maakunta",
      placeNone: "Ei valintaa: käyttäjä kertoo kuntansa",
      placeMunicipality: "Kunta (kysymys ohitetaan, käyttäjä voi vaihtaa sen)",
      placeRegion: "Maakunta (maakunnan kunnat ehdotetaan ensin)",
      municipality: "Kunta",
      region: "Maakunta",
      audience: "Kenelle sivusi on",
      everyone: "Kaikille",
      young: "Nuorille (alle 30-vuotiaille)",
      adults: "Aikuisille (30 vuotta täyttäneille)",
      accent: "Korostusväri",
      accentUse: "Käytä omaa korostusväriä",
      contrastOk: "Kontrasti valkoiseen {ratio}:1, riittää (vähintään 4,5:1).",
      contrastLow: "Kontrasti valkoiseen vain {ratio}:1 (vähintään 4,5:1): Suunta käyttää oletusväriä.",
      compact: "Tiivis näkymä kapeaan palstaan (ei otsikkopalkkia eikä johdantoa)",
      previewHeading: "Esikatselu",
      snippetHeading: "Koodi sivullesi",
      copy: "Kopioi koodi",
      copied: "Koodi kopioitu leikepöydälle.",
      copyFailed: "Kopiointi ei onnistunut: valitse koodi ja kopioi se itse.",
      fallbackHeading: "Jos sivustosi ei salli skriptejä",
      fallbackBody: "Tämä kehys toimii ilman skriptiä, mutta sen korkeus on kiinteä eikä se mukaudu sisältöön.",
      frameTitle: "Suunta – löydä oikea ohjauspalvelu",
      loadFailed: "Kuntaluetteloa ei voitu ladata. Lataa sivu uudelleen.",
    },
    sv: {
      title: "Bädda in Suunta på din webbplats – Suunta",
      back: "Suunta",
      heading: "Bädda in Suunta på din webbplats",
      intro: "Välj inställningar, se förhandsvisningen och kopiera koden till sidans HTML. Suunta visas på din sida i en ram som anpassar sig till innehållets höjd. Svaren lämnar inte användarens enhet.",
      languages: "Sidans språk",
      lang: "Suuntas språk",
      place: "Kommun eller landskap",
      placeNone: "Inget val: användaren anger sin kommun",
      placeMunicipality: "Kommun (frågan hoppas över, användaren kan ändra den)",
      placeRegion: "Landskap (landskapets kommuner föreslås först)",
      municipality: "Kommun",
      region: "Landskap",
      audience: "Vem din sida är för",
      everyone: "Alla",
      young: "Unga (under 30 år)",
      adults: "Vuxna (30 år och äldre)",
      accent: "Accentfärg",
      accentUse: "Använd en egen accentfärg",
      contrastOk: "Kontrast mot vitt {ratio}:1, räcker (minst 4,5:1).",
      contrastLow: "Kontrast mot vitt bara {ratio}:1 (minst 4,5:1): Suunta använder standardfärgen.",
      compact: "Kompakt vy för en smal spalt (ingen rubrikrad och ingen inledning)",
      previewHeading: "Förhandsvisning",
      snippetHeading: "Kod för din sida",
      copy: "Kopiera koden",
      copied: "Koden har kopierats.",
      copyFailed: "Kopieringen lyckades inte: markera koden och kopiera den själv.",
      fallbackHeading: "Om din webbplats inte tillåter skript",
      fallbackBody: "Den här ramen fungerar utan skript, men dess höjd är fast och anpassar sig inte till innehållet.",
      frameTitle: "Suunta – hitta rätt vägledningstjänst",
      loadFailed: "Kommunlistan kunde inte laddas. Ladda om sidan.",
    },
    en: {
      title: "Embed Suunta on your web site – Suunta",
      back: "Suunta",
      heading: "Embed Suunta on your web site",
      intro: "Choose the settings, see the preview and copy the code into your page's HTML. Suunta shows on your page in a frame that fits the height of its content. Answers never leave the user's device.",
      languages: "Page language",
      lang: "Suunta's language",
      place: "Municipality or region",
      placeNone: "None: the user says their municipality",
      placeMunicipality: "Municipality (the question is skipped; the user can change it)",
      placeRegion: "Region (its municipalities are suggested first)",
      municipality: "Municipality",
      region: "Region",
      audience: "Who your page is for",
      everyone: "Everyone",
      young: "Young people (under 30)",
      adults: "Adults (30 and over)",
      accent: "Accent colour",
      accentUse: "Use your own accent colour",
      contrastOk: "Contrast with white {ratio}:1, enough (at least 4.5:1).",
      contrastLow: "Contrast with white only {ratio}:1 (at least 4.5:1): Suunta uses its default colour.",
      compact: "Compact view for a narrow column (no title bar and no intro)",
      previewHeading: "Preview",
      snippetHeading: "Code for your page",
      copy: "Copy the code",
      copied: "The code was copied to the clipboard.",
      copyFailed: "Copying did not work: select the code and copy it yourself.",
      fallbackHeading: "If your site does not allow scripts",
      fallbackBody: "This frame works without a script, but its height is fixed and does not follow the content.",
      frameTitle: "Suunta – find the right guidance service",
      loadFailed: "The list of municipalities could not be loaded. Reload the page.",
    },
  };

  var asked = new URLSearchParams(location.search).get("lang");
  var browser = (navigator.language || "").split("-")[0].toLowerCase();
  var lang = LANGS.indexOf(asked) >= 0 ? asked : LANGS.indexOf(browser) >= 0 ? browser : "fi";
  var words = WORDS[lang];
  var embedUrl = new URL("embed.js", location.href).href;
  var appUrl = new URL("./", location.href).href;

  function element(tag, attributes, text) {
    var made = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      made.setAttribute(name, attributes[name]);
    });
    if (text !== undefined) made.textContent = text;
    return made;
  }

  // The page's own texts and language links.
  document.documentElement.lang = lang;
  document.title = words.title;
  Array.prototype.forEach.call(document.querySelectorAll("[data-text]"), function (node) {
    node.textContent = words[node.getAttribute("data-text")];
  });
  var nav = document.querySelector(".languages");
  nav.setAttribute("aria-label", words.languages);
  LANGS.forEach(function (other) {
    var link = element("a", { href: "?lang=" + other, lang: other, hreflang: other }, LANG_NAMES[other]);
    if (other === lang) link.setAttribute("aria-current", "page");
    nav.appendChild(link);
  });

  // The form.
  var form = document.getElementById("settings");
  function field(labelText, control) {
    var wrapper = element("div", { class: "field" });
    var label = element("label", { for: control.id }, labelText);
    wrapper.appendChild(label);
    wrapper.appendChild(control);
    return wrapper;
  }
  function choices(legendText, name, options, chosen) {
    var set = element("fieldset", { class: "field" });
    set.appendChild(element("legend", {}, legendText));
    options.forEach(function (option) {
      var id = name + "-" + option[0];
      var row = element("div", { class: "choice" });
      var input = element("input", { type: "radio", name: name, id: id, value: option[0] });
      if (option[0] === chosen) input.checked = true;
      row.appendChild(input);
      row.appendChild(element("label", { for: id }, option[1]));
      set.appendChild(row);
    });
    return set;
  }
  function select(id, options) {
    var control = element("select", { id: id, name: id });
    options.forEach(function (option) {
      control.appendChild(element("option", { value: option[0] }, option[1]));
    });
    return control;
  }

  var langSelect = select("lang", LANGS.map(function (code) { return [code, LANG_NAMES[code]]; }));
  langSelect.value = lang;
  form.appendChild(field(words.lang, langSelect));
  form.appendChild(choices(words.place, "place", [
    ["none", words.placeNone],
    ["municipality", words.placeMunicipality],
    ["region", words.placeRegion],
  ], "none"));
  var municipalitySelect = select("municipality", []);
  var regionSelect = select("region", []);
  var municipalityField = field(words.municipality, municipalitySelect);
  var regionField = field(words.region, regionSelect);
  form.appendChild(municipalityField);
  form.appendChild(regionField);
  form.appendChild(choices(words.audience, "audience", [
    ["everyone", words.everyone],
    ["young", words.young],
    ["adults", words.adults],
  ], "everyone"));
  var accentUse = element("input", { type: "checkbox", id: "accent-use" });
  var accentRow = element("div", { class: "choice" });
  accentRow.appendChild(accentUse);
  accentRow.appendChild(element("label", { for: "accent-use" }, words.accentUse));
  form.appendChild(accentRow);
  var accentInput = element("input", { type: "color", id: "accent", value: "#0b4f8a" });
  form.appendChild(field(words.accent, accentInput));
  var contrastNote = element("p", { id: "contrast", class: "hint", "aria-live": "polite", "data-testid": "contrast" });
  form.appendChild(contrastNote);
  var compact = element("input", { type: "checkbox", id: "compact" });
  var compactRow = element("div", { class: "choice" });
  compactRow.appendChild(compact);
  compactRow.appendChild(element("label", { for: "compact" }, words.compact));
  form.appendChild(compactRow);
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });

  // WCAG 2.1 contrast, as embed.js and the core compute it.
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

  function radio(name) {
    return form.querySelector("input[name=" + name + "]:checked").value;
  }

  // The attributes of the snippet, in a fixed order.
  function settings() {
    var chosen = [["data-lang", langSelect.value]];
    var place = radio("place");
    if (place === "municipality" && municipalitySelect.value) chosen.push(["data-municipality", municipalitySelect.value]);
    if (place === "region" && regionSelect.value) chosen.push(["data-region", regionSelect.value]);
    if (radio("audience") !== "everyone") chosen.push(["data-audience", radio("audience")]);
    if (accentUse.checked) chosen.push(["data-accent", accentInput.value.toLowerCase()]);
    if (compact.checked) chosen.push(["data-compact", "true"]);
    return chosen;
  }

  var preview = document.getElementById("preview");
  var snippet = document.getElementById("snippet");
  var fallback = document.getElementById("fallback");

  function update() {
    municipalityField.hidden = radio("place") !== "municipality";
    regionField.hidden = radio("place") !== "region";
    accentInput.disabled = !accentUse.checked;
    var hex = accentInput.value.replace("#", "").toLowerCase();
    var ratio = Math.min(contrast(hex, "ffffff"), contrast(hex, "f3f6f9"));
    var shown = (Math.floor(ratio * 10) / 10).toFixed(1);
    if (lang === "fi" || lang === "sv") shown = shown.replace(".", ",");
    contrastNote.hidden = !accentUse.checked;
    contrastNote.textContent = (ratio >= 4.5 ? words.contrastOk : words.contrastLow).replace("{ratio}", shown);
    contrastNote.classList.toggle("error-message", ratio < 4.5);

    var chosen = settings();
    snippet.textContent = "<script src=\"" + embedUrl + "\"" + chosen.map(function (pair) {
      return " " + pair[0] + "=\"" + pair[1] + "\"";
    }).join("") + "></script>";

    var query = new URLSearchParams();
    var keys = { "data-lang": "lang", "data-municipality": "preset_municipality", "data-region": "preset_region", "data-audience": "audience", "data-compact": "compact" };
    chosen.forEach(function (pair) {
      if (pair[0] === "data-accent") {
        if (ratio >= 4.5) query.set("accent", pair[1].slice(1));
      } else if (pair[0] === "data-compact") {
        query.set("compact", "1");
      } else {
        query.set(keys[pair[0]], pair[1]);
      }
    });
    var frameTitle = WORDS[langSelect.value].frameTitle;
    fallback.textContent = "<iframe src=\"" + appUrl + "?" + query.toString() + "\" title=\"" + frameTitle +
      "\" width=\"100%\" height=\"900\" style=\"border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\" allow=\"geolocation; clipboard-write; web-share\"></iframe>";

    // The preview is the snippet itself: embed.js, with these attributes, in a fresh place.
    while (preview.firstChild) preview.removeChild(preview.firstChild);
    var script = document.createElement("script");
    script.src = embedUrl;
    chosen.forEach(function (pair) { script.setAttribute(pair[0], pair[1]); });
    preview.appendChild(script);
  }

  form.addEventListener("change", update);
  accentInput.addEventListener("input", function () {
    // Only the contrast note while the colour picker moves; the preview reloads on "change".
    var hex = accentInput.value.replace("#", "").toLowerCase();
    var ratio = Math.min(contrast(hex, "ffffff"), contrast(hex, "f3f6f9"));
    contrastNote.classList.toggle("error-message", ratio < 4.5);
  });

  document.getElementById("copy").addEventListener("click", function () {
    var status = document.getElementById("copy-status");
    var done = function (worked) { status.textContent = worked ? words.copied : words.copyFailed; };
    if (!navigator.clipboard || !navigator.clipboard.writeText) return done(false);
    navigator.clipboard.writeText(snippet.textContent).then(function () { done(true); }, function () { done(false); });
  });

  // Municipalities and regions by name in the page's language (Finnish when it has none).
  function nameOf(item) {
    return (item.name && (item.name[lang] || item.name.fi)) || item.code;
  }
  function byName(a, b) {
    return nameOf(a).localeCompare(nameOf(b), lang);
  }
  // Everything above is built before the page shows (embed-builder.css hides <main> until
  // data-ready), so nothing moves when it appears; the lists arrive later into fields that are
  // hidden until "municipality" or "region" is chosen.
  update();
  document.body.setAttribute("data-ready", "");

  fetch("catalogue/geography.json")
    .then(function (response) {
      if (!response.ok) throw new Error(response.status);
      return response.json();
    })
    .then(function (geography) {
      geography.municipalities.slice().sort(byName).forEach(function (municipality) {
        municipalitySelect.appendChild(element("option", { value: municipality.code }, nameOf(municipality)));
      });
      geography.regions.slice().sort(byName).forEach(function (region) {
        regionSelect.appendChild(element("option", { value: region.code }, nameOf(region)));
      });
      // The preview so far had no place preset; only one with a place depends on the lists.
      if (radio("place") !== "none") update();
    })
    .catch(function () {
      form.insertBefore(element("p", { class: "error-message", role: "alert" }, words.loadFailed), form.firstChild);
      update();
    });
})();
