// City names from the city data that are also common English words, given names, surnames or institutions. Such a name
// counts as a city only after a locative preposition ("in Reading", "from Nice") or when followed by ", <Country>"
// ("Victoria, Canada"); elsewhere it is left to the other rules ("Nice to see you", "Reading the report",
// "Mobile phones", "Florence Pugh said", "President Vladimir Putin", "the State Duma"). Data-like: extend as needed.

/** Words that make an ambiguous city name a place when they come right before it. */
export const CITY_LOCATIVE_WORDS: ReadonlySet<string> = new Set([
  'in',
  'at',
  'to',
  'from',
  'near',
  'outside',
  'inside',
  'into',
  'via',
  'toward',
  'towards',
  'visit',
  'visited',
  'visiting',
  'visits',
]);

const GROUPS: readonly string[] = [
  // English (and loan) words.
  'Nice Reading Mobile Split Bath Aurora Independence Providence Buffalo Phoenix Flint Tours Hail Oral Van Batman Colon Manta Fez ' +
    'Perm Hue Canton Springs Riverside Mesa Natal Tema Como Anda Bade Angers Essen Sale Hope Price Orange Concord Victoria Liberty ' +
    'Union Paradise Temple Enterprise Eagle',
  // Given names.
  'Florence Charlotte Austin Madison Savannah Orlando Eugene Gary Bo Nancy Regina Leon Salvador Santiago Rosario Concepcion ' +
    'Concepción Soledad Vladimir Sagar Zaria Minna Jian Luan Xinyi Marilia Marília Franca Everett Irvine Lowell Aydin Aydın Alexandria ' +
    'Georgetown Beni Verona Salem Augusta Elgin',
  // Surnames.
  'Jackson Lincoln Hamilton Kingston Wellington Richmond Lancaster Durham York Columbia Columbus Oxford Windsor Montgomery Davenport ' +
    'Paterson Sanford Stamford Lexington Covington Santos Salinas Campos Ponce Bello Medina Mendoza Valencia Toledo Cordoba Córdoba ' +
    'Trujillo Zamora Engels Kirov Orel Chita Tula Puri Matsumoto Miyazaki Nagano Yamagata Okayama Fukushima Kanazawa Albany ' +
    'Plymouth Worcester Hampton Norfolk Kasur Bradford Sheffield Preston Chester Warren Winston Burgos Murcia Granada Salamanca Reno Ogden Arad Douglas',
  // Institutions and other senses news uses more often than the city ("Angeles" alone is mostly a split "Los Angeles").
  'Duma Angeles',
];

/** Ambiguous city names (diacritic and ASCII spellings). */
export const AMBIGUOUS_CITY_NAMES: ReadonlySet<string> = new Set(GROUPS.join(' ').split(' '));
