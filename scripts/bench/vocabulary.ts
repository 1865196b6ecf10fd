// The benchmark generator's vocabulary (see generate.ts). Every list is roughly in order of
// frequency: picks follow a Zipf law over the list position. A trailing "+" marks a noun that is
// sometimes written in the plural.

/** Function words and the commonest news verbs: together about 40% of running text. */
export const FUNCTION_WORDS = (
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
export const GENERAL_WORDS = (
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
export const TOPICS: string[][] = [
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
export const RARE_WORDS = (
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
