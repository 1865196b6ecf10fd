import type { SeedArticle } from "./types";

export const SCIENCE_OPINION_ARTICLES: SeedArticle[] = [
  {
    slug: "otters-return-to-river-sable",
    headline: "Otters are breeding in the Sable again, survey confirms",
    dek: "University researchers found signs of at least four otter families along the river inside the city boundary.",
    section: "science",
    authors: ["samuel-adeyemi"],
    tags: ["environment"],
    hero: {
      image: "/images/river.svg",
      alt: "Illustration of a calm river winding between green banks under a pale sky",
      caption: "The survey covered 14 km of the Sable and two of its tributaries. Illustration: The Gazette",
    },
    hoursAgo: 120,
    body: `Otters are breeding again in the River Sable within Portwell's city limits, according to a survey by ecologists at Portwell University, the first confirmation in more than forty years.

## What the researchers found

Over eight months, the team walked 14 kilometres of riverbank and two tributaries, looking for spraint (otter droppings), footprints and holts. They also placed twelve motion-triggered cameras at quiet spots along the river.

The cameras recorded adult otters at nine sites and cubs at four, suggesting at least four breeding families. Dr Helen Achterberg, who led the study, said the result surprised even her team.

> We expected to find otters passing through. We did not expect to film cubs playing under a road bridge two hundred metres from a supermarket.

## Why they came back

The researchers credit three decades of improvements in water quality, after the closure of the dye works and upgrades to the city's sewage treatment. Fish populations, especially eels and brown trout, have recovered, giving otters a reliable food supply.

Other factors include:

- Bankside vegetation left to grow along the riverside park
- Fewer dogs allowed off the lead near the water since new signage went up
- Wildlife-friendly ledges fitted under two bridges during repairs

## What it means for the flood barrier

The survey was partly commissioned to inform the design of the proposed flood barrier at Hook Bend. The researchers say the barrier's gates, which lie flat on the riverbed most of the time, should not block otter movement, but they recommend a mammal ledge alongside the structure. You can read more about the barrier in our [news coverage](/articles/riverside-flood-barrier-approved).

The full survey report is available from the [university's ecology department](https://ecology.portwell-uni.example.org/otters).`,
  },
  {
    slug: "heat-pump-trial-results",
    headline: "Heat pump trial in council homes cuts bills by a quarter",
    dek: "Sixty households in Northgate used less energy and stayed warmer, but installation problems delayed half the homes.",
    section: "science",
    authors: ["tomas-ferreira"],
    tags: ["environment", "housing"],
    hoursAgo: 190,
    body: `Council tenants in Northgate who had air-source heat pumps fitted as part of a two-year trial paid on average 24% less for heating than similar homes with gas boilers, according to results published this week.

## The trial

Sixty homes, a mix of terraces and low-rise flats built in the 1960s, were fitted with heat pumps, new radiators and extra loft insulation. A comparison group of sixty similar homes kept their gas boilers. Researchers measured energy use, indoor temperatures and, through regular surveys, how comfortable tenants felt.

## The results

The headline findings were:

1. Heating bills fell by an average of 24%
2. Average winter indoor temperatures were 1.2°C higher
3. Carbon emissions from heating fell by about 70%

Tenant Pauline Harris, 71, said the change was most noticeable in the mornings.

> I used to wake up and see my breath in the kitchen. Now the house is just warm when I get up, and the bill is smaller.

## What went wrong

The report does not hide the problems. Installation in about half the homes ran late, mainly because of a shortage of trained fitters, and six households had faulty controls that took weeks to fix. Some tenants found the new thermostats confusing at first.

The researchers recommend that any wider roll-out include:

- Training for local installers before work begins
- A named contact for each household
- Simple printed guides, not just an app

## What next

The council plans to fit heat pumps in a further 400 homes over three years, funded partly by a national decarbonisation grant. Housing officers say they will start with the homes that currently have the highest heating bills. The full report is published on the [council's housing pages](https://www.portwell.example.org/housing/heat-pumps).`,
  },
  {
    slug: "why-we-moderate-comments",
    headline: "Why every comment on the Gazette is read before it appears",
    dek: "Our community editor explains how moderation works, and why we think it makes the conversation better.",
    section: "opinion",
    authors: ["jun-okafor"],
    tags: ["community"],
    hoursAgo: 170,
    body: `Readers sometimes ask why their comment did not appear straight away. The short answer is that a person reads every comment before it is published. This column explains the longer answer.

## What we are trying to do

A comment section should add something to an article: a correction, a local detail we missed, a view we did not hear. It should not be a place where the loudest or rudest voice wins. We have tried both approaches over the years, and the difference is obvious.

> Moderation is not about agreeing with you. It is about making sure the next reader wants to read what you wrote.

## What we approve

Most comments. Criticism of the Gazette, of councillors, of our reporters and of each other is fine, as long as it is about what someone said or did. We approve comments we disagree with every day.

## What we do not approve

- Personal attacks, threats or abuse
- Claims about named people that could be defamatory
- Advertising, links to scams and repeated posts
- Anything that identifies a child or a victim of crime

Spam is marked as such and never appears. Comments that break the rules are rejected; we do not edit what you wrote, so a rejected comment can simply be posted again without the problem.

## How long it takes

During the day, usually less than an hour. Overnight, comments wait until the morning. On a few articles, typically court reports or stories about grief, we close comments entirely.

## What we keep

We store your name and email address so we can contact you if needed, and a scrambled form of your internet address to spot abuse. We never publish your email. Our full [community guidelines](/sections/opinion) explain more, and you can always write to me at the newsroom.`,
  },
  {
    slug: "the-bus-station-deserves-better",
    headline: "Portwell's bus station is the first thing visitors see. It deserves better",
    dek: "The city has spent years on plans for the riverside and the market. The bus station has waited long enough.",
    section: "opinion",
    authors: ["morgan-hale"],
    tags: ["transport", "community"],
    hero: {
      image: "/images/transit.svg",
      alt: "Abstract illustration of tram lines crossing a city at night",
      caption: "More people arrive in Portwell by bus than by train. Illustration: The Gazette",
    },
    hoursAgo: 310,
    body: `Arrive in Portwell by train and you step out under a restored Victorian roof into a square with trees and a fountain. Arrive by bus, as more than twice as many people do, and you walk out of a concrete shed with a broken departure board and a toilet that has been closed since the spring.

## Who uses it

The bus station handles about 18,000 passengers on a weekday. They are students, shift workers, pensioners using free passes, and visitors from the villages who cannot afford city parking. In other words, the people least likely to write to their councillor, and most likely to rely on public transport.

## What it needs

Not a grand rebuild. The station's structure is sound. What it needs is:

- Working real-time departure screens
- Toilets that open, and stay open
- Proper lighting in the underpass to Market Street
- Seats, and shelter from the wind that comes off the river

A report to the transport committee last year priced these improvements at under £2 million, a fraction of what the city is rightly spending on the flood barrier.

> A city shows what it thinks of people by the places it builds for them to wait.

## Why it keeps slipping

The bus station is owned by the transport authority but sits on council land, and the two have spent years disagreeing about who should pay. Each has a plan; neither has a budget line.

This newspaper has no stake in the argument except as a voice for readers who use the station every day. We ask both bodies to agree, before the next budget, who pays for the basics. Readers who agree can respond to the [budget consultation](/articles/council-opens-budget-consultation), which closes next month.`,
  },
  {
    slug: "draft-allotment-waiting-list",
    headline: "Allotment waiting list passes 900 names",
    dek: "Draft: some residents have waited more than seven years for a plot.",
    section: "culture",
    authors: ["lena-kowalski"],
    tags: ["community", "environment"],
    hoursAgo: null,
    inReview: { assignee: "priya-raman", dueInHours: 20 },
    body: `The waiting list for council allotments in Portwell has passed 900 names, with the longest waits at the popular Sable Meadows site.

## To do

- Figures per site from the parks department
- Interview with the allotment federation
- Photo of Sable Meadows in the morning`,
  },
];
