/**
 * Copy buttons in the browser (components/copy-link-button.tsx): a press
 * copies the button's `data-copy` text, or without one the page's address
 * (without query or fragment), and the status beside it says so, to screen
 * readers too, for a moment.
 */
export function copyButtons(): void {
  const clearing = new WeakMap<Element, ReturnType<typeof setTimeout>>();
  const say = (status: Element | null | undefined, message = "") => {
    if (!status) return;
    status.textContent = message;
    clearTimeout(clearing.get(status));
    clearing.set(
      status,
      setTimeout(() => {
        status.textContent = "";
      }, 2500),
    );
  };

  document.addEventListener("click", async (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>("[data-copy]");
    if (!button) return;
    const status = button.parentElement?.querySelector('[role="status"]');
    try {
      await navigator.clipboard.writeText(button.dataset.copy || `${location.origin}${location.pathname}`);
      say(status, button.dataset.copied);
    } catch {
      say(status, button.dataset.failed);
    }
  });
}
