/** Opens the print dialogue (components/behaviours/print-buttons.ts). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      data-print=""
      className="inline-flex min-h-11 items-center rounded-lg bg-accent px-4 text-sm font-semibold text-on-accent hover:bg-accent-strong"
    >
      {label}
    </button>
  );
}
