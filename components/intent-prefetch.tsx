"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

type Connection = { saveData?: boolean; effectiveType?: string };

/** Fetching ahead is a guess; a visitor who saves data or is on a 2G-class connection pays for none. */
function onSlowConnection(): boolean {
  const connection = (navigator as Navigator & { connection?: Connection }).connection;
  return Boolean(connection?.saveData) || /2g$/.test(connection?.effectiveType ?? "");
}

/** The route a link leads to on this site, without the base path; nothing for files, other sites and this page. */
function routeOf(anchor: Element | null, basePath: string): string | undefined {
  if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute("download")) return undefined;
  const { origin, pathname } = anchor;
  if (origin !== location.origin || pathname === location.pathname || /\.\w+$/.test(pathname)) return undefined;
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : undefined;
}

/** Safari has no requestIdleCallback; a short timeout after `load` stands in for it. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const handle = requestIdleCallback(task);
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 200);
  return () => clearTimeout(handle);
}

const onScreen = (anchor: Element) => {
  const { top, bottom } = anchor.getBoundingClientRect();
  return bottom > 0 && top < innerHeight;
};

/**
 * Fetches a page ahead when the visitor shows interest in its link (hover,
 * focus, touch), and the main navigation's pages once this page has loaded and
 * the browser is idle: after the page's own files, never before them.
 */
export function IntentPrefetch({ basePath }: { basePath: string }) {
  const router = useRouter();
  useEffect(() => {
    if (onSlowConnection()) return;
    const prefetch = (anchor: Element | null) => {
      const route = routeOf(anchor, basePath);
      if (route) router.prefetch(route);
    };
    const onIntent = (event: Event) => prefetch(event.target instanceof Element ? event.target.closest("a[href]") : null);
    const intents = ["pointerover", "focusin", "touchstart"] as const;
    for (const type of intents) document.addEventListener(type, onIntent, { passive: true });
    let cancelIdle = () => {};
    const prefetchOnScreen = () => {
      // Only the main navigation's few links: each page fetched ahead is parsed on the main thread, which a slow phone feels.
      cancelIdle = whenIdle(() => [...document.querySelectorAll("header nav a[href]")].filter(onScreen).forEach(prefetch));
    };
    if (document.readyState === "complete") prefetchOnScreen();
    else addEventListener("load", prefetchOnScreen, { once: true });
    return () => {
      for (const type of intents) document.removeEventListener(type, onIntent);
      removeEventListener("load", prefetchOnScreen);
      cancelIdle();
    };
  }, [router, basePath]);
  return null;
}
