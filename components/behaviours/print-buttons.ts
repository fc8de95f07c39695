/**
 * Print buttons in the browser: a press opens the print dialogue.
 */
export function printButtons(): void {
  document.addEventListener("click", (event) => {
    if ((event.target as Element | null)?.closest?.("[data-print]")) print();
  });
}
