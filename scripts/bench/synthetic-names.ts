import type { MatchTarget } from '../../lib/match/matcher';
import { seeded } from './random';

/**
 * Synthetic knowledge for the scale test: plausible people and organizations,
 * generated deterministically from seeded lists, as the compiler would give
 * them (a person's canonical name, then a lone surname as alias; an
 * organization's name, sometimes with its acronym).
 */
const FIRST = `Aaron Abdullah Adam Adebayo Adriana Ahmed Aisha Akira Alejandro Aleksandr Ali Alice Amal Amara Amir Ana Andrea Andrei
Anil Anna Antoine Arjun Asma Ayodele Barbara Bashir Beatriz Benedikt Bilal Bogdan Bruno Camila Carlos Carmen Catherine Chen Chiara
Chidi Claire Daniel Daniela Dariusz David Deepa Diego Dimitri Dina Ebru Eduardo Elena Elif Emeka Emily Emre Erik Esther Fatima Fatma
Felipe Fernando Francesca Gabriel Giorgos Grace Hana Hannah Haruto Hassan Hedda Helena Hiroshi Hussein Ibrahim Ilse Imran Ines Ingrid
Ioana Irina Isabel Ivan Jakub James Jamal Jana Javier Jing Joao Johanna Jonas Jorge Joseph Julia Kamal Karim Katarzyna Kenji Khalid
Kofi Layla Leila Lena Liam Lina Lorenzo Lucia Luis Mahmoud Maja Malik Maria Mariam Marek Marta Mateo Mehmet Mei Mikhail Ming Miriam
Mohammed Mustafa Nadia Naledi Nasser Natalia Nikolai Nina Noor Nour Olga Omar Oscar Pablo Paolo Pedro Pierre Priya Rafael Rahul Rania
Rashid Rebecca Reza Rosa Ruth Said Salma Samir Samuel Sara Sergei Shira Sofia Soraya Stefan Sunil Tamar Tariq Thomas Tomasz Valentina
Vikram Walid Wei Yara Yasmin Yosef Youssef Yuki Yusuf Zainab Zeynep Ziad`.split(/\s+/u);

const SURNAMES = `Abadi Abboud Adeyemi Aguilar Ahmadi Akhtar Aksoy Alonso Amini Anand Andersen Arslan Asante Attia Avraham Bakr Barzani Becker
Bekele Ben-David Bergstrom Bianchi Bishara Blanco Bozkurt Brennan Castillo Celik Chaudhry Cohen Costa Dahan Darwish Demir Diallo Dimitrov
Dogan Dubois Eriksen Esposito Farouk Farahani Ferreira Fischer Fontaine Friedman Gallo Garcia Ghali Gomez Greco Gunawardena Haddad Hakimi
Halabi Hamdan Hansen Hashemi Hernandez Hoffmann Husseini Ibrahimovic Ivanova Jaber Janssen Jovanovic Kaplan Karimi Kaya Keller Khalil Khoury
Kim Klein Kowalski Kozlov Kumar Lambert Larsen Lehmann Levi Lindqvist Lopez Madani Maalouf Mahmoudi Mansour Marino Martins Mazur Mehta Mendes
Meyer Mizrahi Molina Moretti Mousavi Murphy Nakamura Nasser Navarro Nguyen Nielsen Novak Nowak Obeid Okafor Okonkwo Oliveira Olsen Ortega
Osman Ozturk Pappas Park Pereira Petrov Popescu Qureshi Rahimi Ramos Rashidi Reyes Richter Rizzo Romero Rossi Saleh Salem Sanchez Santos
Sato Schmidt Schneider Shapiro Sharma Silva Sokolov Suleiman Suzuki Tahir Takahashi Tanaka Tawfik Toure Tran Vasquez Vidal Vogel Wagner
Wang Weber Yadav Yamamoto Yilmaz Yousef Zaidi Zamani Zhang Zimmermann`.split(/\s+/u);

const ARABIC_SURNAMES = 'Amiri Ansari Askari Bazzi Dulaimi Hakim Jubouri Khafaji Maliki Obeidi Rubaie Saadi Tamimi Zubaidi Shammari Karbalai'.split(' ');

const ORG_PLACES = `Atlantic Baltic Caspian Levant Gulf Northern Southern Eastern Western Central Pacific Adriatic Nile Tigris Euphrates Andean Sahel
Danube Aegean Arabian Red Sea Iberian Alpine Nordic Balkan Anatolian Mekong Zambezi Horn Coastal Highland`.split(/\s+/u);
const ORG_SUBJECTS = `Energy Water Grain Shipping Rail Cement Textile Media Health Housing Maritime Mining Telecom Aviation Steel Solar Logistics
Fertilizer Insurance Pharmaceutical Cotton Fisheries Tobacco Dairy Timber Petroleum Electricity Construction Banking Agricultural`.split(/\s+/u);
const ORG_KINDS = `Company Group Holdings Authority Corporation Council Union Federation Association Bank Fund Institute Foundation Alliance
Commission Agency Partners Cooperative Consortium Trust`.split(/\s+/u);
const MOVEMENTS = `Front Movement Brigades Party Coalition Bloc Forces League Assembly Committee`.split(/\s+/u);
const MOVEMENT_WORDS = `National Popular Democratic Islamic Socialist Patriotic Revolutionary Liberal Progressive Unity Justice Renewal Reform Independence
Resistance Sovereignty Freedom Dignity Labour Green`.split(/\s+/u);

function pick<T>(random: () => number, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)]!;
}

function acronym(name: string): string {
  return name
    .split(/\s+/u)
    .filter((w) => !/^(?:of|the|and|for)$/u.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');
}

function person(random: () => number): { name: string; surname: string } {
  const first = pick(random, FIRST);
  const roll = random();
  if (roll < 0.12) {
    const surname = `al-${pick(random, ARABIC_SURNAMES)}`;
    return { name: `${first} ${pick(random, FIRST)} ${surname}`, surname };
  }
  if (roll < 0.25) {
    const surname = `${pick(random, SURNAMES)}-${pick(random, SURNAMES)}`;
    return { name: `${first} ${surname}`, surname };
  }
  if (roll < 0.4) {
    const surname = pick(random, SURNAMES);
    return { name: `${first} ${pick(random, FIRST)} ${surname}`, surname };
  }
  const surname = pick(random, SURNAMES);
  return { name: `${first} ${surname}`, surname };
}

function organization(random: () => number): { name: string; acronym?: string } {
  const roll = random();
  let name: string;
  if (roll < 0.45) name = `${pick(random, ORG_PLACES)} ${pick(random, ORG_SUBJECTS)} ${pick(random, ORG_KINDS)}`;
  else if (roll < 0.65) name = `${pick(random, ORG_KINDS)} for ${pick(random, ORG_SUBJECTS)} ${pick(random, ['Development', 'Research', 'Trade', 'Security', 'Policy'])}`;
  else if (roll < 0.85) name = `${pick(random, MOVEMENT_WORDS)} ${pick(random, MOVEMENT_WORDS)} ${pick(random, MOVEMENTS)}`;
  else name = `${pick(random, SURNAMES)} ${pick(random, SURNAMES)} ${pick(random, ['& Partners', 'Capital', 'Group', 'Holdings', 'Industries'])}`;
  name = name.replace('&', 'and');
  const short = acronym(name);
  return random() < 0.3 && short.length >= 3 ? { name, acronym: short } : { name };
}

/** `total` targets: the bundled ones first, then synthetic people (70%) and organizations, every canonical name unique. */
export function syntheticTargets(bundled: readonly MatchTarget[], total: number, seed = 42): MatchTarget[] {
  const random = seeded(seed);
  const targets = [...bundled];
  const seen = new Set(bundled.flatMap((t) => t.names.map((n) => n.toLowerCase())));
  let misses = 0;
  while (targets.length < total) {
    const isPerson = random() < 0.7;
    const made = isPerson ? person(random) : organization(random);
    const key = made.name.toLowerCase();
    if (seen.has(key)) {
      if (++misses > total * 20) throw new Error(`Cannot generate ${total} distinct names`);
      continue;
    }
    seen.add(key);
    const id = `synthetic-${targets.length}`;
    if (isPerson) targets.push({ id, type: 'person', names: [made.name, (made as { surname: string }).surname] });
    else {
      const org = made as { name: string; acronym?: string };
      targets.push({ id, type: 'organization', names: org.acronym ? [org.name, org.acronym] : [org.name] });
    }
  }
  return targets;
}
