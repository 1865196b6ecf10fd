import type { SeedArticle } from "./types";

export const NEWS_ARTICLES: SeedArticle[] = [
  {
    slug: "riverside-flood-barrier-approved",
    headline: "Councillors approve £38m flood barrier for the Riverside district",
    dek: "After three wet winters and two evacuations, the city will build a movable barrier across the Sable at Hook Bend.",
    section: "news",
    authors: ["tomas-ferreira", "priya-raman"],
    tags: ["flooding", "city-council"],
    hero: {
      image: "/images/flood-barrier.svg",
      alt: "Illustration of a river barrier with raised gates holding back high water",
      caption:
        "An artist's impression of the Hook Bend barrier with its gates raised. Illustration: The Gazette",
    },
    hoursAgo: 3,
    body: `Portwell city council voted 31 to 6 on Tuesday night to build a movable flood barrier across the River Sable at Hook Bend, ending a decade of studies, consultations and sandbags.

The barrier, expected to cost £38 million, will sit just downstream of the Riverside district, where more than 1,400 homes flooded in the last three winters. Construction is due to start next spring and take about two and a half years.

## How the barrier will work

The design is a row of four steel gates that lie flat on the riverbed in normal conditions, so boats and wildlife pass freely. When the Environment Agency issues a severe flood warning, the gates rotate upwards and hold back the tidal surge that pushes water into Riverside's streets.

- Four gates, each 22 metres wide
- Raised in about 40 minutes, tested monthly
- Designed for a one-in-200-year flood, with room to raise the sill later

## What residents said

Around forty residents filled the public gallery, many wearing the blue ribbons of the Riverside Residents' Association. Its chair, Denise Okoro, said the vote was "the first good night we have had in this chamber since 2019".

> We have moved our furniture upstairs so many times that my children think it is a family tradition. Tonight they can stop.

Not everyone was convinced. Councillor Graham Pike, who voted against, argued that the money would be better spent on upstream wetland schemes that slow water down before it reaches the city. The council says a smaller wetland programme will run alongside the barrier.

## Who pays

About £24 million comes from a national flood defence grant, with the rest from council borrowing repaid over 30 years. Officers estimate the cost to an average household at under £6 a year.

The full committee report, including maps of the area the barrier protects, is published on the [council's planning portal](https://planning.portwell.example.org/hook-bend). The Gazette will follow the project as it moves to detailed design; you can read our earlier coverage of [last winter's evacuation](/sections/news).`,
  },
  {
    slug: "tram-line-two-night-service-trial",
    headline: "Line 2 trams to run through the night on weekends this summer",
    dek: "A twelve-week trial will keep trams running every 30 minutes between the station and Northgate on Friday and Saturday nights.",
    section: "news",
    authors: ["tomas-ferreira"],
    tags: ["transport", "community"],
    hero: {
      image: "/images/transit.svg",
      alt: "Abstract illustration of tram lines crossing a city at night",
      caption: "Line 2 connects the central station with Northgate. Illustration: The Gazette",
    },
    hoursAgo: 30,
    body: `Portwell's Line 2 trams will run all night on Fridays and Saturdays for twelve weeks from June, the transport authority announced on Monday, after years of complaints from hospitality workers who finish their shifts long after the last tram.

## The timetable

Trams will leave the central station every 30 minutes between midnight and 5am, calling at every stop to Northgate. Normal fares apply, and weekly passes will be valid.

The authority says it will count passengers at every stop and publish the figures monthly. If the trial carries more than 600 people a night on average, a permanent service will be considered in next year's budget.

## Who asked for it

The push came largely from the Mill Street Traders' Group, whose members employ about 900 people in bars, restaurants and the two theatres. Its spokesperson, Arun Mehta, said many staff currently pay for taxis that cost more than an hour's wages.

> A kitchen porter who finishes at half past midnight should not have to choose between a forty-minute walk and a fifteen-pound cab.

Residents near the Northgate depot have raised concerns about noise. The authority says night trams will run at reduced speed through the depot approach and that wheel-squeal dampers fitted last year should help.

## Safety on board

Every night tram will carry a conductor, and British Transport Police will increase patrols at the station. Two stops with poor lighting, Tanner's Row and Albion Park, will get new lamps before the trial begins.

- Trial starts: first weekend of June
- Frequency: every 30 minutes
- Cost: about £310,000, shared between the authority and the traders' group

Details and a printable timetable are on the [transport authority's website](https://transport.portwell.example.org/night-trams).`,
  },
  {
    slug: "school-meals-pilot-expands",
    headline: "Free breakfast pilot expands to eleven more primary schools",
    dek: "Head teachers report better attendance and calmer mornings after a year of free breakfasts in six schools.",
    section: "news",
    authors: ["samuel-adeyemi"],
    tags: ["education", "health"],
    hoursAgo: 140,
    body: `A scheme offering free breakfasts to every pupil at six Portwell primary schools will expand to eleven more in September, after an evaluation found attendance rose and late arrivals fell during its first year.

## What the evaluation found

The study, carried out by the education department with researchers from Portwell University, compared the six pilot schools with similar schools nearby. It found:

1. Average attendance up by 1.4 percentage points
2. Late arrivals down by almost a third
3. Nine in ten parents saying their child ate breakfast more often

Teachers also described quieter, more settled first lessons, although the researchers note that this is harder to measure.

## The cost

Breakfast costs about 60p per child per day, mostly for cereal, toast, fruit and milk. The expansion will cost around £420,000 a year, funded from the council's public health budget for the first two years.

Councillor Ama Boateng, who leads on children's services, said the figures made the decision easy.

> Hungry children do not learn. We can argue about many things in this building, but not that.

## What parents need to know

Breakfast clubs will open at 8am at the eleven new schools. No registration is needed, and children can simply turn up. Schools will publish menus each half term.

Some parents at schools outside the scheme have asked why they were left out. The department says it chose schools with the highest share of pupils eligible for free lunches, and hopes to extend the scheme citywide if funding allows.

The full list of schools is on the [council's education pages](https://www.portwell.example.org/schools/breakfast).`,
  },
  {
    slug: "draft-transit-fare-review",
    headline: "Transport authority to review fares for the first time in six years",
    dek: "Draft: a consultation on simpler fare zones and a capped daily ticket is expected next month.",
    section: "news",
    authors: ["tomas-ferreira"],
    tags: ["transport", "budget"],
    hoursAgo: null,
    body: `Portwell's transport authority is preparing its first full review of bus and tram fares since the zone map was redrawn six years ago.

## What is on the table

- Merging the four fare zones into two
- A daily cap, so nobody pays more than the price of a day ticket
- Half-price fares for apprentices

## Still to confirm

Dates for the public consultation, and whether the authority will publish its passenger modelling. Waiting for a reply from the press office.`,
  },
];
