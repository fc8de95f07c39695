/** Links away from the site (a project's address, a paper's DOI, a talk's slides), each shown only when the content gives it. */
export function ExternalLinks({ links }: { links: { label: string; url?: string }[] }) {
  const given = links.filter((link): link is { label: string; url: string } => Boolean(link.url));
  if (given.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-6 gap-y-2">
      {given.map((link) => (
        <li key={link.url}>
          <a href={link.url} rel="noopener" className="inline-flex min-h-11 items-center font-medium text-accent hover:underline">
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
