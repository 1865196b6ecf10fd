// The benchmark generator's text (see generate.ts): the vocabulary expanded into word lists with
// Zipf samplers, and headlines, sentences and Markdown bodies made from a story's context.
import { FIRST_NAMES, ORGANISATIONS, PLACES, SURNAMES } from "./names";
import { FUNCTION_WORDS, GENERAL_WORDS, RARE_WORDS, TOPICS } from "./vocabulary";

type WordList = { words: string[]; /** The plural, or null for a word that has none. */ plurals: (string | null)[] };

function expand(list: readonly string[]): WordList {
  const words: string[] = [];
  const plurals: (string | null)[] = [];
  for (const raw of list) {
    if (!raw) continue;
    const p = raw.endsWith("+");
    const w = p ? raw.slice(0, -1) : raw;
    if (SEEN.has(w)) continue;
    SEEN.add(w);
    words.push(w);
    plurals.push(p ? plural(w) : null);
  }
  return { words, plurals };
}
const SEEN = new Set<string>();
const FUNCTION = expand(FUNCTION_WORDS);
const GENERAL = expand(GENERAL_WORDS);
// Topics may share a word ("season", "crew"): the first topic listing it keeps it.
const TOPIC_LISTS = TOPICS.map((t) => expand(t));
const RARE = expand(RARE_WORDS);

/** Every base word of the vocabulary, commonest first (without plurals, names, places or numbers). */
export const WORDS: readonly string[] = [...FUNCTION.words, ...GENERAL.words, ...TOPIC_LISTS.flatMap((t) => t.words), ...RARE.words];

/** The long-tail words, commonest first. */
export const RARE_WORD_LIST: readonly string[] = RARE.words;

/** How many topics there are; a story's topics are indices into them. */
export const TOPIC_COUNT = TOPIC_LISTS.length;

/** The words of topic `i`, commonest first (for tests and the search benchmark's query list). */
export function topicWords(i: number): readonly string[] {
  return TOPIC_LISTS[i]?.words ?? [];
}

function plural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + "ies";
  if (/(s|x|z|ch|sh)$/.test(w)) return w + "es";
  return w + "s";
}

/**
 * Samples list positions 0..n-1 with probability ∝ 1 / (rank + q)^s, from a uniform r in [0, 1):
 * inverse CDF with a guide table (Chen and Asau), so a pick is one or two comparisons.
 */
function zipf(n: number, s: number, q = 1): (r: number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + q, s);
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  cdf[n - 1] = 1;
  const slots = n * 4;
  const guide = new Uint32Array(slots);
  for (let k = 0, i = 0; k < slots; k++) {
    while (cdf[i]! <= k / slots) i++;
    guide[k] = i;
  }
  return (r) => {
    let i = guide[Math.floor(r * slots)]!;
    while (cdf[i]! <= r) i++;
    return i;
  };
}

const pickFunction = zipf(FUNCTION.words.length, 1.05, 1.5);
const pickGeneral = zipf(GENERAL.words.length, 0.95, 4);
const pickTopicWord = TOPIC_LISTS.map((t) => zipf(t.words.length, 1.1, 1));
const pickTopic = zipf(TOPIC_LISTS.length, 1, 3);
const pickRare = zipf(RARE.words.length, 0.7, 5);
const pickPlace = zipf(PLACES.length, 0.8, 1);
const pickFirst = zipf(FIRST_NAMES.length, 0.5, 1);
const pickSurname = zipf(SURNAMES.length, 0.5, 1);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What a story is about and who is in it: shapes the words of its headline, dek and body. */
export type TextContext = {
  /** Topic indices, main topic first. */
  topics: number[];
  people: { first: string; last: string }[];
  places: string[];
  organisation: string;
};

/** A context for text about nothing in particular (comments, tests). */
export function makeContext(rng: () => number): TextContext {
  const topics = [pickTopic(rng())];
  const extra = rng() < 0.55 ? (rng() < 0.35 ? 2 : 1) : 0;
  for (let i = 0; i < extra; i++) {
    const t = pickTopic(rng());
    if (!topics.includes(t)) topics.push(t);
  }
  const people: TextContext["people"] = [];
  const nPeople = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < nPeople; i++) people.push({ first: FIRST_NAMES[pickFirst(rng())]!, last: SURNAMES[pickSurname(rng())]! });
  const places = [PLACES[pickPlace(rng())]!];
  if (rng() < 0.5) places.push(PLACES[pickPlace(rng())]!);
  return { topics, people, places, organisation: ORGANISATIONS[Math.floor(rng() * ORGANISATIONS.length)]! };
}

/** No topic, people or places (the default for a bare `sentence`). */
export const NO_CONTEXT: TextContext = { topics: [], people: [], places: [], organisation: "" };

function inflect(rng: () => number, list: WordList, i: number): string {
  const p = list.plurals[i];
  return p && rng() < 0.3 ? p : list.words[i]!;
}

function topicWord(rng: () => number, ctx: TextContext): string {
  const t = ctx.topics.length === 1 || rng() < 0.7 ? ctx.topics[0]! : ctx.topics[1 + Math.floor(rng() * (ctx.topics.length - 1))]!;
  return inflect(rng, TOPIC_LISTS[t]!, pickTopicWord[t]!(rng()));
}

function properNoun(rng: () => number, ctx: TextContext): string {
  const r = rng();
  if (r < 0.55 && ctx.people.length) {
    const p = ctx.people[Math.floor(rng() * ctx.people.length)]!;
    return rng() < 0.3 ? `${p.first} ${p.last}` : p.last;
  }
  if (r < 0.92 && ctx.places.length) return ctx.places[Math.floor(rng() * ctx.places.length)]!;
  return ctx.organisation || PLACES[0]!;
}

function numberWord(rng: () => number): string {
  const r = rng();
  if (r < 0.3) return String(1990 + Math.floor(rng() * 37)); // a year
  if (r < 0.7) return String(2 + Math.floor(rng() * 60));
  if (r < 0.9) return `£${1 + Math.floor(rng() * 99)}${rng() < 0.5 ? "m" : ",000"}`;
  return `${1 + Math.floor(rng() * 99)}%`;
}

/**
 * One word of running text. Shares: about 42% function words, 36% general vocabulary, 15% words
 * of the story's topics (none without a topic), 5% names and places, 1.5% numbers.
 */
function word(rng: () => number, ctx: TextContext, topicShare = 0.15): string {
  const r = rng();
  // The category's own slice of r is uniform too: it picks the word without another draw.
  if (r < 0.42) return FUNCTION.words[pickFunction(r / 0.42)]!;
  if (ctx.topics.length && r < 0.42 + topicShare) return topicWord(rng, ctx);
  if (r < 0.932) return inflect(rng, GENERAL, pickGeneral(rng()));
  if (r < 0.935) return inflect(rng, RARE, pickRare(rng()));
  if (r < 0.985 && (ctx.people.length || ctx.places.length)) return properNoun(rng, ctx);
  return numberWord(rng);
}

/** Sentence lengths: mostly 8-25 words, now and then very short or long (up to about 45). */
function sentenceLength(rng: () => number, min: number, max: number): number {
  const r = rng();
  const n = r < 0.1 ? min : r < 0.9 ? min + Math.floor(((rng() + rng()) / 2) * (max - min + 1)) : min + Math.floor(rng() * (max + 20 - min));
  return Math.max(min, n);
}

export function sentence(rng: () => number, min = 6, max = 26, ctx: TextContext = NO_CONTEXT): string {
  const n = sentenceLength(rng, min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(word(rng, ctx));
  if (n > 10 && rng() < 0.45) words[Math.floor(n / 2)] += ",";
  if (n > 18 && rng() < 0.3) words[Math.floor(n / 4)] += ",";
  return capitalise(words.join(" ")) + (rng() < 0.05 ? "?" : ".");
}

/** A sentence someone said, attributed: `"…," said Okoye.` */
function quote(rng: () => number, ctx: TextContext): string {
  const s = sentence(rng, 6, 22, ctx).slice(0, -1);
  const who = ctx.people.length ? ctx.people[Math.floor(rng() * ctx.people.length)]!.last : "a spokesperson";
  return `"${s}," said ${who}.`;
}

function paragraph(rng: () => number, ctx: TextContext): string {
  const n = 2 + Math.floor(rng() * 5);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng() < 0.12 ? quote(rng, ctx) : sentence(rng, 6, 26, ctx));
  return out.join(" ");
}

/** A Markdown body of about 300-1,100 words: paragraphs, sometimes a subheading, quote or list. */
export function markdownBody(rng: () => number, ctx: TextContext = makeContext(rng)): string {
  const blocks: string[] = [];
  const paragraphs = 5 + Math.floor(rng() * 10);
  for (let i = 0; i < paragraphs; i++) {
    const r = rng();
    if (i > 1 && r < 0.12) blocks.push(`## ${headlineText(rng, ctx, 2, 6)}`);
    else if (i > 1 && r < 0.2) blocks.push(`> ${sentence(rng, 10, 24, ctx)}`);
    else if (i > 1 && r < 0.25) {
      const items = 3 + Math.floor(rng() * 3);
      const list: string[] = [];
      for (let j = 0; j < items; j++) list.push(`- ${sentence(rng, 4, 12, ctx)}`);
      blocks.push(list.join("\n"));
    }
    blocks.push(paragraph(rng, ctx));
  }
  return blocks.join("\n\n");
}

/** Headline words: fewer function words, more of the topic and its people and places. */
export function headlineText(rng: () => number, ctx: TextContext, min: number, max: number): string {
  const n = min + Math.floor(rng() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < 0.2) words.push(FUNCTION.words[pickFunction(rng())]!);
    else if (r < 0.6 && ctx.topics.length) words.push(topicWord(rng, ctx));
    else if (r < 0.72) words.push(properNoun(rng, ctx));
    else words.push(word(rng, ctx, 0.3));
  }
  return capitalise(words.join(" "));
}
