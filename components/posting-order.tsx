"use client";

/**
 * The résumé ordered for a job posting passed in the URL fragment (see
 * lib/resume/posting-fragment.ts): the lists keep their server-rendered
 * items and only change their order, matched first. Without JavaScript, or
 * without a posting, the page stays as rendered. The matcher loads only when
 * there is a posting to match.
 */
import { createContext, type ReactNode, use, useEffect, useState } from "react";
import { hydrates } from "@/lib/hydrates";
import type { Messages } from "@/lib/i18n/en";
import { postingFromFragment } from "@/lib/resume/posting-fragment";
import type { SkillIndexEntry } from "@/lib/search/skill-index";

/** Skill slug → its place in the posting (0 first); skills the posting does not name are absent. */
type Ranking = ReadonlyMap<string, number>;

const RankingContext = createContext<Ranking | undefined>(undefined);

function clearFragment() {
  history.replaceState(history.state, "", location.pathname + location.search);
}

type OrderLabels = Pick<Messages["resume"], "ordered" | "orderedNoneNamed" | "usualOrder">;

export function PostingOrder({ index, labels, children }: { index: SkillIndexEntry[]; labels: OrderLabels; children: ReactNode }) {
  const [ranking, setRanking] = useState<Ranking>();

  useEffect(() => {
    let current = true;
    const read = () => {
      const posting = postingFromFragment(location.hash);
      if (!posting) {
        setRanking(undefined);
        return;
      }
      void import("@/lib/search/match-posting").then(({ matchPosting }) => {
        const { matched, learning } = matchPosting(posting, index);
        if (current) setRanking(new Map([...matched, ...learning].map(({ entry }, place) => [entry.slug, place])));
      });
    };
    read();
    window.addEventListener("hashchange", read);
    return () => {
      current = false;
      window.removeEventListener("hashchange", read);
    };
  }, [index]);

  return (
    <RankingContext value={ranking}>
      <div {...hydrates} className="contents">
        {ranking && (
          <p
            role="status"
            className="mb-6 flex flex-wrap items-center justify-between gap-2 rounded-lg bg-accent-soft px-4 py-2 text-accent-strong print:hidden"
          >
            <span>{ranking.size === 0 ? labels.orderedNoneNamed : labels.ordered}</span>
            <button
              type="button"
              onClick={() => {
                clearFragment();
                setRanking(undefined);
              }}
              className="min-h-11 font-medium underline"
            >
              {labels.usualOrder}
            </button>
          </p>
        )}
        {children}
      </div>
    </RankingContext>
  );
}

export interface OrderedItem {
  key: string;
  /** Slugs of the skills behind the item: its place is that of the first one the posting names. */
  skills: readonly string[];
  node: ReactNode;
}

function place(item: OrderedItem, ranking: Ranking): number {
  return Math.min(...item.skills.map((slug) => ranking.get(slug) ?? Infinity));
}

/**
 * A list whose items come first when the posting names a skill behind them,
 * in the posting's order; the rest keep their order. Matched items carry
 * `data-matched`, for styles to show it.
 */
export function PostingOrdered({
  items,
  as: List = "ul",
  className,
  itemClassName,
}: {
  items: OrderedItem[];
  as?: "ul" | "dl";
  className?: string;
  itemClassName?: string;
}) {
  const ranking = use(RankingContext);
  const ordered = ranking
    ? items.map((item) => ({ item, place: place(item, ranking) })).sort((a, b) => a.place - b.place)
    : items.map((item) => ({ item, place: Infinity }));
  const Item = List === "ul" ? "li" : "div";
  return (
    <List className={className}>
      {ordered.map(({ item, place }) => (
        <Item key={item.key} className={itemClassName} data-matched={Number.isFinite(place) || undefined}>
          {item.node}
        </Item>
      ))}
    </List>
  );
}
