/**
 * General English word lists the extractor reads names by: titles, role nouns,
 * organization heads. They are about how news prose is written, never about a
 * particular article.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

/** Capitalized words that make up a person's title before the name ("Prime Minister"). */
export const TITLE_WORDS = words(`
  Acting Admiral Adm Affairs Agriculture Ambassador Archbishop Assistant Associate Attorney Ayatollah
  Bishop Brig Brigadier Capt Captain Cardinal Chair Chairman Chairwoman Chancellor Chief Coach
  Col Colonel Commander Commerce Commissioner Congressman Congresswoman Constable Councillor Councilman
  Councilwoman Crown Culture Dame Defence Defense Deputy Detective Director Dr Economy Education Emir
  Energy Envoy Environment Executive Exchequer Father Field Finance First Foreign Former Founder General
  Gov Governor Health Home Homeland Imam Inspector Interior Intelligence Judge Justice King Labor Labour
  Lady Leader Lieutenant Lord Lt Maj Major Majority Marshal Mayor Minister Minority Miss Mr Mrs Ms
  National Officer Pope Premier President Prime Prince Princess Prof Professor Queen Rabbi Rep Representative
  Rev Reverend Secretary Security Sen Senator Sergeant Sgt Sheikh Sir Speaker Special Spokesman
  Spokesperson Spokeswoman Sultan Superintendent Supreme Trade Transport Treasury Vice
`);

/** Title words that only belong to a title after "of" ("Secretary of State"). */
export const TITLE_OBJECTS = words(`State Defence Defense Staff Exchequer Justice Interior Commerce Health`);

/** Titles strong enough to make a single following word a person's name ("Mr Smith"). */
export const PERSONAL_TITLES = words(`
  Mr Mrs Ms Miss Dr Prof Professor Sir Dame Lord Lady President Senator Sen Rep Governor Gov Mayor
  Minister Chancellor Ayatollah Sheikh Imam Rabbi Pope King Queen Prince Princess Judge Justice Rev
  Reverend Father Bishop Archbishop Cardinal Sultan Emir Premier Secretary Speaker Coach
`);

/** Lowercase nouns naming what a person is ("head", "commander") that end a role phrase. */
export const ROLE_NOUNS = words(`
  activist adviser advisor aide ambassador analyst anchor author boss candidate captain ceo chair
  chairman chairwoman champion chancellor chief cleric coach columnist commander commentator commissioner
  correspondent councillor diplomat director economist editor emir envoy executive expert founder general
  governor head journalist judge lawmaker lawyer leader legislator manager mayor member minister
  negotiator novelist official officer organiser organizer owner physician player politician premier
  president presenter professor prosecutor publisher rapper researcher scientist secretary senator
  singer speaker spokesman spokesperson spokeswoman striker strategist teacher treasurer
`);

/** Lowercase words that may stand inside a role phrase before its noun ("politburo", "deputy"). */
export const ROLE_MODIFIERS = words(`
  acting assistant associate bureau cabinet chief co-founder deputy defence defense economic executive
  finance first foreign former general health interim junior lead managing military national opposition
  party political politburo press prime regional senior special state supreme top vice
`);

/** Lowercase nouns that follow an organization's name ("Hamas officials"). */
export const GROUP_NOUNS = words(`
  affiliates allies army board cadres chiefs commanders commander delegation executives faction factions
  fighters forces government headquarters leader leaders leadership lawmakers members militants militia
  negotiators official officials operatives politburo shareholders soldiers spokesman spokeswoman
  staff supporters troops units
`);

/** Last words that make a capitalized run an organization ("Shafaq News Agency"). */
export const ORG_HEADS = words(`
  Academy Administration Agency Airlines Airways Alliance Army Assembly Association Authority Axis
  Bank Board Brigade Brigades Broadcasting Bureau Cabinet Center Centre Chamber Church Club Coalition
  College Commission Committee Company Confederation Congress Corp Corporation Corps Council Court
  Department Directorate Division Federation Force Forces Foundation Front Fund Gazette Group Guard
  Guards Herald Holdings Hospital Inc Industries Initiative Institute Institution International
  Journal Labs League LLC Ltd Media Militia Ministry Motors Movement Navy Network News Observatory Office
  Organisation Organization Parliament Partners Party PLC Police Post Press Regiment Reuters School
  Secretariat Senate Service Services Society Systems Team Technologies Telegraph Times Tribunal
  Tribune Trust Union United University Watch GmbH AG SA plc
`);

/** Buildings and places the news uses for the institutions inside them. */
export const ORG_METONYMS = words(`Kremlin Pentagon Knesset Bundestag Elysee Élysée Vatican`);
export const ORG_METONYM_PHRASES: readonly string[] = ['White House', 'Downing Street', 'Capitol Hill'];

/** Capitalized words that are not names on their own: sentence starts, days, months, pronouns. */
export const COMMON_CAPITALIZED = words(`
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
