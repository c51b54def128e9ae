/**
 * General English word lists the extractor reads names by: titles, role nouns,
 * organization heads. They are about how news prose is written, never about a
 * particular article.
 */

// Each list is marked pure, so a bundle that needs a few of them (the content script) leaves the rest out.
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Capitalized words that make a person's title before the name ("Prime Minister", "Chief Financial Officer"). */
export const TITLE_WORDS = /* @__PURE__ */ words(`
  Acting Admiral Adm Ambassador Archbishop Assistant Associate Attorney Ayatollah Bishop Brig Brigadier
  Capt Captain Cardinal Chair Chairman Chairwoman Chancellor Chief Coach Col Colonel Commander
  Commissioner Congressman Congresswoman Constable Councillor Councilman Councilwoman Crown Dame Democrat Deputy
  Detective Director Dr Emir Envoy Executive Father Field Financial First Former Founder General Gov
  Governor Imam Inspector Judge Justice King Lady Leader Lieutenant Lord Lt Maj Major Managing Marshal
  Mayor Minister Miss Mr Mrs Ms Officer Operating Pope Premier President Prime Prince Princess
  Principal Prof Professor Queen Rabbi Rep Representative Republican Rev Reverend Secretary Sen Senator Senior
  Sergeant Sgt Sheikh Sir Speaker Special Spokesman Spokesperson Spokeswoman Sultan Superintendent
  Supreme Vice
`);

/** Portfolios and offices, part of a title only beside a title word: "Foreign Minister", "Minister of Foreign Affairs". */
export const PORTFOLIO_WORDS = /* @__PURE__ */ words(`
  Affairs Agriculture Commerce Communications Culture Defence Defense Digital Economic Economy Education
  Energy Environment Finance Foreign Health Home Homeland Housing Industry Information Intelligence
  Interior Justice Labor Labour Legal Marketing Medical National Operations Security Technology Trade
  Transport Treasury
`);

/** Title words that only belong to a title after "of" ("Secretary of State"). */
export const TITLE_OBJECTS = /* @__PURE__ */ words(`State Defence Defense Staff Exchequer Justice Interior Commerce Health`);

/** Titles strong enough to make a single following word a person's name ("Mr Smith"). */
export const PERSONAL_TITLES = /* @__PURE__ */ words(`
  Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Senator Sen Rep Governor Gov Mayor
  Minister Chancellor Ayatollah Sheikh Imam Rabbi Pope King Queen Prince Princess Judge Justice Rev
  Reverend Father Bishop Archbishop Cardinal Sultan Emir Premier Secretary Speaker Coach
`);

/** Lowercase nouns naming what a person is ("head", "commander") that end a role phrase. */
export const ROLE_NOUNS = /* @__PURE__ */ words(`
  activist adviser advisor aide ambassador analyst anchor author boss candidate captain ceo chair
  chairman chairwoman champion chancellor chief cleric coach columnist commander commentator commissioner
  correspondent councillor diplomat director economist editor emir envoy executive expert founder general
  governor head journalist judge lawmaker lawyer leader legislator manager mayor member minister
  negotiator novelist official officer organiser organizer owner physician player politician premier
  president presenter professor prosecutor publisher rapper researcher scientist secretary senator
  singer speaker spokesman spokesperson spokeswoman striker strategist teacher treasurer
`);

/** Lowercase words that may stand inside a role phrase before its noun ("politburo", "deputy"). */
export const ROLE_MODIFIERS = /* @__PURE__ */ words(`
  acting assistant associate bureau cabinet chief co-founder deputy defence defense economic executive
  finance first foreign former general health interim junior lead managing military national opposition
  party political politburo press prime regional senior special state supreme top vice
`);

/** Lowercase nouns that follow an organization's name ("Hamas officials"). */
export const GROUP_NOUNS = /* @__PURE__ */ words(`
  affiliates allies army board cadres chiefs commanders commander delegation executives faction factions
  fighters forces government headquarters leader leaders leadership lawmakers members militants militia
  negotiators official officials operatives politburo shareholders soldiers spokesman spokeswoman
  staff supporters troops units
`);

/** Last words that make a capitalized run an organization ("Shafaq News Agency"). */
export const ORG_HEADS = /* @__PURE__ */ words(`
  Academy Administration Agency Airlines Airways Alliance Army Assembly Association Authority Axis
  Bank Board Brigade Brigades Broadcasting Bureau Cabinet Center Centre Chamber Church Club Coalition
  College Commission Committee Company Confederation Congress Corp Corporation Corps Council Court
  Department Directorate Division Federation Force Forces Foundation Front Fund Gazette Group Guard
  Guards Herald Holdings Hospital Inc Industries Initiative Institute Institution International
  Journal Labs League LLC Ltd Media Militia Ministry Motors Movement Navy Network News Observatory Office
  Organisation Organization Parliament Partners Party PLC Police Post Press Regiment Reuters School
  Secretariat Senate Service Services Society Systems Team Technologies Telegraph Times Tribunal
  Tribune Trust Union United University Watch GmbH AG SA plc
  Airline Athletic Athletics Bancorp Brewery Capital Cooperative Co-operative Credit Energy FC Foods
  Insurance Investment Investments LLP Logistics Minerals Mining Motors Nations NV Oil Optics Petroleum
  Pharma Pharmaceuticals Railway Railways Resources Sensors Shipping Shipyard Solutions Steel Studios
  Terminals Therapeutics Transit Transport Ventures Works Council Library Museum Gallery Theatre Theater
  Orchestra Hospital Clinic Laboratory Laboratories Lab Publishing Publishers Records Entertainment
  Broadcasting Airways Bank Banks Group Holdings Unit Panel Desk Taskforce Community Circuit Network Management
`);

/** Words that make an organization of a name wherever they stand in it: "Sociedad Química y Minera". */
export const FOREIGN_ORG_HEADS = /* @__PURE__ */ words(`
  Alcaldía Asamblea Asociación Associazione Banco Banque Bundesamt Cámara Companhia Compagnie Compañía
  Concejo Confederación Congreso Conseil Conselho Consejo Corporación Corte Defensoría Empresa Federación
  Fundação Fundación Gesellschaft Gobierno Groupe Grupo Institut Instituto Ministerio Ministère Ministerium
  Movimiento Municipalidad Partei Partido Prefectura Senado Sindicato Sociedad Società Société Stiftung
  Universidad Universität Université Verein
`);

/** Parties the news names by one capitalized word ("Labour", "the Conservatives"), away from a sentence's start. */
export const PARTY_WORDS = /* @__PURE__ */ words(`Conservatives Democrats Greens Labour Liberals Republicans Socialists Tories`);

/** Legislatures and the like: one capitalized word that names one institution. */
export const INSTITUTIONS = /* @__PURE__ */ words(`Congress Cortes Dáil Duma Knesset Majlis Oireachtas Parliament Riksdag Sejm Senate Storting Bundestag Bundesrat`);

/** First or last words that make a capitalized run a place ("Lake Superior", "Harbor County"). */
export const PLACE_HEADS = /* @__PURE__ */ words(`
  Airport Avenue Basin Bay Beach Boulevard Bridge Canal Canyon Cape Coast County Creek Delta Desert
  District Falls Forest Fort Gulf Harbor Harbour Heights Highlands Hill Hills Island Islands Lake Lakes
  Mount Mountain Mountains Mt Oasis Ocean Park Peninsula Plain Plains Plant Plaza Point Province
  Quarter Rapids Region Reservoir River Road Salar San Santa Sea Seaway Shore Springs Square Stadium
  Station Strait Street Township Valley Village Volcano Ward
`);

/** Compass words that open a place's name ("West Yorkshire", "North Shore"). */
export const COMPASS_WORDS = /* @__PURE__ */ words(`North South East West Northern Southern Eastern Western Central Upper Lower Greater`);

/** Last words of names that are neither people nor organizations: laws, events, documents, times. */
export const NON_ENTITY_HEADS = /* @__PURE__ */ words(`
  Act Acts Address Agreement Accord Accords Award Awards Bill Budget Call Championship Championships
  Code Conference Convention Cup Days Declaration Derby Directive Doctrine Expo Fair Festival Final
  Finals Forum Games Index Marathon Olympics Open Plan Prize Programme Program Protocol Regulation
  Match Report Resolution Round Rule Rules Series Speech Statement Statements Strategy Summit Time Treaty
  Trophy War Week Weekend Year
`);

/** Acronyms that name no organization. */
export const COMMON_ACRONYMS = /* @__PURE__ */ words(`
  AI AIDS AM API ATM BST CEO CEST CET CFO CO2 COO COVID CPI CTO DNA DIY EDT ESG EST ETA EV EVs FAQ FY
  GDP GMT GPS GW GWh HIV HR ID II III IPO IT IV KM LGBT LGBTQ LNG LPG MBA MEP MP MPs MW MWh NB NGO NGOs
  OK PC PDF PDT PhD PM PR PS PST Q QA SMS SUV SUVs TBD TV TWh UTC URL USB USD EUR GBP JPY CNY VAT VIP VP
  WWI WWII XL
`);

/** Buildings and places the news uses for the institutions inside them. */
export const ORG_METONYMS = /* @__PURE__ */ words(`Kremlin Pentagon Elysee Élysée Vatican`);
export const ORG_METONYM_PHRASES: readonly string[] = ['White House', 'Downing Street', 'Capitol Hill'];

/** Capitalized words that are not names on their own: sentence starts, days, months, pronouns. */
export const COMMON_CAPITALIZED = /* @__PURE__ */ words(`
  A About Above According Across After Afterwards Again Against Ago All Also Although Among An And
  Another Any Anyone Are As At Back Be Because Before Being Below Besides Between Both But By Can
  Despite Did Do Does During Each Earlier Either Even Ever Every Few For From Further Given Had Has Have
  He Her Here Hers Him His How However I If In Including Indeed Inside Instead Is It Its Just Last
  Later Like Many Meanwhile More Moreover Most Much My Near Neither Never Nevertheless New Next No Nor
  Not Now Of Off On Once One Only Or Other Others Our Over Per Perhaps Previously Since So Some Still
  Such Than That The Their Them Then There These They This Those Though Through Thus To Today
  Tomorrow Tonight Too Under Unless Until Up Upon Us We Were What Whatever When Where Whether Which
  While Who Whom Whose Why Will With Within Without Yes Yesterday Yet You Your
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  January February March April May June July August September October November December
  Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
  Q Mr Mrs Ms Dr
`);
