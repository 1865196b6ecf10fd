// The benchmark generator's people, places and organisations (see generate.ts): the proper nouns
// of its stories and the names of its commenters.

const PLACE_STEMS = (
  "North South East West Mill Salt Rope Fen Ash Oak Elm Bram Stone King Queen High Church Market " +
  "Brook Ford Green Hollow Marsh Sand Chalk Copper Iron Tanner Weaver Barrow Thorn Heron Kestrel Raven"
).split(" ");
const PLACE_SUFFIXES = "gate bank brook field ham ton ley wood stead worth thorpe combe mouth haven well ford bury cross".split(" ");
/** Places: "Portwell" and the River Sable from the demo content, plus composed ones. */
export const PLACES: string[] = ["Portwell", "Sable", "Riverside", "Hook Bend", "Old Town"];
for (let i = 0; i < PLACE_STEMS.length; i++) {
  for (let j = 0; j < PLACE_SUFFIXES.length; j++) {
    // About half the combinations, spread evenly: 300 or so names.
    if ((i * 7 + j * 3) % 2 === 0) PLACES.push(PLACE_STEMS[i]! + PLACE_SUFFIXES[j]!);
  }
}

export const FIRST_NAMES = (
  "Alex Sam Priya Tom Maria Chen Fatima Owen Grace Luca Amara Jonah Ines Ravi Zoe Kwame Hannah Rhys " +
  "Bethan Declan Siobhan Aisha Mohammed Yusuf Leila Oliver George Harry Jack Charlie Emily Sophie " +
  "Isla Freya Ruby Evie Poppy Imogen Niamh Ciaran Callum Fraser Morag Ewan Dylan Megan Ffion Tariq " +
  "Nadia Omar Samira Hamza Zainab Kofi Ama Chidi Ngozi Tunde Femi Ade Yaw Esi Wei Mei Jun Hiro Yuki " +
  "Ana Pedro Joao Lucia Marta Pablo Elena Ivan Olga Piotr Agnieszka Tomasz Katarzyna Marek Ewa " +
  "Dimitri Sofia Nikos Eleni Mehmet Ayse Deniz Arjun Anil Sunita Deepak Kavita Rohan Meera Lars " +
  "Ingrid Sven Astrid Erik Margaret Brian Colin Derek Janet Pauline Maureen Gordon Keith Denise"
).split(" ");
export const SURNAMES = (
  "Hughes Patel Nowak Garcia Okoye Brennan Li Silva Murphy Haddad Jensen Moreau Singh Evans Smith " +
  "Jones Williams Taylor Brown Davies Wilson Thomas Roberts Johnson Lewis Walker Robinson Wood " +
  "Thompson White Watson Jackson Wright Green Harris Cooper King Lee Martin Clarke James Morgan " +
  "Hall Allen Young Mitchell Turner Phillips Campbell Carter Parker Collins Edwards Stewart Morris " +
  "Rogers Reid Bell Kelly Cook Ward Bailey Price Hussain Khan Ahmed Ali Begum Chowdhury Rahman " +
  "Okafor Adeyemi Mensah Boateng Owusu Nwosu Eze Kowalski Wojcik Novak Horvat Petrov Ivanova " +
  "Ferreira Santos Costa Oliveira Rossi Bianchi Romano Conti Muller Schmidt Fischer Weber Dubois " +
  "Laurent Lefebvre Nakamura Tanaka Suzuki Wang Zhang Liu Chen Kim Park Nguyen Tran Pham Okoro " +
  "Pike Hale Raman Fairweather Pennington Ashdown Blackwood Cartwright Drummond Fenwick Gallagher " +
  "Hargreaves Kingsley Lockwood Merriman Northcott Quigley Ravensworth Thistlewood Wainwright"
).split(" ");

export const ORGANISATIONS = [
  "Portwell City Council",
  "Sable Valley Trust",
  "Port Authority",
  "Portwell General Hospital",
  "Riverside Residents' Association",
  "Chamber of Commerce",
  "Environment Agency",
  "Portwell University",
  "Coastal Rail",
  "Portwell Rovers",
];
