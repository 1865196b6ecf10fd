import "server-only";
import { ImageResponse } from "next/og";
import { GENERATED_IMAGE_SIZE } from "@/lib/structured-data";
import { ogFonts } from "./fonts";

// The social card for stories without an uploaded hero (generateMetadata prefers the hero).
// Text goes in as JSX children, so satori draws it as text: nothing here is parsed as markup.

type CardArticle = { headline: string; section: { name: string }; authors: Array<{ name: string }> };

const NAVY = "#14213d";
const RED = "#9b1c1c";

/** Long headlines step down so they still fit four lines of the card. */
function headlineSize(headline: string): number {
  if (headline.length > 110) return 48;
  if (headline.length > 70) return 58;
  return 68;
}

/** The 1200x630 PNG card: section, headline and bylines on the masthead's navy. */
export async function articleCardResponse(article: CardArticle): Promise<Response> {
  return new ImageResponse(
    (
      <div style={{ display: "flex", flexDirection: "column", width: "100%", height: "100%", background: NAVY, color: "#fff", fontFamily: "Merriweather", padding: "64px 72px" }}>
        <div style={{ display: "flex", alignItems: "center", fontSize: 28, fontWeight: 700, letterSpacing: 2, textTransform: "uppercase", color: "#fca5a5" }}>
          <div style={{ width: 48, height: 8, background: RED, marginRight: 20 }} />
          {article.section.name}
        </div>
        <div style={{ display: "flex", flex: 1, alignItems: "center", fontSize: headlineSize(article.headline), fontWeight: 700, lineHeight: 1.2 }}>
          {article.headline.length > 160 ? `${article.headline.slice(0, 157)}…` : article.headline}
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", borderTop: "2px solid rgba(255,255,255,0.3)", paddingTop: 28, fontSize: 30 }}>
          <div style={{ display: "flex", alignItems: "center", fontWeight: 700 }}>
            <div style={{ display: "flex", alignItems: "center", justifyContent: "center", width: 52, height: 52, borderRadius: 10, background: "#fff", color: NAVY, marginRight: 18 }}>G</div>
            The Gazette
          </div>
          <div style={{ display: "flex", fontWeight: 400, fontSize: 24, color: "#d6d3d1" }}>{article.authors.map((a) => a.name).join(", ")}</div>
        </div>
      </div>
    ),
    { ...GENERATED_IMAGE_SIZE, fonts: await ogFonts() },
  );
}
