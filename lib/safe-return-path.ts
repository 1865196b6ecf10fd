/** A same-site path to go back to after sign-in; anything else (other hosts, `//x`) falls back. */
export function safeReturnPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  return value;
}
