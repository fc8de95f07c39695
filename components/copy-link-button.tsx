export interface CopyLabels {
  copy: string;
  copied: string;
  failed: string;
}

/**
 * Copies `text`, or without it the page's address (without query or
 * fragment), and says so to screen readers too, in the words of `labels`
 * (the interface's `copy.link` or `copy.bibtex`): components/behaviours/copy-buttons.ts.
 */
export function CopyLinkButton({ text, labels }: { text?: string; labels: CopyLabels }) {
  return (
    <span className="inline-flex items-center gap-3">
      <button
        type="button"
        data-copy={text ?? ""}
        data-copied={labels.copied}
        data-failed={labels.failed}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-tone-300 px-4 text-sm font-medium text-tone-800 hover:border-accent hover:text-accent-strong dark:border-tone-700 dark:text-tone-200"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.6">
          <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" strokeLinecap="round" />
        </svg>
        {labels.copy}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-tone-600 dark:text-tone-400" />
    </span>
  );
}
