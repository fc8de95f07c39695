export function Section({
  title,
  description,
  id,
  action,
  children,
}: {
  title: string;
  description?: string;
  id?: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  const headingId = `${id ?? title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-heading`;
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-8">
      <div className="mb-5 flex flex-wrap items-end justify-between gap-x-6 gap-y-1">
        <div>
          <h2 id={headingId} className="text-xl font-semibold tracking-tight text-tone-900 dark:text-white">
            {title}
          </h2>
          {description && <p className="mt-1 max-w-prose text-sm text-tone-600 dark:text-tone-400">{description}</p>}
        </div>
        {action}
      </div>
      {children}
    </section>
  );
}
