import type { SeedArticle } from "./types";

export const CULTURE_ARTICLES: SeedArticle[] = [
  {
    slug: "library-opening-hours-extended",
    headline: "Central Library to open late four nights a week",
    dek: "From next month the library will stay open until 9pm from Monday to Thursday, and open on Sunday afternoons.",
    section: "culture",
    authors: ["lena-kowalski"],
    tags: ["education", "community"],
    hero: {
      image: "/images/library.svg",
      alt: "Illustration of tall bookshelves in warm light with a reading lamp",
      caption: "The Central Library's reading room will stay open until 9pm. Illustration: The Gazette",
    },
    hoursAgo: 50,
    updatedHoursLater: 3,
    commentsOpen: false,
    body: `Portwell Central Library will stay open until 9pm from Monday to Thursday and open on Sunday afternoons from next month, the first extension of its hours in more than a decade.

## Why now

The library says demand in the evenings has grown steadily since it began hosting homework clubs and job-search sessions. Its study spaces regularly fill up by 4pm, and staff had been turning people away before the 6pm closing time.

Head librarian Yusuf Rahman said students, shift workers and parents with young children had all asked for longer hours.

> A library that closes when people finish work is a library for people who do not work. We want to be open when the city actually has time to come.

## What will be available

Not every service will run late. In the evenings and on Sundays visitors can expect:

- The reading room, study desks and free Wi-Fi
- Borrowing and returns at the self-service machines
- Public computers and printing
- A staffed enquiry desk until 8pm

The local history archive and the children's library will keep their current hours for now.

## How it is paid for

The extra hours cost around £140,000 a year. Most of that comes from moving staff from a reduced mobile library route, with the rest from a three-year grant from the Portwell Community Foundation. Two new part-time posts will be advertised.

*Update: this article was amended to make clear that the children's library keeps its current hours.*

Comments on this article are closed. Library opening times are listed on the [libraries page](https://www.portwell.example.org/libraries).`,
  },
  {
    slug: "jazz-festival-returns-to-bandstand",
    headline: "Jazz festival returns to the Albion Park bandstand after five years",
    dek: "Three days of free concerts, a youth big band and a late-night session at the Corn Exchange.",
    section: "culture",
    authors: ["lena-kowalski", "tomas-ferreira"],
    tags: ["arts", "community"],
    hero: {
      image: "/images/festival.svg",
      alt: "Colourful abstract illustration of music notes and bunting over a park bandstand",
      caption: "The Albion Park bandstand was restored last year. Illustration: The Gazette",
    },
    hoursAgo: 72,
    body: `The Portwell Jazz Festival will return to Albion Park in August, five years after it last took place and a year after the park's Victorian bandstand was restored.

## The programme

Organisers have booked 18 acts over three days, most of them from the region. Afternoon concerts at the bandstand are free; an evening session at the Corn Exchange costs £12, with concessions at £6.

Highlights include:

- The Portwell Youth Big Band, opening the festival on Friday afternoon
- A tribute to the city's dance-hall era, with singers from the Sable Street Choir
- A late-night jam session where local musicians can sign up on the day

## Why it stopped, and why it is back

The festival was paused when its main sponsor withdrew and the bandstand was fenced off as unsafe. A community campaign raised money for the restoration, and the festival is now run by a volunteer committee with support from the council's events team.

Committee chair Gloria Fenwick, who played trumpet at the first festival in 1987, said the return felt personal.

> I met my husband at this festival. Half the people I know have a story about it. It belongs to the city, not to a sponsor.

## Getting there

Albion Park is served by Line 2 trams and the number 7 bus. There is no public parking at the park, and organisers are asking visitors to leave cars at home. Picnics are welcome, glass bottles are not.

The full programme and Corn Exchange tickets are on the [festival website](https://jazz.portwell.example.org). Volunteers are still needed for stewarding; see our listing in the [culture section](/sections/culture).`,
  },
  {
    slug: "mural-trail-maps-east-quarter",
    headline: "New mural trail maps twenty walls of the East Quarter",
    dek: "A free map and audio guide link murals painted over the last ten years, from shop shutters to a four-storey gable.",
    section: "culture",
    authors: ["samuel-adeyemi"],
    tags: ["arts", "local-business"],
    hoursAgo: 290,
    body: `Anyone who has walked through Portwell's East Quarter in the last decade will have noticed the murals: a giant heron on the side of the old dye works, a row of painted shop shutters on Cable Street, a portrait of the city's first female mayor above the laundrette.

Now a free trail links twenty of them, with a printed map and an audio guide narrated by the artists themselves.

## How the trail came together

The trail was created by the East Quarter Business Improvement District with the arts collective Wallflower, which painted or commissioned most of the works. Each stop has a small plaque with a number and a short code for the audio guide.

Wallflower's co-founder, Ifeoma Grant, said the idea was to give the murals context.

> People photograph the heron every day. Very few know that it was painted by a fourteen-year-old who now has work in galleries in three countries.

## Walking it

The full trail is about 2.5 km and takes around an hour and a quarter at a gentle pace. It is step-free throughout, and the map marks benches, toilets and cafés along the way.

1. Start at the tram stop on Cable Street
2. Follow the numbered plaques clockwise
3. Finish at the dye works, where the heron looks over the canal

## Supporting local shops

Traders say the murals have brought visitors who would otherwise never have come to the East Quarter. Several shops on the route offer small discounts to people carrying the map.

Maps are available at the tourist information centre and in most shops on the trail. The audio guide is on the [Wallflower website](https://wallflower.example.org/trail).`,
  },
];
