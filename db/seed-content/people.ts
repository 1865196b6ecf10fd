import type { SectionSlug, WriterSlug } from "./types";

export const SEED_SECTIONS: ReadonlyArray<{ slug: SectionSlug; name: string; description: string }> = [
  { slug: "news", name: "News", description: "What is happening across Portwell today." },
  { slug: "politics", name: "Politics", description: "City hall, the wards and the people who run them." },
  { slug: "business", name: "Business", description: "Shops, jobs, markets and the local economy." },
  { slug: "culture", name: "Culture", description: "Arts, music, libraries and life after hours." },
  { slug: "science", name: "Science", description: "Research, environment and health, close to home." },
  { slug: "opinion", name: "Opinion", description: "Columns and comment from the Gazette and its readers." },
];

export const SEED_TAGS = [
  "Flooding",
  "City council",
  "Transport",
  "Housing",
  "Education",
  "Environment",
  "Arts",
  "Local business",
  "Budget",
  "Community",
  "Health",
] as const;

/** Bios and avatars for the writers; the four demo logins get theirs by slug. */
export const WRITER_PROFILES: Record<WriterSlug, { bio: string }> = {
  "morgan-hale": {
    bio: "Morgan Hale is the Gazette's editor-in-chief and has covered Portwell for twenty years, starting on the night desk.",
  },
  "priya-raman": {
    bio: "Priya Raman edits the news and politics desks. Before joining the Gazette she reported on local government for a regional wire service.",
  },
  "tomas-ferreira": {
    bio: "Tomás Ferreira reports on transport, housing and the riverside. He rides the number 4 bus to work and hears most of his stories on it.",
  },
  "jun-okafor": {
    bio: "Jun Okafor looks after the Gazette's reader community and comment sections, and occasionally writes about how we work.",
  },
  "lena-kowalski": {
    bio: "Lena Kowalski writes about culture, libraries and small business. She has reviewed every venue on Mill Street at least once.",
  },
  "samuel-adeyemi": {
    bio: "Samuel Adeyemi covers science, health and education, with a soft spot for anything that lives in the River Sable.",
  },
};

/** Byline-only writers: real accounts with an unguessable password nobody is told. */
export const EXTRA_AUTHORS = [
  { name: "Lena Kowalski", email: "lena.kowalski@gazette.test" },
  { name: "Samuel Adeyemi", email: "samuel.adeyemi@gazette.test" },
] as const;

/** A few fixed, made-up IP hashes so seeded comments can be grouped like real ones. */
export const SEED_IP_HASHES = [
  "5f2c9a7e1b3d4c6a8e0f1a2b3c4d5e6f",
  "a17e04c3d92b5f6e8a1c0b7d3e9f2a4c",
  "0c8b6d4f2a1e3c5b7d9f0e2a4c6b8d1f",
  "e3d1c9b7a5f3e1d9c7b5a3f1e9d7c5b3",
] as const;
/** The spammer's hash, shared by every spam comment. */
export const SPAM_IP_HASH = "dead0beef0c0ffee0badc0de0facade0";
