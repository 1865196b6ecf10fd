import { publisherJsonLd } from "./structured-data";

/** One step of a breadcrumb trail; the last one is the page itself. */
export type Crumb = { name: string; path: string };

const HOME: Crumb = { name: "Home", path: "/" };

// The trails are built once here so the visible nav and the BreadcrumbList JSON-LD never disagree.
export function articleCrumbs(article: { slug: string; headline: string; section: { slug: string; name: string } }): Crumb[] {
  return [
    HOME,
    { name: article.section.name, path: `/sections/${article.section.slug}` },
    { name: article.headline, path: `/articles/${article.slug}` },
  ];
}

export function sectionCrumbs(section: { slug: string; name: string }): Crumb[] {
  return [HOME, { name: section.name, path: `/sections/${section.slug}` }];
}

// There is no index of writers, so an author's trail goes straight from Home to the profile.
export function authorCrumbs(author: { slug: string; name: string }): Crumb[] {
  return [HOME, { name: author.name, path: `/authors/${author.slug}` }];
}

export function tagCrumbs(tag: { slug: string; name: string }): Crumb[] {
  return [HOME, { name: tag.name, path: `/tags/${tag.slug}` }];
}

export function correctionsCrumbs(): Crumb[] {
  return [HOME, { name: "Corrections", path: "/corrections" }];
}

/**
 * The trail of page `page` of a list whose page-1 trail is `crumbs`: from page 2 on, the list's
 * crumb becomes a link back to page 1 and "Page N" is the current page, at the list's
 * `/page/N` address (the same address as pageHref in components/site/pagination.tsx).
 */
export function pagedCrumbs(crumbs: Crumb[], page: number): Crumb[] {
  const list = crumbs.at(-1);
  if (page <= 1 || !list) return crumbs;
  return [...crumbs, { name: `Page ${page}`, path: `${list.path}/page/${page}` }];
}

/** schema.org BreadcrumbList; positions start at 1 and every item is an absolute address. */
export function breadcrumbJsonLd(crumbs: Crumb[], origin: URL) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      item: new URL(crumb.path, origin).toString(),
    })),
  };
}

export type JsonLdAuthor = { slug: string; name: string; bio: string; avatarUrl: string | null };

/**
 * A writer's page as Google's profile-page guidelines describe it: a ProfilePage whose mainEntity
 * is the Person (name, url, description, image), who works for the publisher.
 */
export function profilePageJsonLd(author: JsonLdAuthor, origin: URL) {
  const url = new URL(`/authors/${author.slug}`, origin).toString();
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url,
    mainEntity: {
      "@type": "Person",
      name: author.name,
      url,
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.avatarUrl ? { image: new URL(author.avatarUrl, origin).toString() } : {}),
      worksFor: publisherJsonLd(origin),
    },
  };
}

/** A section front: a CollectionPage listing the stories shown on it, in order. */
export function collectionPageJsonLd(
  section: { slug: string; name: string; description: string },
  articles: Array<{ slug: string; headline: string }>,
  origin: URL,
) {
  const url = new URL(`/sections/${section.slug}`, origin).toString();
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    name: section.name,
    url,
    ...(section.description ? { description: section.description } : {}),
    isPartOf: { "@type": "WebSite", name: "The Gazette", url: new URL("/", origin).toString() },
    mainEntity: {
      "@type": "ItemList",
      itemListElement: articles.map((a, i) => ({
        "@type": "ListItem",
        position: i + 1,
        url: new URL(`/articles/${a.slug}`, origin).toString(),
        name: a.headline,
      })),
    },
  };
}
