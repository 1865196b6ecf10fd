/**
 * Today's date for the masthead. Pages are cached renders, so a server-rendered date would go
 * stale; public/reader.js fills it in from the reader's clock (nothing shows without JavaScript).
 * suppressHydrationWarning: while Next's runtime still loads, the script may fill it first.
 */
export function Today() {
  return (
    <span data-today suppressHydrationWarning>
      {""}
    </span>
  );
}
