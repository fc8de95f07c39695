import { Link } from "@/components/link";

/** A record in a list (an article, a publication, a talk): its title linking to its page, then what the kind shows under it. */
export function RecordEntry({
  href,
  title,
  heading: Heading = "h3",
  children,
}: {
  href: string;
  title: string;
  heading?: "h2" | "h3";
  children: React.ReactNode;
}) {
  return (
    <article>
      <Heading className="text-lg font-semibold text-pretty text-tone-900 dark:text-white">
        <Link href={href} className="hover:text-accent-strong">
          {title}
        </Link>
      </Heading>
      {children}
    </article>
  );
}
