/**
 * Scores the offline claim spotter against the hand-built corpus gold set.
 *
 *   npx tsx bench/suggestions-eval.ts
 *
 * Headline match: a suggestion overlapping a gold span with the same value
 * (and valueMax for ranges). Also reports exact-span matches and value,
 * kind and qualifier accuracy, then lists every miss and false positive.
 */
import { performance } from "node:perf_hooks";
import { loadGold, scoreSuggestions } from "../lib/claims/gold/gold";
import { suggestClaims } from "../lib/claims/suggest-claims";

const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const show = (s: {
  exact: string;
  start: number;
  value: number;
  valueMax?: number;
  qualifier: string;
  kind: string;
}): string =>
  `@${s.start} "${s.exact}" → ${s.kind} ${s.qualifier} ${s.value}${s.valueMax === undefined ? "" : `–${s.valueMax}`}`;

const gold = loadGold();
const t0 = performance.now();
const score = scoreSuggestions(gold, suggestClaims);
const ms = performance.now() - t0;
const matched = score.files.reduce((n, f) => n + f.matched.length, 0);
const chars = gold.reduce((n, g) => n + g.text.length, 0);

console.log(`Claim spotter vs corpus gold (${gold.length} files, ${chars} chars, ${ms.toFixed(1)} ms)`);
console.log(`  suggestions ${score.suggestions}, gold figures ${score.gold}, matched ${matched}`);
console.log(`  precision   ${pct(score.precision)}  (span overlap + correct value)`);
console.log(`  recall      ${pct(score.recall)}`);
console.log(`  F1          ${pct(score.f1)}`);
console.log(`  exact-span  ${score.exactSpan}/${matched} matches`);
console.log(`  value acc.  ${pct(score.valueAccuracy)}  (of gold figures with an overlapping suggestion)`);
console.log(`  kind acc.   ${pct(score.kindAccuracy)}   qualifier acc. ${pct(score.qualifierAccuracy)}  (of matches)`);
console.log(`  casualty recall ${score.casualtyMatched}/${score.casualtyGold}`);

for (const f of score.files) {
  const problems = f.misses.length + f.falsePositives.length + f.wrongValue.length;
  const wrongKind = f.matched.filter(
    (p) => p.gold.kind !== p.suggestion.kind || p.gold.qualifier !== p.suggestion.qualifier,
  );
  console.log(
    `\n${f.file}: ${f.matched.length} matched, ${f.misses.length} missed, ${f.falsePositives.length} false positive(s)`,
  );
  if (problems === 0 && wrongKind.length === 0) continue;
  for (const p of f.wrongValue) console.log(`  WRONG VALUE gold ${show(p.gold)} | got ${show(p.suggestion)}`);
  for (const m of f.misses.filter((m) => !f.wrongValue.some((p) => p.gold === m))) console.log(`  MISS ${show(m)}`);
  for (const s of f.falsePositives) console.log(`  FALSE POSITIVE ${show(s)}`);
  for (const p of wrongKind) console.log(`  KIND/QUALIFIER gold ${show(p.gold)} | got ${show(p.suggestion)}`);
}
