// The service worker: keeps one whole deployment of the app on the device, so that after one
// visit every page works with no network, even after a reboot. This is a template: the release
// build (scripts/service-worker.mjs) replaces the two placeholders below with the deployment's
// precache list (every file in dist/ with its sha256) and a version derived from that list, and
// writes the result to dist/service-worker.js. Any change to any file is a new version, so the
// browser installs it as an update.
//
// What it stores is the app's own files, never anything a visitor answers: answers live in the
// URL query, and navigations are answered with the one cached index.html whatever their query.
"use strict";

/** [{ url, integrity }]: every file of this deployment, relative to this script. */
const PRECACHE = self.__SUUNTA_PRECACHE__;
/** Names this deployment's cache; a new deployment is a new cache. */
const VERSION = self.__SUUNTA_VERSION__;

const CACHE_PREFIX = "suunta-precache-";
const CACHE = CACHE_PREFIX + VERSION;
const SCOPE = new URL("./", self.location).href;
const SHELL = SCOPE; // index.html, stored under the address the app is opened at
const PRECACHED = new Set(PRECACHE.map((entry) => new URL(entry.url, SCOPE).href));

// Install: download every file, each checked against its hash by the browser (fetch's
// `integrity`), and store them only when all of them arrived whole. If one is missing or
// different, installation fails: this version is discarded and the working one stays.
self.addEventListener("install", (event) => {
  event.waitUntil(
    precache().catch(async (error) => {
      await caches.delete(CACHE);
      throw error;
    }),
  );
});

async function precache() {
  const responses = await Promise.all(
    PRECACHE.map(async ({ url, integrity }) => {
      const address = new URL(url, SCOPE).href;
      // no-cache: revalidate with the host, so a stale HTTP-cached copy cannot slip in (it
      // would fail the integrity check and the install anyway) and an unchanged file costs a 304.
      const response = await fetch(address, { cache: "no-cache", integrity, credentials: "same-origin" });
      if (!response.ok) throw new Error(`service worker: ${url} answered ${response.status}`);
      return [address, await storable(response)];
    }),
  );
  const cache = await caches.open(CACHE);
  await Promise.all(responses.map(([address, response]) => cache.put(address, response)));
}

/** A redirected response cannot answer a navigation, so store its body under a plain one. */
async function storable(response) {
  if (!response.redirected) return response;
  return new Response(await response.blob(), { status: response.status, headers: response.headers });
}

// Activate: this version now serves; the caches of every earlier one go.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

// A waiting version takes over only when the page asks (the visitor took "a new version is
// available", or a kiosk is resetting): never in the middle of someone's questionnaire.
self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "activate-update") self.skipWaiting();
});

// Fetch: this deployment's files from the cache (an app page, whatever its query, is
// index.html); anything else from the network, untouched and unstored.
self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  let key;
  if (request.mode === "navigate" && (url.href === SCOPE || url.href === SCOPE + "index.html")) key = SHELL;
  else if (PRECACHED.has(url.href)) key = url.href;
  else return;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(key))
      .then((cached) => cached || fetch(request)),
  );
});
