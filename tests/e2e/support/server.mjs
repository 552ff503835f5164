// A static file server for the production build, on 127.0.0.1 and a free port. Paths without a
// file extension fall back to index.html, as a static host configured for a single-page app
// does. Every request is recorded so tests can assert what the app fetched.
//
// By default every file goes out uncompressed with `cache-control: no-cache`, which is all the
// browser tests need. `{ production: true }` serves as a production host would, so that
// Lighthouse measures what a phone would really download: brotli (quality 11) when the request
// accepts it, gzip otherwise, and immutable caching for the content-hashed assets.
//
// `{ http2: true }` serves over HTTP/2 with TLS (a certificate made for the run, which the
// browser must be told to accept), as a production host does: every request on one connection.
// Lighthouse needs it: over HTTP/1.1 the browser opens a new connection whenever the others are
// busy, which its simulation charges a round trip (150 ms on Slow 4G), so a page's simulated LCP
// jumped between two values from run to run with how the requests happened to overlap.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { createSecureServer } from "node:http2";
import { tmpdir } from "node:os";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, basename } from "node:path";
import { brotliCompressSync, gzipSync, constants as zlib } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
};

// Already-compressed formats (png) gain nothing from a second pass, as on a real host.
const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".wasm",
  ".css",
  ".json",
  ".svg",
  ".webmanifest",
  ".txt",
]);

// Trunk names what it hashes `name-<16 hex>.js`, `name-<16 hex>_bg.wasm` (and css): a new
// build gets new names, so these may be cached for good; everything else must be revalidated.
const HASHED_ASSET = /-[0-9a-f]{16}(?:_bg)?\.(?:js|wasm|css)$/;

/**
 * Serves `directory`. Options: `production` (default false) adds compression and production
 * caching headers; `http2` (default false) serves over HTTP/2 with TLS; see the file comment.
 * `port` (default: a free one) lets a test serve a new deployment at the same origin as an
 * earlier one (the offline tests).
 */
export async function serveDirectory(
  directory = "dist",
  { production = false, http2 = false, port: wanted = 0 } = {},
) {
  const root = resolve(directory);
  const requests = [];
  const compressed = new Map();
  const serve = async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    requests.push(path);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
    } catch {
      if (extname(file) === "") file = join(root, "index.html");
    }
    let body;
    try {
      body = await readFile(file);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const headers = { "content-type": TYPES[extname(file)] ?? "application/octet-stream" };
    if (!production) {
      headers["cache-control"] = "no-cache";
      response.writeHead(200, headers).end(body);
      return;
    }
    headers["cache-control"] = HASHED_ASSET.test(basename(file))
      ? "public, max-age=31536000, immutable"
      : "no-cache";
    if (COMPRESSIBLE.has(extname(file))) {
      headers.vary = "accept-encoding";
      const encoding = chooseEncoding(request.headers["accept-encoding"]);
      if (encoding) {
        headers["content-encoding"] = encoding;
        body = compressOnce(compressed, file, body, encoding);
      }
    }
    headers["content-length"] = body.length;
    response.writeHead(200, headers);
    response.end(request.method === "HEAD" ? undefined : body);
  };
  const server = http2
    ? createSecureServer({ ...certificateFor127(), allowHTTP1: true }, serve)
    : createServer(serve);
  await new Promise((done) => server.listen(wanted, "127.0.0.1", done));
  const { port } = server.address();
  return {
    origin: `${http2 ? "https" : "http"}://127.0.0.1:${port}`,
    /** The body of `path` as the browser would get it with `accept-encoding`, or null. */
    compressedBody: (path, acceptEncoding = "br") => {
      const file = join(root, path);
      const encoding = chooseEncoding(acceptEncoding);
      if (!production || !encoding || !COMPRESSIBLE.has(extname(file))) return null;
      return compressOnce(compressed, file, readFileSync(file), encoding);
    },
    requests,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** A self-signed certificate for 127.0.0.1, valid for a day, made with Debian's openssl. */
function certificateFor127() {
  const dir = mkdtempSync(join(tmpdir(), "suunta-tls-"));
  try {
    execFileSync("openssl", [
      "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
      "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"), "-days", "1",
      "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
    ], { stdio: "ignore" });
    return { key: readFileSync(join(dir, "key.pem")), cert: readFileSync(join(dir, "cert.pem")) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "br" if the client accepts brotli, else "gzip" if it accepts gzip, else none. */
function chooseEncoding(acceptEncoding = "") {
  const accepted = new Map();
  for (const part of acceptEncoding.split(",")) {
    const [name, ...parameters] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const q = parameters.map((p) => p.trim()).find((p) => p.startsWith("q="));
    accepted.set(name, q === undefined ? 1 : Number(q.slice(2)));
  }
  const allows = (name) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  if (allows("br")) return "br";
  if (allows("gzip")) return "gzip";
  return undefined;
}

/**
 * Brotli at quality 11 takes a noticeable moment on a large wasm, so each file is compressed
 * once per encoding. The key includes the content's hash, so a `dist/` rebuilt under a running
 * server is never answered from a stale entry.
 */
function compressOnce(cache, file, body, encoding) {
  const key = `${encoding} ${file} ${body.length} ${checksum(body)}`;
  let result = cache.get(key);
  if (!result) {
    result =
      encoding === "br"
        ? brotliCompressSync(body, {
            params: {
              [zlib.BROTLI_PARAM_QUALITY]: 11,
              [zlib.BROTLI_PARAM_SIZE_HINT]: body.length,
            },
          })
        : gzipSync(body, { level: 9 });
    cache.set(key, result);
  }
  return result;
}

function checksum(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}
