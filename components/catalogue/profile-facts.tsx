/** Small pieces shared by cards and profile pages: rating, verified mark, labelled lists. */
import { Check, Star } from "lucide-react";
import type { Rating } from "@/lib/catalogue/profile-card";

export function RatingBadge({ rating }: { rating: Rating | null }) {
  if (!rating) return <span className="text-sm text-slate-500">No reviews yet</span>;
  return (
    <span className="text-sm text-slate-800" data-testid="rating">
      <Star aria-hidden className="inline h-4 w-4 fill-amber-400 align-[-2px] text-amber-500" />{" "}
      <span className="font-semibold">{rating.average.toFixed(1)}</span>
      <span className="text-slate-500">
        {" "}
        ({rating.count} {rating.count === 1 ? "review" : "reviews"})
      </span>
      <span className="sr-only"> out of 5</span>
    </span>
  );
}

export function VerifiedMark() {
  return (
    <span
      className="inline-flex items-center gap-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800"
      title="Qualifications checked by the Harbor team"
    >
      <Check aria-hidden className="h-3.5 w-3.5" /> Verified
    </span>
  );
}

export function Tags({ items }: { items: string[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {items.map((item) => (
        <li key={item} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs text-slate-700">
          {item}
        </li>
      ))}
    </ul>
  );
}
