import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function Landing() {
  return (
    <main className="mx-auto flex min-h-dvh max-w-2xl flex-col justify-center gap-8 p-6">
      <div className="space-y-4">
        <p className="text-sm font-semibold tracking-wide text-harbor-700 uppercase">Harbor</p>
        <h1 className="text-3xl leading-tight font-bold sm:text-4xl">
          Talk to a psychologist, lawyer or financial adviser — confidentially, on your schedule.
        </h1>
        <p className="text-lg text-slate-700">
          Your employer pays for a number of consultations. You choose the specialist yourself, book a time, and talk by chat, phone or video. Nobody at your
          workplace learns that you used it.
        </p>
      </div>
      <ul className="grid gap-3 text-sm text-slate-700 sm:grid-cols-3">
        <li className="rounded-lg bg-white p-4 shadow-sm">Pick from verified specialists by experience, method and reviews.</li>
        <li className="rounded-lg bg-white p-4 shadow-sm">No need to explain your problem to anyone before you start.</li>
        <li className="rounded-lg bg-white p-4 shadow-sm">Your employer sees only anonymous totals, never names.</li>
      </ul>
      <div className="flex flex-wrap gap-3">
        <Link href="/login" className={buttonClass("primary")}>
          Sign in
        </Link>
      </div>
      <p className="text-sm text-slate-600">
        First time here? Use the link your employer shared, or{" "}
        <Link href="/register" className="font-semibold text-harbor-700 underline">
          register with your organisation code
        </Link>
        .
      </p>
    </main>
  );
}
