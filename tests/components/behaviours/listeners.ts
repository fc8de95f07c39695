/** Behaviours listen on the document for the page's life; a test removes what its behaviour added, so the next starts clean. */
import { afterEach, beforeEach, vi } from "vitest";

export function removeListenersAfterEach(): void {
  const added: Parameters<Document["addEventListener"]>[] = [];
  beforeEach(() => {
    const add = document.addEventListener.bind(document);
    vi.spyOn(document, "addEventListener").mockImplementation((...args: Parameters<Document["addEventListener"]>) => {
      added.push(args);
      add(...args);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    for (const [type, listener, options] of added.splice(0)) document.removeEventListener(type, listener, options);
  });
}
