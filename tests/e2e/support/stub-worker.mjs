// A stand-in for the catalogue worker, for tests of how the page draws screens the real worker
// does not (yet) produce for the bundled catalogue, and of how it copes with a worker that
// misbehaves. It answers each request with a screen chosen by the request's query, written in
// the page/worker wire format (crates/suunta-screens/src/wire: fields in declaration order,
// strings as `<bytes>:<text>`, numbers as `<digits>;`, every message after the version).
import { readFileSync } from "node:fs";

// The wire version of this build, read from its source so the stub cannot drift from it.
const VERSION = Number(
  /pub const VERSION: u32 = (\d+);/.exec(readFileSync(new URL("../../../crates/suunta-screens/src/wire/mod.rs", import.meta.url), "utf8"))[1],
);
const LANGS = ["fi", "sv", "en"];

const num = (value) => `${value};`;
const str = (text) => `${Buffer.byteLength(text, "utf8")}:${text}`;
const bool = (value) => num(value ? 1 : 0);
const opt = (value, write) => (value == null ? num(0) : num(1) + write(value));
const vec = (items, write) => num(items.length) + items.map(write).join("");
const lang = (id) => num(LANGS.indexOf(id));

const link = ({ href, text }) => str(href) + str(text);
const shown = ({ text, lang: language }) => str(text) + opt(language, lang);
const qr = ({ size, path }) => num(size) + str(path);
const channelLink = ({ kind, href, text, qr: code }) => str(kind) + str(href) + str(text) + opt(code, qr);
const channel = (c) =>
  str(c.kind) + str(c.label) + vec(c.links ?? [], channelLink) + opt(c.address, str) + opt(c.distance, str) +
  opt(c.status, str) + vec(c.details ?? [], str);
const card = (c) =>
  str(c.id) + shown(c.name) + str(c.kind) + opt(c.summary, shown) + vec(c.reasons ?? [], str) + opt(c.note, str) +
  vec(c.channels ?? [], channel) + str(c.href) + opt(c.provenance, str) + opt(c.report, link) + opt(c.here, str);
const pair = ([first, second]) => str(first) + str(second);
const mark = (m) => num(m.x) + num(m.y) + vec(m.numbers, num);
const map = (m) =>
  str(m.caption) + num(m.left) + num(m.top) + num(m.side) + num(m.width) + num(m.height) + str(m.outline) +
  num(m.mark) + opt(m.home, mark) + vec(m.places, mark);

const bodies = {
  start: (b) => num(0) + str(b.start_href),
  results: (b) =>
    num(3) + bool(b.urgent) + opt(b.message, str) + vec(b.cards, card) +
    vec(b.filters ?? [], (f) => str(f.label) + str(f.href) + bool(f.on)) + opt(b.map, map) + str(b.change_href) + str(b.start_again_href) + opt(b.catalogue_updated, str) +
    vec(b.links ?? [], (f) => str(f.label) + str(f.href) + bool(f.on)),
  service: (b) =>
    num(4) + card(b.card) + opt(b.description, shown) +
    vec(b.sections ?? [], (s) => str(s.heading) + vec(s.paragraphs, shown)) +
    vec(b.hours ?? [], (h) => str(h.caption) + vec(h.week, pair) + vec(h.exceptions ?? [], pair)) + str(b.back_href),
  failed: (b) => num(5) + str(b.message),
};

/** The wire text of a Screen answer, without the version and id the stub adds per request. */
export function screenAnswer(screen) {
  const chrome = screen.chrome ?? {
    help_now: { href: "?urgent=1", text: "Tarvitsen apua heti" },
    languages: LANGS.map((id) => ({ lang: id, plain: false, href: `?lang=${id}`, current: id === screen.lang })),
  };
  const body = bodies[screen.body.kind](screen.body);
  return (
    num(0) + lang(screen.lang) + str(screen.title) + str(screen.heading) + vec(screen.notes ?? [], str) +
    link(chrome.help_now) + vec(chrome.languages, (l) => lang(l.lang) + bool(l.plain) + str(l.href) + bool(l.current)) +
    opt(screen.search, (s) => str(s.value) + str(s.keep ?? "") + str(s.status ?? "")) + body
  );
}

/**
 * Serves the stub in place of the worker's loader. `answers` maps a query (as the page sends it)
 * to the wire text of an answer (`screenAnswer(...)`), or to `{ raw: "..." }` (a message sent as
 * it is), `{ wire, delayMs }` (an answer that takes that long) or `{ sequence: [wire, ...] }`
 * (a different answer each time, the last one repeated). The stub first says it is listening,
 * as an empty message.
 */
export async function useStubWorker(page, answers) {
  const table = Object.fromEntries(
    Object.entries(answers).map(([query, answer]) => [query, typeof answer === "string" ? { wire: answer } : answer]),
  );
  const script = `
    const answers = ${JSON.stringify(table)};
    const bytes = new TextEncoder();
    const text = new TextDecoder();
    postMessage("");
    onmessage = (event) => {
      const [, id, length, rest] = /^${VERSION};(\\d+);(\\d+):([\\s\\S]*)$/.exec(event.data);
      const query = text.decode(bytes.encode(rest).slice(0, Number(length)));
      const answer = answers[query];
      if (!answer) return;
      if (answer.sequence) answer.wire = answer.sequence.length > 1 ? answer.sequence.shift() : answer.sequence[0];
      const message = answer.raw ?? "${VERSION};" + id + ";" + answer.wire;
      setTimeout(() => postMessage(message), answer.delayMs ?? 0);
    };`;
  await page.route("**/suunta-worker_loader.js", (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: script }),
  );
}
