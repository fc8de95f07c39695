/**
 * Fetches a page of this site ahead when the visitor shows interest in its
 * link (hover, focus, touch), and the main navigation's pages once this page
 * has loaded and the browser is idle: after the page's own files, never before
 * them. Fetching ahead is a guess, so a visitor who saves data or is on a
 * 2G-class connection pays for none. The page goes into the browser's cache
 * (`<link rel="prefetch">`), so the visit that follows starts from it.
 */
export function intentPrefetch(): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean; effectiveType?: string } }).connection;
  if (connection?.saveData || /2g$/.test(connection?.effectiveType ?? "")) return;

  const fetched = new Set([location.pathname]);
  // A link in HTML or in a drawing (the radar's points are SVG links, whose href is not a URL property).
  const prefetch = (anchor: Element | null | undefined) => {
    const href = anchor?.getAttribute("href");
    if (!anchor || !href || anchor.getAttribute("target") || anchor.hasAttribute("download")) return;
    const { origin, pathname } = new URL(href, document.baseURI);
    // Files (the résumé's PDF, feeds) are not pages; a visitor rarely opens them.
    if (origin !== location.origin || fetched.has(pathname) || /\.\w+$/.test(pathname)) return;
    fetched.add(pathname);
    const link = document.createElement("link");
    link.rel = "prefetch";
    link.href = `${origin}${pathname}`;
    document.head.append(link);
  };
  const onIntent = (event: Event) => prefetch((event.target as Element | null)?.closest?.("a[href]"));
  for (const type of ["pointerover", "focusin", "touchstart"]) document.addEventListener(type, onIntent, { passive: true });

  const onScreen = (anchor: Element) => {
    const { top, bottom } = anchor.getBoundingClientRect();
    return bottom > 0 && top < innerHeight;
  };
  // Only the main navigation's few links: each page fetched ahead costs a slow phone some work.
  const prefetchNavigation = () => {
    for (const anchor of document.querySelectorAll("header nav a[href]")) if (onScreen(anchor)) prefetch(anchor);
  };
  // Safari has no requestIdleCallback; a short timeout after `load` stands in for it.
  const whenIdle = () => (typeof requestIdleCallback === "function" ? requestIdleCallback(prefetchNavigation) : setTimeout(prefetchNavigation, 200));
  if (document.readyState === "complete") whenIdle();
  else addEventListener("load", whenIdle, { once: true });
}
