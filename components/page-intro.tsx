export function PageIntro({
  eyebrow,
  title,
  lede,
  children,
  actions,
}: {
  eyebrow?: React.ReactNode;
  title: string;
  lede?: string;
  /** Facts shown under the title: level, years, aliases. */
  children?: React.ReactNode;
  /** Controls shown after the lede, such as "Copy link". */
  actions?: React.ReactNode;
}) {
  return (
    <header className="mb-10">
      {/* A link in the eyebrow (the section a page belongs to) darkens on hover, however the page builds its eyebrow. */}
      {eyebrow && <div className="mb-3 text-sm text-tone-600 dark:text-tone-400 [&_a:hover]:text-tone-900 dark:[&_a:hover]:text-white">{eyebrow}</div>}
      <h1 className="text-3xl font-semibold tracking-tight text-balance text-tone-900 sm:text-4xl dark:text-white">{title}</h1>
      {children && <div className="mt-4 flex flex-wrap items-center gap-x-3 gap-y-2">{children}</div>}
      {lede && <p className="mt-4 max-w-2xl text-lg text-pretty text-tone-700 dark:text-tone-300">{lede}</p>}
      {actions && <div className="mt-5">{actions}</div>}
    </header>
  );
}
