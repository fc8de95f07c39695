/**
 * Print buttons in the browser: a press opens the print dialogue.
 *
 * Sent to the browser as its source text (components/site-behaviours.tsx): it
 * uses nothing from outside its body.
 */
export function printButtons(): void {
  document.addEventListener("click", (event) => {
    if ((event.target as Element | null)?.closest?.("[data-print]")) print();
  });
}
