// Offline shell: cache the static assets and an offline page; pages themselves are always fetched fresh
// (they are personal and change with every play), falling back to the offline page without a network.
const CACHE = "encore-shell-v1";
const SHELL = ["/ui/offline", "/ui/static/app.css", "/ui/static/app.js", "/ui/static/icon.svg", "/ui/vendor/htmx.min.js"];
self.addEventListener("install", e => e.waitUntil(caches.open(CACHE).then(c => c.addAll(SHELL)).then(() => self.skipWaiting())));
self.addEventListener("activate", e => e.waitUntil(caches.keys()
  .then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k)))).then(() => self.clients.claim())));
self.addEventListener("fetch", e => {
  const req = e.request;
  if (req.method !== "GET") return;
  if (req.mode === "navigate") {
    e.respondWith(fetch(req).catch(() => caches.match("/ui/offline")));
  } else if (SHELL.includes(new URL(req.url).pathname)) {
    e.respondWith(caches.match(req).then(hit => hit || fetch(req)));
  }
});
