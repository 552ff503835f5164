// The static shell (index.html) paints its first texts before the app's wasm arrives: in Finnish
// in the HTML, and in Swedish, English or plain Finnish from its pre-paint script. Those texts are copies of
// messages in the page's translation files (locales/*.ftl, the source of every UI text). This
// check fails the build when a copy differs from its message, so a translator's change cannot
// leave the first paint saying something else than the app.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The messages the shell shows, in the order of the pre-paint script's arrays. */
const SHELL = ["heading", "intro", "skip-link", "embed-link", "statement-link"];

/** Single-line `key = text` messages of one .ftl file; the shell's are plain text. */
export function readMessages(file) {
  const messages = new Map();
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const found = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line);
    if (found) messages.set(found[1], found[2]);
  }
  return messages;
}

function unescapeHtml(text) {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
}

/** Every difference between index.html's copies and the messages, as sentences. */
export function shellTextProblems(html, localesDir) {
  const problems = [];
  const wanted = (lang, key) => {
    // Plain Finnish gives only the messages that differ; the rest are Finnish's.
    const plain = lang === "fi-x-selko" ? readMessages(join(localesDir, `${lang}.ftl`)).get(key) : undefined;
    const text = plain ?? readMessages(join(localesDir, `${lang === "fi-x-selko" ? "fi" : lang}.ftl`)).get(key);
    if (text === undefined || text.includes("{")) {
      problems.push(`${lang}.ftl: \`${key}\` must be a one-line message without placeables (index.html copies it)`);
    }
    return text;
  };
  const inHtml = {
    "document-title": /<title>([^<]*)<\/title>/,
    heading: /<h1 id="page-heading">([^<]*)<\/h1>/,
    intro: /<p class="intro">([^<]*)<\/p>/,
    "skip-link": /<a class="skip-link"[^>]*>([^<]*)<\/a>/,
    "embed-link": /<a class="embed-link"[^>]*>([^<]*)<\/a>/,
    "statement-link": /<a class="statement-link"[^>]*>([^<]*)<\/a>/,
  };
  for (const [key, pattern] of Object.entries(inHtml)) {
    const found = pattern.exec(html);
    const text = wanted("fi", key);
    if (!found) problems.push(`index.html: no element for \`${key}\``);
    else if (unescapeHtml(found[1]) !== text) {
      problems.push(`index.html says "${found[1]}" for \`${key}\`; locales/fi.ftl says "${text}"`);
    }
  }
  const script = /var texts = (\{[\s\S]*?\});/.exec(html);
  if (!script) return [...problems, "index.html: the pre-paint script's `var texts = {...};` is missing"];
  const texts = JSON.parse(script[1].replace(/(\w+):/g, '"$1":'));
  for (const lang of ["sv", "en", "fi-x-selko"]) {
    SHELL.forEach((key, index) => {
      const text = wanted(lang, key);
      if (texts[lang]?.[index] !== text) {
        problems.push(`index.html's pre-paint ${lang}[${index}] is "${texts[lang]?.[index]}"; locales/${lang}.ftl's \`${key}\` is "${text}"`);
      }
    });
  }
  return problems;
}

/** For the build: throws with every problem. */
export function checkShellTexts(indexHtml, localesDir = "locales") {
  const problems = shellTextProblems(readFileSync(indexHtml, "utf8"), localesDir);
  if (problems.length > 0) {
    throw new Error(`shell-texts: index.html differs from the translation files:\n  ${problems.join("\n  ")}`);
  }
}
