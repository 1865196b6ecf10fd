// Deterministic generator for the benchmark's large data set (issue 4, "Speed"). The pure part
// (PRNG, text, rows) is unit-tested; `bulkLoad` writes the rows with raw prepared statements.
//
// The text is meant to stress search the way real news does: a few thousand distinct words with
// a Zipf-like spread (function words in every story, most content words in a few per cent),
// stories about one to three topics whose words cluster in them ("harbour" fills the harbour
// stories and is rare elsewhere), named people and places, numbers, and sentences of very
// different lengths. A topical word therefore matches hundreds to a few thousand of 100,000
// stories, while "the" matches nearly all of them.
import type Database from "better-sqlite3";

/** Bump when the generated data changes shape, so cached databases from older versions are not reused. */
export const GENERATOR_VERSION = 2;

/** mulberry32: small, fast, deterministic; good enough for filler text. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Vocabulary. Every list is roughly in order of frequency: picks follow a Zipf law over the list
// position. A trailing "+" marks a noun that is sometimes written in the plural.

/** Function words and the commonest news verbs: together about 40% of running text. */
const FUNCTION_WORDS = (
  "the of to and a in that for on is said was with it as at by from he has be have are an which " +
  "its but not were they their who this will had been after more also would new or than about she " +
  "her two up over when there last could into all out can may other some what if three so only " +
  "them no just before we his him most our one first while since such those these many because " +
  "being still where between any under both very much well even through should did do does each " +
  "how then down off now against during four around another until without five within might same " +
  "my your you i me us here again already never ever often rather whether though although across " +
  "along among behind beyond toward upon via per"
).split(" ");

/** General news vocabulary, shared by every story whatever its topic. */
const GENERAL_WORDS = (
  "told people year+ week+ city+ local day+ time+ month+ plan+ home+ public group+ family+ area+ " +
  "added part+ number+ work place+ service+ community+ street+ centre+ night+ morning+ change+ " +
  "issue+ problem+ case+ point+ report+ support money house+ end+ way+ national small large " +
  "major former next recent early late final long short whole free open made found took came " +
  "went gave began expected agreed announced described warned hoped believed decided received " +
  "raised opened closed started planned reported confirmed suggested explained claimed revealed " +
  "needed wanted helped allowed continued included remained returned moved paid spent lost won " +
  "held brought kept left become seen known given shown asked called says according told " +
  "resident+ official+ member+ spokesperson+ director+ chief+ manager+ worker+ owner+ leader+ " +
  "chair+ officer+ expert+ campaigner+ neighbour+ visitor+ customer+ user+ child children " +
  "parent+ woman women man men friend+ partner+ colleague+ volunteer+ " +
  "million thousand hundred half percent average total figure+ cost+ price+ rate+ level+ share+ " +
  "increase+ rise+ fall+ cut+ growth record+ target+ " +
  "council's government region+ county+ country+ town+ village+ district+ neighbourhood+ " +
  "road+ building+ site+ space+ land office+ room+ hall+ shop+ business+ company+ firm+ " +
  "project+ scheme+ proposal+ decision+ meeting+ statement+ letter+ question+ answer+ " +
  "concern+ complaint+ result+ effect+ impact+ reason+ idea+ chance+ risk+ need+ " +
  "future history past present season+ summer winter spring autumn weekend+ evening+ " +
  "hour+ minute+ moment+ period+ decade+ " +
  "good better best bad worse worst high higher low lower big bigger little less least " +
  "important clear different difficult possible likely certain available private social " +
  "political economic financial current full real true simple strong safe special main " +
  "key single similar whole own able ready busy quiet popular famous familiar " +
  "make take give get go come see know think look want use find tell ask work seem feel " +
  "try leave call keep let begin help show hear play run move live believe hold bring happen " +
  "write provide sit stand lose pay meet include continue set learn lead understand watch " +
  "follow stop create speak read allow add spend grow offer remember love consider appear " +
  "buy wait serve die send expect build stay fall reach kill remain suggest raise pass sell " +
  "require report decide pull open close plan agree support hope " +
  "really almost perhaps quite always sometimes usually probably certainly nearly simply " +
  "especially recently finally currently clearly instead together later soon today yesterday " +
  "tomorrow tonight ago away ahead enough already " +
  "life+ world+ system+ programme+ policy+ law+ rule+ right+ power+ control interest+ " +
  "information data evidence example+ experience+ situation+ position+ condition+ term+ " +
  "side+ form+ kind+ type+ sort+ line+ list+ order+ step+ stage+ process+ " +
  "action+ activity+ event+ effort+ attempt+ approach+ method+ measure+ response+ " +
  "opportunity+ challenge+ difference+ pressure+ demand+ supply+ standard+ quality+ " +
  "size+ amount+ range+ series+ set+ piece+ bit+ lot+ deal+ " +
  "job+ pay career+ skill+ training staff team+ department+ organisation+ body+ board+ " +
  "trust+ association+ society+ network+ union+ club+ " +
  "book+ paper+ page+ story+ picture+ photo+ video+ film+ show+ " +
  "car+ van+ bike+ walk+ journey+ trip+ " +
  "food water air light heat sound voice+ " +
  "door+ window+ wall+ floor+ roof+ garden+ yard+ corner+ gate+ path+ " +
  "health safety security peace war+ " +
  "death+ birth+ age+ " +
  "friday monday tuesday wednesday thursday saturday sunday " +
  "january february march april may june july august september october november december " +
  "spokeswoman spokesman councillor+ mp+ minister+ secretary+ " +
  "describe described describing announce announcing criticised criticism welcomed welcome " +
  "urged urge insisted insist admitted admit denied deny accused promised promise " +
  "launched launch completed complete approved approve rejected reject delayed delay " +
  "replaced replace reduced reduce improved improve increased affected affect " +
  "involved involve prepared prepare returned return organised organise " +
  "celebrated celebrate attended attend visited visit joined join " +
  "residents' original additional particular individual general formal informal " +
  "annual monthly weekly daily regular occasional temporary permanent " +
  "independent significant serious obvious unusual surprising disappointing encouraging " +
  "frustrated worried delighted pleased proud concerned angry happy sad " +
  "nearby central northern southern eastern western coastal rural urban " +
  "wider broader narrow deep shallow steep flat heavy light dark bright warm cold wet dry " +
  "fresh clean dirty empty crowded busy quiet noisy " +
  "hard easy fast slow quick sudden gradual steady " +
  "older younger elderly vulnerable disabled " +
  "struggling thriving growing shrinking falling rising " +
  "shortage+ backlog+ waiting delay+ " +
  "agreement+ contract+ deal+ grant+ fund+ loan+ debt+ bill+ fee+ charge+ fine+ tax+ " +
  "saving+ payment+ income+ budget+ spending " +
  "survey+ poll+ review+ study+ analysis assessment+ inspection+ audit+ " +
  "consultation+ hearing+ inquiry+ investigation+ appeal+ petition+ campaign+ protest+ " +
  "warning+ advice guidance notice+ update+ announcement+ " +
  "success+ failure+ mistake+ lesson+ " +
  "benefit+ advantage+ cause+ source+ " +
  "resource+ facility+ equipment tool+ machine+ " +
  "vehicle+ lorry+ " +
  "morning's evening's " +
  "unit+ block+ flat+ property+ premises " +
  "stretch+ section+ edge+ route+ " +
  "crowd+ audience+ public's " +
  "afterwards meanwhile however therefore otherwise indeed nevertheless " +
  "hopeful cautious optimistic sceptical critical supportive " +
  "overall entire " +
  "detail+ fact+ claim+ view+ opinion+ argument+ debate+ discussion+ conversation+ " +
  "talk+ speech+ interview+ " +
  "priority+ commitment+ pledge+ " +
  "majority+ minority+ " +
  "generation+ youth elder+ " +
  "tradition+ culture+ identity+ character+ " +
  "pride hope fear anger relief frustration confidence " +
  "surprise+ shock+ " +
  "mile+ metre+ kilometre+ acre+ tonne+ litre+ " +
  "pound+ penny pence " +
  "phone+ email+ website+ " +
  "bag+ box+ sign+ poster+ banner+ " +
  "chair+ table+ bench+ " +
  "paint colour+ " +
  "brick+ stone+ steel concrete glass timber " +
  "evenings weekends mornings nights " +
  "welcoming worrying alarming striking remarkable modest generous " +
  "unexpected unprecedented historic long-awaited " +
  "emerged emerging revealed revealing suggests suggesting shows showing"
).split(" ");

/**
 * Topics: each story is about one to three of them, and their words cluster in those stories.
 * The first word of a topic is its commonest. Topics themselves are picked with a Zipf law, so
 * "council" stories outnumber "lighthouse" ones, as in any local paper.
 */
const TOPICS: string[][] = [
  "council+ councillor+ mayor cabinet committee+ motion+ vote+ ward+ chamber+ leader+ opposition meeting+ agenda+ debate+ portfolio+ scrutiny officer+ constituency+ deputy+ majority coalition+ amendment+ minutes resolution+ allowance+ town_hall",
  "flood+ river+ rain water defence+ barrier+ storm+ sandbag+ level+ drainage embankment+ overflow evacuation+ warning+ rainfall surge+ culvert+ pump+ sluice+ floodwater riverbank+ gauge+ torrent+ deluge+ waterlogged sewer+ downpour+ reservoir+",
  "bus+ route+ tram+ passenger+ fare+ timetable+ stop+ service+ driver+ depot+ ticket+ commuter+ interchange+ shelter+ operator+ frequency+ subsidy+ concession+ contactless cancellation+ diversion+ terminus+ minibus+ coach+ punctuality",
  "home+ housing rent+ tenant+ landlord+ estate+ flat+ development+ planning affordable mortgage+ eviction+ homeless homelessness repair+ damp mould deposit+ leaseholder+ freeholder+ housebuilder+ bungalow+ terrace+ tower+ cladding retrofit+ occupancy",
  "school+ pupil+ teacher+ headteacher+ classroom+ exam+ curriculum+ nursery+ academy+ governor+ lesson+ term+ uniform+ playground+ attendance inspection+ grade+ timetable+ student+ college+ apprenticeship+ tutor+ reading maths science homework",
  "hospital+ patient+ nurse+ doctor+ clinic+ surgery+ ambulance+ waiting treatment+ ward+ trust+ appointment+ paramedic+ operation+ diagnosis+ consultant+ pharmacy+ pharmacist+ prescription+ infection+ vaccine+ vaccination+ emergency dementia cancer maternity",
  "police+ court+ magistrate+ officer+ arrest+ charge+ sentence+ jury+ trial+ burglary+ theft+ crime+ suspect+ witness+ prosecutor+ defendant+ verdict+ custody prison+ probation assault+ vandalism fraud+ robbery+ constable+ detective+ patrol+",
  "shop+ retailer+ market+ trade trader+ sales profit+ store+ customer+ high_street rent+ footfall closure+ opening+ independent+ chain+ stall+ shopkeeper+ turnover bargain+ discount+ stock+ window+ boutique+ arcade+ precinct+ takings",
  "gallery+ exhibition+ artist+ painting+ sculpture+ museum+ curator+ collection+ artwork+ portrait+ print+ studio+ installation+ canvas+ mural+ sculptor+ painter+ photographer+ loan+ acquisition+ display+ craft+ ceramic+ textile+ sketch+",
  "concert+ band+ orchestra+ choir+ album+ festival+ gig+ singer+ venue+ song+ musician+ conductor+ symphony+ soloist+ violin+ piano+ drummer+ guitarist+ rehearsal+ audience+ encore+ tour+ jazz folk opera+",
  "theatre+ play+ stage+ actor+ director+ production+ premiere+ rehearsal+ playwright+ cast+ audition+ pantomime+ script+ drama+ comedy+ tragedy+ scene+ curtain+ box_office usher+ dressing musical+ monologue+ matinee+ backstage",
  "match+ league+ club+ goal+ striker+ manager+ stadium+ fan+ season+ player+ squad+ coach+ win+ defeat+ draw+ cup+ final+ trophy+ promotion relegation fixture+ kickoff penalty+ referee+ midfielder+ goalkeeper+",
  "harbour+ ferry+ quay+ boat+ fisherman fishermen dock+ tide+ pier+ crew+ vessel+ trawler+ mooring+ harbourmaster+ coastguard+ sailor+ marina+ yacht+ lighthouse+ slipway+ breakwater+ lifeboat+ jetty+ chandlery mariner+ anchor+ buoy+ keeper+ lamp+ foghorn+",
  "bird+ wildlife marsh+ wetland+ species otter+ heron+ reserve+ habitat+ conservation nature ecologist+ warden+ hedgehog+ badger+ bat+ butterfly bee+ pollinator+ meadow+ woodland+ reedbed+ egret+ kingfisher+ curlew+ orchid+ survey+",
  "weather forecast+ temperature+ frost+ snow heatwave+ wind+ gale+ sunshine shower+ fog+ thunderstorm+ drizzle hail ice gritting forecaster+ mist+ cloud+ breeze+ humidity drought+ chill freeze+ thaw+",
  "university+ research researcher+ scientist+ study+ laboratory+ finding+ experiment+ professor+ lecturer+ paper+ journal+ trial+ sample+ discovery+ theory+ telescope+ observatory+ microscope+ fossil+ genome+ physicist+ chemist+ biologist+ geologist+",
  "energy solar panel+ turbine+ emission+ carbon heat insulation climate renewable+ battery+ grid+ electricity gas boiler+ pump+ retrofit+ meter+ tariff+ wind_farm hydrogen efficiency net_zero charger+ kilowatt+ generator+",
  "restaurant+ cafe+ bakery+ chef+ menu+ dish+ bread pastry+ kitchen+ diner+ takeaway+ brewery+ pub+ landlady+ landlord+ cider ale+ coffee tea breakfast+ lunch+ dinner+ supper+ oyster+ crab+ chowder+ sourdough",
  "heritage history archive+ historic listed restoration+ medieval victorian georgian archaeologist+ excavation+ ruin+ monument+ chapel+ abbey+ castle+ manor+ relic+ artefact+ plaque+ centenary+ anniversary+ ancestor+ parish+ almshouse+",
  "library+ book+ reader+ author+ novel+ poetry poet+ reading librarian+ borrower+ shelf+ catalogue+ storytime bookshop+ publisher+ chapter+ memoir+ anthology+ literacy manuscript+ biography+ fiction nonfiction verse+",
  "park+ garden+ allotment+ tree+ playground+ lawn+ bench+ flowerbed+ gardener+ hedge+ pond+ fountain+ bandstand+ greenhouse+ compost orchard+ planting seedling+ rose+ daffodil+ oak+ willow+ beech+ path+",
  "bridge+ repair+ roadwork+ pothole+ contractor+ construction junction+ lane+ traffic roundabout+ resurfacing closure+ diversion+ scaffolding crane+ engineer+ pavement+ kerb+ streetlight+ bypass+ flyover+ underpass+ tarmac viaduct+",
  "election+ candidate+ polling ballot+ turnout campaign+ manifesto+ voter+ canvassing hustings count+ seat+ party+ independent+ recount+ pledge+ leaflet+ constituency+ byelection+ referendum+ poll+ nomination+ agent+",
  "volunteer+ charity fundraising donation+ foodbank+ appeal+ trustee+ hospice+ shelter+ outreach befriending raffle+ sponsor+ marathon+ collection+ hamper+ soup_kitchen pantry+ mentor+ giving",
  "broadband internet app+ digital online website+ cyber software computer+ phone+ signal+ coverage+ mast+ fibre network+ hacker+ password+ scam+ smartphone+ startup+ developer+ platform+ algorithm+",
  "price+ inflation wage+ economy interest rate+ unemployment recession+ investment+ investor+ bank+ saving+ pension+ benefit+ living_wage productivity export+ import+ factory+ warehouse+ logistics manufacturing",
  "festival+ fair+ firework+ parade+ carnival+ celebration+ procession+ bonfire+ lantern+ float+ stall+ costume+ marquee+ fete+ regatta+ gala+ bunting jubilee+ street_party",
  "dog+ cat+ vet+ rescue shelter+ puppy kitten+ owner+ walker+ kennel+ adoption+ pet+ rehoming microchip+ lead+ stray+ rspca",
  "fire+ firefighter+ blaze+ smoke engine+ station+ emergency alarm+ arson evacuation+ rescue+ hydrant+ ladder+ inferno+ flame+ crew+ extinguisher+",
  "farm+ farmer+ crop+ harvest+ cattle sheep tractor+ field+ dairy barley wheat orchard+ livestock lamb+ grazing hedgerow+ silage barn+ farmhouse+",
  "railway+ train+ signal+ platform+ line+ track+ station+ commuter+ carriage+ locomotive+ timetable+ engineering strike+ conductor+ level_crossing electrification sleeper+ freight",
  "swimming pool+ leisure gym+ sport+ athlete+ race+ runner+ cyclist+ rowing rower+ regatta+ triathlon+ tennis cricket hockey netball rugby league+ medal+ champion+",
  "tourism tourist+ visitor+ hotel+ guesthouse+ attraction+ cruise+ beach+ promenade+ seafront+ pier+ arcade+ souvenir+ caravan+ campsite+ season+ bookings",
  "youth+ teenager+ club+ skatepark+ mentor+ scout+ guide+ cadet+ apprenticeship+ graduate+ internship+ summer_school",
  "waste recycling bin+ collection+ litter landfill+ tip+ fly_tipping plastic+ compost cardboard glass street_cleaning",
  "care+ carer+ care_home+ elderly resident+ social_care loneliness dementia visitor+ day_centre pensioner+ nursing",
].map((t) => t.split(" ").map((w) => w.replaceAll("_", " ")));

/**
 * The long tail: words any story may use now and then (about 3 in 1,000 words), so each is in
 * a few hundred stories or fewer. The search benchmark's "rare word" queries come from here.
 */
const RARE_WORDS = (
  "accordion+ acrobat+ albatross+ alchemy almanac+ amphitheatre+ anemone+ antler+ apothecary+ " +
  "aqueduct+ arbour+ archipelago+ armadillo+ astrolabe+ atlas+ aubergine+ aviary+ avocet+ " +
  "backgammon bagpipe+ balalaika+ balustrade+ banjo+ barometer+ basilisk+ bassoon+ bellows " +
  "belvedere+ bivouac+ blacksmith+ blunderbuss+ bobsleigh+ bonsai+ boomerang+ bramble+ brigantine+ " +
  "brocade+ bugle+ bumblebee+ busker+ buttress+ cabaret+ cactus cairn+ calligraphy camellia+ " +
  "candelabra+ canoe+ capybara+ caravel+ carillon+ carousel+ cartographer+ cassowary+ catamaran+ " +
  "cathedral+ cauldron+ cello+ chameleon+ chandelier+ chrysanthemum+ cinnamon clarinet+ " +
  "clockmaker+ cobbler+ cockatoo+ compass+ constellation+ cormorant+ cornet+ crocus croquet " +
  "crossbow+ crumpet+ cuckoo+ cufflink+ cymbal+ daguerreotype+ dahlia+ damask decoy+ dirigible+ " +
  "dolphin+ dormouse dragonfly dulcimer+ dumpling+ eiderdown+ elderflower embroidery emerald+ " +
  "escalator+ falconer+ fandango+ fennel ferret+ fiddle+ filigree firefly flamingo+ flotilla+ " +
  "flugelhorn+ fossil+ foxglove+ gazebo+ gazelle+ geyser+ gingerbread glacier+ glockenspiel+ " +
  "gondola+ gramophone+ grasshopper+ griffin+ guillemot+ gyroscope+ hammock+ harmonica+ harp+ " +
  "harpsichord+ hedgehog+ hieroglyph+ hologram+ hourglass+ hovercraft+ hummingbird+ iceberg+ " +
  "igloo+ jackdaw+ jasmine javelin+ jellyfish jigsaw+ juggler+ kaleidoscope+ kayak+ kazoo+ " +
  "kiln+ kite+ labyrinth+ lacquer lantern+ lavender lemur+ lighthouse+ limerick+ llama+ locket+ " +
  "loom+ lute+ macaroon+ magnolia+ mandolin+ marionette+ marmalade marquetry marzipan mastodon+ " +
  "maypole+ meerkat+ metronome+ minaret+ minstrel+ monocle+ mosaic+ moth+ narwhal+ nautilus " +
  "nightingale+ nutmeg oboe+ obelisk+ observatory+ octopus ocarina+ orchid+ origami ostrich " +
  "oxbow+ paddleboat+ pagoda+ palomino+ pangolin+ papyrus parasol+ parchment+ parakeet+ " +
  "peacock+ pelican+ pendulum+ penguin+ periscope+ petunia+ piccolo+ pinball pirouette+ " +
  "planetarium+ platypus porcupine+ porpoise+ puffin+ puppeteer+ pyramid+ quadrille+ quail+ " +
  "quartz quill+ quokka+ raccoon+ ragtime rhubarb rickshaw+ ringmaster+ rosemary saffron " +
  "salamander+ samovar+ sandcastle+ sapphire+ sarabande+ saxophone+ scarecrow+ scrimshaw " +
  "seahorse+ semaphore sextant+ shipwright+ silhouette+ sitar+ skylark+ snowdrop+ sousaphone+ " +
  "sphinx spinnaker+ squid stalactite+ starling+ stilt+ submarine+ sundial+ swordfish " +
  "tambourine+ tandem+ tangerine+ tapestry+ tarantula+ telescope+ terrapin+ thimble+ " +
  "thunderbolt+ toboggan+ topiary tortoise+ toucan+ trampoline+ treacle trebuchet+ trombone+ " +
  "trumpet+ tuba+ tulip+ turquoise typewriter+ ukulele+ unicycle+ velocipede+ ventriloquist+ " +
  "vineyard+ viola+ vulture+ walrus waltz+ weathervane+ whirligig+ wigwam+ windmill+ " +
  "wisteria+ woodpecker+ xylophone+ yodel+ zebra+ zeppelin+ zither+"
).split(" ");

const PLACE_STEMS = (
  "North South East West Mill Salt Rope Fen Ash Oak Elm Bram Stone King Queen High Church Market " +
  "Brook Ford Green Hollow Marsh Sand Chalk Copper Iron Tanner Weaver Barrow Thorn Heron Kestrel Raven"
).split(" ");
const PLACE_SUFFIXES = "gate bank brook field ham ton ley wood stead worth thorpe combe mouth haven well ford bury cross".split(" ");
/** Places: "Portwell" and the River Sable from the demo content, plus composed ones. */
const PLACES: string[] = ["Portwell", "Sable", "Riverside", "Hook Bend", "Old Town"];
for (let i = 0; i < PLACE_STEMS.length; i++) {
  for (let j = 0; j < PLACE_SUFFIXES.length; j++) {
    // About half the combinations, spread evenly: 300 or so names.
    if ((i * 7 + j * 3) % 2 === 0) PLACES.push(PLACE_STEMS[i]! + PLACE_SUFFIXES[j]!);
  }
}

const FIRST_NAMES = (
  "Alex Sam Priya Tom Maria Chen Fatima Owen Grace Luca Amara Jonah Ines Ravi Zoe Kwame Hannah Rhys " +
  "Bethan Declan Siobhan Aisha Mohammed Yusuf Leila Oliver George Harry Jack Charlie Emily Sophie " +
  "Isla Freya Ruby Evie Poppy Imogen Niamh Ciaran Callum Fraser Morag Ewan Dylan Megan Ffion Tariq " +
  "Nadia Omar Samira Hamza Zainab Kofi Ama Chidi Ngozi Tunde Femi Ade Yaw Esi Wei Mei Jun Hiro Yuki " +
  "Ana Pedro Joao Lucia Marta Pablo Elena Ivan Olga Piotr Agnieszka Tomasz Katarzyna Marek Ewa " +
  "Dimitri Sofia Nikos Eleni Mehmet Ayse Deniz Arjun Anil Sunita Deepak Kavita Rohan Meera Lars " +
  "Ingrid Sven Astrid Erik Margaret Brian Colin Derek Janet Pauline Maureen Gordon Keith Denise"
).split(" ");
const SURNAMES = (
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

const ORGANISATIONS = [
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

type WordList = { words: string[]; /** The plural, or null for a word that has none. */ plurals: (string | null)[] };

function expand(list: readonly string[]): WordList {
  const words: string[] = [];
  const plurals: (string | null)[] = [];
  for (const raw of list) {
    if (!raw) continue;
    const p = raw.endsWith("+");
    const w = p ? raw.slice(0, -1) : raw;
    if (SEEN.has(w)) continue;
    SEEN.add(w);
    words.push(w);
    plurals.push(p ? plural(w) : null);
  }
  return { words, plurals };
}
const SEEN = new Set<string>();
const FUNCTION = expand(FUNCTION_WORDS);
const GENERAL = expand(GENERAL_WORDS);
// Topics may share a word ("season", "crew"): the first topic listing it keeps it.
const TOPIC_LISTS = TOPICS.map((t) => expand(t));
const RARE = expand(RARE_WORDS);

/** Every base word of the vocabulary, commonest first (without plurals, names, places or numbers). */
export const WORDS: readonly string[] = [...FUNCTION.words, ...GENERAL.words, ...TOPIC_LISTS.flatMap((t) => t.words), ...RARE.words];

/** The long-tail words, commonest first. */
export const RARE_WORD_LIST: readonly string[] = RARE.words;

/** How many topics there are; a story's topics are indices into them. */
export const TOPIC_COUNT = TOPIC_LISTS.length;

/** The words of topic `i`, commonest first (for tests and the search benchmark's query list). */
export function topicWords(i: number): readonly string[] {
  return TOPIC_LISTS[i]?.words ?? [];
}

function plural(w: string): string {
  if (/[^aeiou]y$/.test(w)) return w.slice(0, -1) + "ies";
  if (/(s|x|z|ch|sh)$/.test(w)) return w + "es";
  return w + "s";
}

/**
 * Samples list positions 0..n-1 with probability ∝ 1 / (rank + q)^s, from a uniform r in [0, 1):
 * inverse CDF with a guide table (Chen and Asau), so a pick is one or two comparisons.
 */
function zipf(n: number, s: number, q = 1): (r: number) => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + q, s);
  for (let i = 0; i < n; i++) cdf[i]! /= sum;
  cdf[n - 1] = 1;
  const slots = n * 4;
  const guide = new Uint32Array(slots);
  for (let k = 0, i = 0; k < slots; k++) {
    while (cdf[i]! <= k / slots) i++;
    guide[k] = i;
  }
  return (r) => {
    let i = guide[Math.floor(r * slots)]!;
    while (cdf[i]! <= r) i++;
    return i;
  };
}

const pickFunction = zipf(FUNCTION.words.length, 1.05, 1.5);
const pickGeneral = zipf(GENERAL.words.length, 0.95, 4);
const pickTopicWord = TOPIC_LISTS.map((t) => zipf(t.words.length, 1.1, 1));
const pickTopic = zipf(TOPIC_LISTS.length, 1, 3);
const pickRare = zipf(RARE.words.length, 0.7, 5);
const pickPlace = zipf(PLACES.length, 0.8, 1);
const pickFirst = zipf(FIRST_NAMES.length, 0.5, 1);
const pickSurname = zipf(SURNAMES.length, 0.5, 1);

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** What a story is about and who is in it: shapes the words of its headline, dek and body. */
export type TextContext = {
  /** Topic indices, main topic first. */
  topics: number[];
  people: { first: string; last: string }[];
  places: string[];
  organisation: string;
};

/** A context for text about nothing in particular (comments, tests). */
export function makeContext(rng: () => number): TextContext {
  const topics = [pickTopic(rng())];
  const extra = rng() < 0.55 ? (rng() < 0.35 ? 2 : 1) : 0;
  for (let i = 0; i < extra; i++) {
    const t = pickTopic(rng());
    if (!topics.includes(t)) topics.push(t);
  }
  const people: TextContext["people"] = [];
  const nPeople = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < nPeople; i++) people.push({ first: FIRST_NAMES[pickFirst(rng())]!, last: SURNAMES[pickSurname(rng())]! });
  const places = [PLACES[pickPlace(rng())]!];
  if (rng() < 0.5) places.push(PLACES[pickPlace(rng())]!);
  return { topics, people, places, organisation: ORGANISATIONS[Math.floor(rng() * ORGANISATIONS.length)]! };
}

const NO_CONTEXT: TextContext = { topics: [], people: [], places: [], organisation: "" };

function inflect(rng: () => number, list: WordList, i: number): string {
  const p = list.plurals[i];
  return p && rng() < 0.3 ? p : list.words[i]!;
}

function topicWord(rng: () => number, ctx: TextContext): string {
  const t = ctx.topics.length === 1 || rng() < 0.7 ? ctx.topics[0]! : ctx.topics[1 + Math.floor(rng() * (ctx.topics.length - 1))]!;
  return inflect(rng, TOPIC_LISTS[t]!, pickTopicWord[t]!(rng()));
}

function properNoun(rng: () => number, ctx: TextContext): string {
  const r = rng();
  if (r < 0.55 && ctx.people.length) {
    const p = ctx.people[Math.floor(rng() * ctx.people.length)]!;
    return rng() < 0.3 ? `${p.first} ${p.last}` : p.last;
  }
  if (r < 0.92 && ctx.places.length) return ctx.places[Math.floor(rng() * ctx.places.length)]!;
  return ctx.organisation || PLACES[0]!;
}

function numberWord(rng: () => number): string {
  const r = rng();
  if (r < 0.3) return String(1990 + Math.floor(rng() * 37)); // a year
  if (r < 0.7) return String(2 + Math.floor(rng() * 60));
  if (r < 0.9) return `£${1 + Math.floor(rng() * 99)}${rng() < 0.5 ? "m" : ",000"}`;
  return `${1 + Math.floor(rng() * 99)}%`;
}

/**
 * One word of running text. Shares: about 42% function words, 36% general vocabulary, 15% words
 * of the story's topics (none without a topic), 5% names and places, 1.5% numbers.
 */
function word(rng: () => number, ctx: TextContext, topicShare = 0.15): string {
  const r = rng();
  // The category's own slice of r is uniform too: it picks the word without another draw.
  if (r < 0.42) return FUNCTION.words[pickFunction(r / 0.42)]!;
  if (ctx.topics.length && r < 0.42 + topicShare) return topicWord(rng, ctx);
  if (r < 0.932) return inflect(rng, GENERAL, pickGeneral(rng()));
  if (r < 0.935) return inflect(rng, RARE, pickRare(rng()));
  if (r < 0.985 && (ctx.people.length || ctx.places.length)) return properNoun(rng, ctx);
  return numberWord(rng);
}

/** Sentence lengths: mostly 8-25 words, now and then very short or long (up to about 45). */
function sentenceLength(rng: () => number, min: number, max: number): number {
  const r = rng();
  const n = r < 0.1 ? min : r < 0.9 ? min + Math.floor(((rng() + rng()) / 2) * (max - min + 1)) : min + Math.floor(rng() * (max + 20 - min));
  return Math.max(min, n);
}

export function sentence(rng: () => number, min = 6, max = 26, ctx: TextContext = NO_CONTEXT): string {
  const n = sentenceLength(rng, min, max);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(word(rng, ctx));
  if (n > 10 && rng() < 0.45) words[Math.floor(n / 2)] += ",";
  if (n > 18 && rng() < 0.3) words[Math.floor(n / 4)] += ",";
  return capitalise(words.join(" ")) + (rng() < 0.05 ? "?" : ".");
}

/** A sentence someone said, attributed: `"…," said Okoye.` */
function quote(rng: () => number, ctx: TextContext): string {
  const s = sentence(rng, 6, 22, ctx).slice(0, -1);
  const who = ctx.people.length ? ctx.people[Math.floor(rng() * ctx.people.length)]!.last : "a spokesperson";
  return `"${s}," said ${who}.`;
}

function paragraph(rng: () => number, ctx: TextContext): string {
  const n = 2 + Math.floor(rng() * 5);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(rng() < 0.12 ? quote(rng, ctx) : sentence(rng, 6, 26, ctx));
  return out.join(" ");
}

/** A Markdown body of about 300-1,100 words: paragraphs, sometimes a subheading, quote or list. */
export function markdownBody(rng: () => number, ctx: TextContext = makeContext(rng)): string {
  const blocks: string[] = [];
  const paragraphs = 5 + Math.floor(rng() * 10);
  for (let i = 0; i < paragraphs; i++) {
    const r = rng();
    if (i > 1 && r < 0.12) blocks.push(`## ${headlineText(rng, ctx, 2, 6)}`);
    else if (i > 1 && r < 0.2) blocks.push(`> ${sentence(rng, 10, 24, ctx)}`);
    else if (i > 1 && r < 0.25) {
      const items = 3 + Math.floor(rng() * 3);
      const list: string[] = [];
      for (let j = 0; j < items; j++) list.push(`- ${sentence(rng, 4, 12, ctx)}`);
      blocks.push(list.join("\n"));
    }
    blocks.push(paragraph(rng, ctx));
  }
  return blocks.join("\n\n");
}

/** Headline words: fewer function words, more of the topic and its people and places. */
function headlineText(rng: () => number, ctx: TextContext, min: number, max: number): string {
  const n = min + Math.floor(rng() * (max - min + 1));
  const words: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng();
    if (r < 0.2) words.push(FUNCTION.words[pickFunction(rng())]!);
    else if (r < 0.6 && ctx.topics.length) words.push(topicWord(rng, ctx));
    else if (r < 0.72) words.push(properNoun(rng, ctx));
    else words.push(word(rng, ctx, 0.3));
  }
  return capitalise(words.join(" "));
}

export type GenArticle = {
  slug: string;
  headline: string;
  dek: string;
  body: string;
  sectionId: number;
  authorIds: number[];
  tagIds: number[];
  /** Unix seconds. */
  publishedAt: number;
};

export type GenComment = {
  id: number;
  articleId: number;
  parentId: number | null;
  authorName: string;
  authorEmail: string;
  body: string;
  status: "approved" | "pending" | "rejected" | "spam";
  /** Unix seconds. */
  createdAt: number;
};

export type Pools = { sectionIds: number[]; authorIds: number[]; tagIds: number[] };

function pick<T>(rng: () => number, list: readonly T[]): T {
  return list[Math.floor(rng() * list.length)]!;
}

function pickDistinct(rng: () => number, list: readonly number[], n: number): number[] {
  const out = new Set<number>();
  const want = Math.min(n, list.length);
  // Bounded: at most 20 tries per wanted item, then whatever was found.
  for (let tries = 0; out.size < want && tries < want * 20; tries++) out.add(pick(rng, list));
  return [...out];
}

/**
 * Article `index` (0-based) of the generated set. Deterministic per (seed, index); published
 * between 3 days and about 5 years before `nowSeconds`, newest for index 0, so the demo stories
 * (hours old) stay on top of the front page.
 */
export function makeArticle(seed: number, index: number, pools: Pools, nowSeconds: number): GenArticle {
  const rng = mulberry32(seed ^ Math.imul(index + 1, 0x9e3779b1));
  const ctx = makeContext(rng);
  const headline = headlineText(rng, ctx, 5, 12);
  const slugWords = headline
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9 ]/g, "")
    .split(" ")
    .filter(Boolean)
    .slice(0, 6)
    .join("-");
  return {
    slug: `${slugWords}-b${index + 1}`,
    headline,
    dek: sentence(rng, 12, 28, ctx),
    body: markdownBody(rng, ctx),
    sectionId: pick(rng, pools.sectionIds),
    authorIds: pickDistinct(rng, pools.authorIds, rng() < 0.15 ? 2 : 1),
    tagIds: pickDistinct(rng, pools.tagIds, 1 + Math.floor(rng() * 3)),
    publishedAt: nowSeconds - 3 * 86_400 - index * 1_500 - Math.floor(rng() * 600),
  };
}

/**
 * How many comments each of `articles` articles gets, summing exactly to `total`: skewed, so a
 * few stories draw hundreds and many draw a handful or none.
 */
export function commentCounts(seed: number, articles: number, total: number): number[] {
  if (articles <= 0) return [];
  const rng = mulberry32(seed ^ 0x51ed27);
  const weights: number[] = [];
  let sum = 0;
  for (let i = 0; i < articles; i++) {
    const r = rng();
    const w = r < 0.2 ? 0 : 1 / (1 - r * 0.97); // long tail up to about 33x the minimum
    weights.push(w);
    sum += w;
  }
  if (sum === 0) {
    weights.fill(1);
    sum = articles;
  }
  const counts = weights.map((w) => Math.floor((w / sum) * total));
  let left = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0; i = (i + 1) % articles) {
    if (weights[i]! > 0) {
      counts[i]!++;
      left--;
    }
  }
  return counts;
}

/** The comments of one article, ids from `firstId`; about 1 in 5 is a reply to an earlier one. */
export function makeComments(
  seed: number,
  articleId: number,
  firstId: number,
  count: number,
  publishedAt: number,
  nowSeconds: number,
): GenComment[] {
  const rng = mulberry32(seed ^ Math.imul(articleId, 0x85ebca6b) ^ 0xc0ffee);
  const out: GenComment[] = [];
  // Readers talk about the story's subject, in shorter sentences.
  const ctx = count > 0 ? makeContext(rng) : NO_CONTEXT;
  let at = publishedAt;
  for (let i = 0; i < count; i++) {
    at = Math.min(at + 30 + Math.floor(rng() * 3_600), nowSeconds - 60);
    const first = pick(rng, FIRST_NAMES);
    const last = pick(rng, SURNAMES);
    const r = rng();
    const status = r < 0.9 ? "approved" : r < 0.96 ? "pending" : r < 0.99 ? "rejected" : "spam";
    const parent = i > 0 && rng() < 0.2 ? out[Math.floor(rng() * i)]! : null;
    const sentences = 1 + Math.floor(rng() * 4);
    const body: string[] = [];
    for (let j = 0; j < sentences; j++) body.push(sentence(rng, 4, 18, ctx));
    out.push({
      id: firstId + i,
      articleId,
      parentId: parent && parent.status === "approved" ? parent.id : null,
      authorName: `${first} ${last}`,
      authorEmail: `${first}.${last}${Math.floor(rng() * 100)}@example.org`.toLowerCase(),
      body: body.join(" "),
      status,
      createdAt: at,
    });
  }
  return out;
}

export type LoadOptions = { articles: number; comments: number; seed?: number; nowSeconds?: number; log?: (m: string) => void };
export type LoadResult = { articles: number; comments: number; insertMs: number; ftsMs: number; firstArticleId: number };

/**
 * Writes the generated set into a migrated, demo-seeded database as fast as SQLite allows: one
 * transaction, raw prepared statements, no journal, no fsync, and the FTS triggers set aside
 * (their exact CREATE text from sqlite_master is re-run afterwards) with each FTS index rebuilt
 * once at the end. Only for a throwaway database: a crash mid-load leaves it corrupt.
 *
 * Articles are written oldest first, so ids grow with publication time as they do on a live
 * site (article `index` 0, the newest, gets the highest id).
 */
export function bulkLoad(sqlite: Database.Database, opts: LoadOptions): LoadResult {
  const seed = opts.seed ?? 20260401;
  const now = opts.nowSeconds ?? Math.floor(Date.now() / 1000);
  const log = opts.log ?? (() => {});

  const pools: Pools = {
    sectionIds: (sqlite.prepare("SELECT id FROM sections ORDER BY id").all() as { id: number }[]).map((r) => r.id),
    authorIds: (sqlite.prepare("SELECT id FROM users WHERE role <> 'moderator' ORDER BY id").all() as { id: number }[]).map((r) => r.id),
    tagIds: (sqlite.prepare("SELECT id FROM tags ORDER BY id").all() as { id: number }[]).map((r) => r.id),
  };
  if (!pools.sectionIds.length || !pools.authorIds.length || !pools.tagIds.length) {
    throw new Error("bulkLoad needs the demo content (sections, writers, tags) first");
  }
  const moderatorId = (sqlite.prepare("SELECT id FROM users WHERE role = 'moderator' ORDER BY id LIMIT 1").get() as { id: number } | undefined)?.id ?? null;

  // Every trigger that an insert into these tables would fire is an FTS sync trigger (0002).
  const triggers = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('articles', 'article_authors', 'article_tags', 'comments') ORDER BY name")
    .all() as { name: string; sql: string }[];

  sqlite.pragma("foreign_keys = OFF");
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -262144"); // 256 MB
  sqlite.pragma("temp_store = MEMORY");

  const t0 = performance.now();
  const firstArticleId = ((sqlite.prepare("SELECT coalesce(max(id), 0) AS m FROM articles").get() as { m: number }).m) + 1;
  let commentId = ((sqlite.prepare("SELECT coalesce(max(id), 0) AS m FROM comments").get() as { m: number }).m) + 1;

  const insArticle = sqlite.prepare(
    `INSERT INTO articles (id, slug, headline, dek, body, status, published_at, updated_at, created_at, section_id, created_by_id)
     VALUES (?, ?, ?, ?, ?, 'published', ?, ?, ?, ?, ?)`,
  );
  const insAuthor = sqlite.prepare("INSERT INTO article_authors (article_id, user_id, sort_order) VALUES (?, ?, ?)");
  const insTag = sqlite.prepare("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)");
  const insComment = sqlite.prepare(
    `INSERT INTO comments (id, article_id, parent_id, author_name, author_email, body, status, created_at, ip_hash, moderated_by_id, moderated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const counts = commentCounts(seed, opts.articles, opts.comments);

  let written = 0;
  sqlite.transaction(() => {
    for (const t of triggers) sqlite.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
    for (let k = 0; k < opts.articles; k++) {
      const i = opts.articles - 1 - k; // oldest first
      const a = makeArticle(seed, i, pools, now);
      const id = firstArticleId + k;
      insArticle.run(id, a.slug, a.headline, a.dek, a.body, a.publishedAt, a.publishedAt, a.publishedAt - 3_600, a.sectionId, a.authorIds[0]!);
      a.authorIds.forEach((u, n) => insAuthor.run(id, u, n));
      for (const tag of a.tagIds) insTag.run(id, tag);
      for (const c of makeComments(seed, id, commentId, counts[i]!, a.publishedAt, now)) {
        const moderated = c.status !== "pending";
        insComment.run(c.id, c.articleId, c.parentId, c.authorName, c.authorEmail, c.body, c.status, c.createdAt, `bench${c.id % 997}`, moderated ? moderatorId : null, moderated ? c.createdAt + 600 : null);
        written++;
      }
      commentId += counts[i]!;
      if ((k + 1) % 20_000 === 0) log(`  ${k + 1} articles, ${written} comments…`);
    }
    for (const t of triggers) sqlite.exec(t.sql);
  })();
  const t1 = performance.now();
  log(`  rows written in ${((t1 - t0) / 1000).toFixed(1)} s; rebuilding the search indexes…`);
  sqlite.exec("INSERT INTO article_search(article_search) VALUES ('rebuild')");
  sqlite.exec("INSERT INTO comment_search(comment_search) VALUES ('rebuild')");
  const t2 = performance.now();

  const after = sqlite
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('articles', 'article_authors', 'article_tags', 'comments') ORDER BY name")
    .all() as { name: string; sql: string }[];
  if (JSON.stringify(after) !== JSON.stringify(triggers)) throw new Error("FTS triggers were not restored as they were");

  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  return { articles: opts.articles, comments: written, insertMs: t1 - t0, ftsMs: t2 - t1, firstArticleId };
}
