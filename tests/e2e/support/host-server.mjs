// A stand-in for a municipality's web site: serves host pages (HTML strings registered by a
// test) on 127.0.0.1 and a port of its own, so the app embedded from `server.mjs` is on
// another origin, as it is in real life.
import { createServer } from "node:http";

export async function serveHostPages() {
  const pages = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url, "http://localhost").pathname;
    const html = pages.get(path);
    if (html === undefined) {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" });
    response.end(html);
  });
  await new Promise((done) => server.listen(0, "127.0.0.1", done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Serves `html` at `path` from now on; returns the page's address. */
    page(path, html) {
      pages.set(path, html);
      return `${origin}${path}`;
    },
    close: () => new Promise((done) => server.close(done)),
  };
}

/**
 * A plain host page around `body`, with the Content-Security-Policy README's "Embedding" asks
 * of a strict host: scripts and frames from the app's origin only, no inline script or style.
 */
export function hostPage(appOrigin, body, { title = "Kunnan sivu", frameSources = [] } = {}) {
  const frames = [appOrigin, ...frameSources].join(" ");
  const csp = `default-src 'none'; script-src ${appOrigin}; frame-src ${frames}; style-src 'none'; base-uri 'none'; object-src 'none'`;
  return `<!DOCTYPE html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<title>${title}</title>
</head>
<body>
<h1>${title}</h1>
<p>Ennen upotusta.</p>
${body}
<p id="after">Upotuksen jälkeen.</p>
</body>
</html>`;
}
