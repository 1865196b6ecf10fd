import type { SeedArticle } from "./types";

export const POLITICS_BUSINESS_ARTICLES: SeedArticle[] = [
  {
    slug: "council-opens-budget-consultation",
    headline: "Council asks residents where to find £9m in next year's budget",
    dek: "An online survey and six ward meetings will shape the city's hardest budget in a decade.",
    section: "politics",
    authors: ["priya-raman"],
    tags: ["budget", "city-council"],
    hero: {
      image: "/images/city-hall.svg",
      alt: "Illustration of a civic building with columns and a clock tower",
      caption:
        "Portwell city hall, where the final budget vote will take place in February. Illustration: The Gazette",
    },
    hoursAgo: 20,
    body: `Portwell city council has opened a six-week consultation on next year's budget, asking residents to help decide how to close a gap of around £9 million between what services will cost and the money it expects to receive.

## Where the gap comes from

Council finance director Rachel Osei told a briefing on Wednesday that three pressures account for most of the shortfall: rising demand for adult social care, higher energy bills for council buildings, and a national pay award that was larger than budgeted.

- Adult social care: about £4.1m
- Energy and buildings: about £2.3m
- Pay and pensions: about £2.6m

## What residents are being asked

The survey lists twelve options, from closing two of the city's five recycling centres on weekdays to raising parking charges in the centre. Residents can rank them, and add their own ideas. Council tax is expected to rise by the maximum allowed without a referendum, but the consultation asks whether some of that money should be ring-fenced for specific services.

Council leader Helen Marsh said nothing had been decided.

> Every option on this list is one we would rather not take. That is exactly why we want people to tell us which ones would hurt least.

## How to take part

The survey is open until the end of next month on the [council's consultation hub](https://consult.portwell.example.org/budget). Paper copies are available at every library, and six ward meetings will be held in community centres, starting in Eastbrook next Thursday.

Opposition councillors have criticised the short timetable. The Liberal group's finance spokesperson, Tom Greaves, said six weeks was "not long enough for people to understand a budget of this size", and called for the council to publish its detailed spending tables alongside the survey. The council says those tables will be online by Friday.

The final budget will be voted on in February.`,
  },
  {
    slug: "ward-boundaries-review-draws-objections",
    headline: "Proposed ward boundaries would split Eastbrook in two, residents warn",
    dek: "The boundary commission's draft map draws a line along the railway through one of the city's oldest neighbourhoods.",
    section: "politics",
    authors: ["morgan-hale", "samuel-adeyemi"],
    tags: ["city-council", "community"],
    hero: {
      image: "/images/city-hall.svg",
      alt: "Illustration of a civic building with columns and a clock tower",
      caption:
        "Objections to the draft map can be made until the end of the month. Illustration: The Gazette",
    },
    hoursAgo: 216,
    body: `More than 300 people have signed a petition against draft ward boundaries that would divide Eastbrook along the railway line, placing the neighbourhood's north and south halves in different council wards for the first time.

## Why the map is changing

Portwell has grown by around 14,000 residents since the last review, most of them in new housing on the western edge of the city. The independent boundary commission must redraw wards so that each councillor represents roughly the same number of voters, within a margin of ten per cent.

Under the draft proposals, the number of wards stays at 19, but almost every boundary moves. The biggest change is in Eastbrook, where the railway would become the dividing line.

## What residents object to

Campaigners say Eastbrook is a single community with one high street, one primary school and one community centre, and that splitting it would leave it with two sets of councillors, each representing a minority of their ward.

> The railway has never divided us. There is a footbridge, and we all use it.

That was the message from Marion Achebe, who runs the Eastbrook Community Centre and organised the petition. She and others have suggested an alternative line following the Sable tributary, which they say would balance the numbers equally well.

## What happens next

The commission says it welcomes alternative maps, as long as they keep electorates within the permitted range. Objections can be sent until the end of the month through the [commission's consultation page](https://boundaries.example.org/portwell).

- Draft published: last month
- Objections close: end of this month
- Final recommendations: expected in the autumn

The council itself has not taken a formal position, though several Eastbrook councillors from different parties have signed the petition.`,
  },
  {
    slug: "old-mill-coworking-space-opens",
    headline: "Old cotton mill reopens as a coworking space for 200 people",
    dek: "The Wharf Mill, empty for fifteen years, now houses desks, studios and a café run by a local bakery.",
    section: "business",
    authors: ["lena-kowalski"],
    tags: ["local-business", "housing"],
    hero: {
      image: "/images/market.svg",
      alt: "Abstract illustration of warm-coloured market stalls and awnings",
      caption:
        "The mill's ground floor now hosts a café and a weekly makers' market. Illustration: The Gazette",
    },
    hoursAgo: 96,
    updatedHoursLater: 4,
    body: `The Wharf Mill, a five-storey cotton mill on the canal that has stood empty since 2009, reopened this week as a coworking building with space for around 200 people.

## From looms to laptops

The £6.5 million conversion, led by the social enterprise Mill Futures, has kept the cast-iron columns, timber floors and tall windows of the original building. The top two floors are open-plan desks; the middle floors hold 24 small studios, already let to designers, a podcast studio and two architecture practices.

On the ground floor, Sable Street Bakery runs a café, and a makers' market will be held every Saturday.

## Who it is for

Mill Futures director Kemi Adebayo said the aim was to keep young businesses in Portwell rather than losing them to bigger cities.

> People start something here, grow to five or six staff, and then leave because there is nowhere suitable to rent. We want to be the next step.

Desks start at £120 a month, with a reduced rate for the first year for businesses less than two years old. Ten desks are reserved free of charge for people on the council's enterprise programme.

## Neighbours and parking

Some residents on Canal Terrace worried about parking, but the building has no car park by design. Instead, there is storage for 80 bicycles and the tram stop is four minutes away on foot.

*Correction: an earlier version of this article gave the conversion cost as £5.6 million. The correct figure is £6.5 million.*

More information, including open days for prospective tenants, is on the [Mill Futures website](https://millfutures.example.org).`,
  },
  {
    slug: "harbour-market-traders-rent-freeze",
    headline: "Harbour Market traders win a two-year rent freeze",
    dek: "The council backed down on a planned 12% rise after stallholders warned that a third of them would leave.",
    section: "business",
    authors: ["samuel-adeyemi"],
    tags: ["local-business", "budget"],
    hero: {
      image: "/images/market.svg",
      alt: "Abstract illustration of warm-coloured market stalls and awnings",
      caption: "Harbour Market has traded on the quayside since 1884. Illustration: The Gazette",
    },
    hoursAgo: 260,
    body: `Traders at Portwell's Harbour Market will see their rents frozen for two years, after the council dropped plans for a 12% increase that stallholders said would have forced many of them out.

## The dispute

The council, which owns the market hall, proposed the rise in the autumn to cover repairs to the roof and the ageing refrigeration units used by fishmongers and butchers. Traders responded with a survey showing that 23 of the market's 68 stallholders would consider leaving if the rise went ahead.

The market's trader association, led by cheesemonger Bridget Lowe, collected more than 4,000 signatures from shoppers in three weeks.

> We are not asking for charity. We are asking the council to remember that an empty stall pays no rent at all.

## The compromise

Under the agreement announced on Friday:

- Rents stay at current levels for two years
- The roof repairs go ahead, funded from the council's capital budget
- Traders agree to longer opening hours on Thursdays and a monthly evening market

Councillor David Firth, who holds the economy portfolio, said the evening market could bring in new customers and extra income for the building.

## What shoppers will notice

Apart from scaffolding on the seaward side of the hall during the roof works, very little. The first evening market is planned for the last Thursday of next month, with street food, a brass band and late opening for every stall. Full details will be posted on the [market's own page](https://harbourmarket.example.org).`,
  },
];
