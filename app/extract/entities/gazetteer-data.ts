// Curated gazetteer for what the data packages do not hold: news places missing from the city data, government
// metonyms, organisations and extra country aliases. Countries and capitals come from world-countries, other cities
// from city-timezones (city-data.ts); the place list below holds only what those lack and our news needs.

/**
 * Place name (aliases separated by "|", the first is canonical) → ISO 3166-1 alpha-2 country code, for places news
 * names that the city data (≥ 150k inhabitants, see city-data.ts) lacks. Added before the city data, so these
 * canonical spellings win for shared aliases ("St. Petersburg" → "Saint Petersburg").
 */
export const NEWS_PLACES_NOT_IN_CITY_DATA: Readonly<Record<string, string>> = {
  // English news spellings of cities the data spells otherwise ("St. Petersburg", "Odessa", "Zaporizhzhya",
  // "Mykolayiv", "Sevastapol", "Dnipropetrovsk", "Antwerpen", "Xian", "Misratah", "Banghazi", "Irbil", "Hims",
  // "Makkah", "Samarqand", "Rangoon", "Sao Paulo", "Tel Aviv-Yafo") or does not hold at all (Lviv, Montreal).
  'Saint Petersburg|St. Petersburg|St Petersburg': 'RU',
  'Rostov-on-Don': 'RU',
  "Xi'an|Xi’an": 'CN',
  'New York|New York City': 'US',
  Odesa: 'UA',
  Lviv: 'UA',
  Dnipro: 'UA',
  Zaporizhzhia: 'UA',
  Mykolaiv: 'UA',
  Sevastopol: 'UA',
  Antwerp: 'BE',
  Bangalore: 'IN',
  Montreal: 'CA',
  'São Paulo|Sao Paulo': 'BR',
  Mecca: 'SA',
  Homs: 'SY',
  Erbil: 'IQ',
  Benghazi: 'LY',
  Misrata: 'LY',
  'Tel Aviv': 'IL',
  Yangon: 'MM',
  Samarkand: 'UZ',
  'Mazar-i-Sharif': 'AF',
  Hodeidah: 'YE',
  // Conflict-relevant towns and cities below the population threshold or missing from the data.
  Bakhmut: 'UA',
  Bucha: 'UA',
  Idlib: 'SY',
  Raqqa: 'SY',
  'Deir ez-Zor|Deir ez Zor|Deir el-Zor': 'SY',
  Fallujah: 'IQ',
  'Gaza City': 'PS',
  'Khan Younis': 'PS',
  Rafah: 'PS',
  Ramallah: 'PS',
  Hebron: 'PS',
  Goma: 'CD',
  Timbuktu: 'ML',
  Gao: 'ML',
  Marawi: 'PH',
  // US states (the city data holds cities only); those that are also given names or other places (Georgia, Washington,
  // Virginia, Indiana, Montana, Carolina) are left out.
  California: 'US',
  Texas: 'US',
  Florida: 'US',
  Illinois: 'US',
  Pennsylvania: 'US',
  Ohio: 'US',
  Michigan: 'US',
  Arizona: 'US',
  Massachusetts: 'US',
  Tennessee: 'US',
  Missouri: 'US',
  Maryland: 'US',
  Wisconsin: 'US',
  Minnesota: 'US',
  Colorado: 'US',
  Alabama: 'US',
  Louisiana: 'US',
  Kentucky: 'US',
  Oregon: 'US',
  Oklahoma: 'US',
  Connecticut: 'US',
  Utah: 'US',
  Iowa: 'US',
  Nevada: 'US',
  Arkansas: 'US',
  Mississippi: 'US',
  Kansas: 'US',
  Nebraska: 'US',
  Idaho: 'US',
  Hawaii: 'US',
  Maine: 'US',
  Delaware: 'US',
  Alaska: 'US',
  Vermont: 'US',
  Wyoming: 'US',
  'New Mexico': 'US',
  'West Virginia': 'US',
  'New Hampshire': 'US',
  'Rhode Island': 'US',
  'North Dakota': 'US',
  'South Dakota': 'US',
  'North Carolina': 'US',
  'South Carolina': 'US',
  'New Jersey': 'US',
  // Summit and diplomacy venues.
  'Camp David': 'US',
  Davos: 'CH',
  'Sharm el-Sheikh': 'EG',
  Bali: 'ID',
};

/** Capital spellings world-countries does not use; read like capitals (place, or government when a subject). */
export const EXTRA_CAPITALS: Readonly<Record<string, string>> = {
  'Washington|Washington, D.C.|Washington DC': 'US',
  Kiev: 'UA',
  Delhi: 'IN',
  Tehran: 'IR',
  Damascus: 'SY',
};

/** Government metonyms: the seat of power stands for the country's government ("the Kremlin said"). */
export const GOVERNMENT_METONYMS: Readonly<Record<string, string>> = {
  Kremlin: 'RU',
  'White House': 'US',
  Pentagon: 'US',
  'State Department': 'US',
  'Downing Street': 'GB',
  Whitehall: 'GB',
  'Elysee|Élysée|Elysée': 'FR',
  Zhongnanhai: 'CN',
  'Blue House': 'KR',
  Quai: 'FR',
  Bankova: 'UA',
};

/** News agencies and broadcasters, which report news: a source of an article, never what it is about. */
export const NEWS_AGENCIES: readonly string[] = [
  'Voice of America|VOA',
  'Xinhua',
  'TASS|Tass',
  'RIA Novosti',
  'Interfax',
  'Reuters',
  'AFP|Agence France-Presse',
  'Associated Press|AP',
  'BBC',
  'CNN',
  'Al Jazeera',
  'Kyodo',
  'Yonhap',
  'Anadolu',
];

/** Organisations by canonical name, with aliases separated by "|"; the news agencies are among them. */
export const ORGANISATIONS: readonly string[] = [
  'NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation',
  'United Nations|UN|U.N.',
  'European Union|EU|E.U.',
  'UN Security Council|Security Council|United Nations Security Council|U.N. Security Council|UN security council',
  'African Union|AU',
  'ASEAN|Association of Southeast Asian Nations',
  'BRICS',
  'G7|Group of Seven',
  'G20|Group of 20|Group of Twenty',
  'Shanghai Cooperation Organisation|Shanghai Cooperation Organization|SCO',
  'World Health Organization|World Health Organisation|WHO',
  'International Monetary Fund|IMF',
  'World Bank',
  'OPEC',
  'World Trade Organization|World Trade Organisation|WTO',
  'Arab League',
  'International Atomic Energy Agency|IAEA',
  'International Criminal Court|ICC',
  'Red Cross|International Committee of the Red Cross|ICRC',
  'Interpol|INTERPOL',
  'MI5|Security Service',
  'MI6|Secret Intelligence Service',
  'Hamas',
  'Hezbollah',
  'Taliban',
  'Islamic State|ISIS|ISIL|IS',
  'al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda',
  'al-Shabab|Al-Shabaab|al-Shabaab',
  'Boko Haram',
  'Houthis|Houthi',
  'Wagner|Wagner Group',
  'Mercosur',
  'OSCE|Organization for Security and Co-operation in Europe',
  'Organization of American States|OAS',
  'Council of Europe',
  'European Commission',
  'ECOWAS',
  'Gulf Cooperation Council|GCC',
  'AUKUS',
  'APEC|Asia-Pacific Economic Cooperation',
  'Quad',
  "PKK|Kurdistan Workers Party|Kurdistan Workers’ Party|Kurdistan Workers' Party",
  'M23',
  'RSF|Rapid Support Forces',
  "YPG|People’s Protection Units|People's Protection Units",
  'SDF|Syrian Democratic Forces',
  'Free Syrian Army|FSA',
  'al-Qaida|Al-Qaida|al Qaida|al-Qa’ida',
  'Provisional IRA|IRA|Irish Republican Army',
  'ETA',
  'Muslim Brotherhood',
  'FBI|Federal Bureau of Investigation',
  'CIA|Central Intelligence Agency',
  'Democrats|Democratic Party',
  'Republicans|Republican Party|GOP',
  'Labour Party|Labour',
  'Conservative Party|Conservatives|Tories',
  ...NEWS_AGENCIES,
];

/** States of the past that world-countries does not list, as news still names them: name, aliases, demonyms. */
export const HISTORICAL_COUNTRIES: readonly { name: string; aliases: readonly string[]; demonyms: readonly string[] }[] = [
  { name: 'Soviet Union', aliases: ['USSR', 'U.S.S.R.'], demonyms: ['Soviet'] },
  { name: 'Yugoslavia', aliases: [], demonyms: ['Yugoslav'] },
  { name: 'Czechoslovakia', aliases: [], demonyms: ['Czechoslovak'] },
  { name: 'East Germany', aliases: ['German Democratic Republic', 'GDR'], demonyms: ['East German'] },
  { name: 'West Germany', aliases: [], demonyms: ['West German'] },
  { name: 'Ottoman Empire', aliases: [], demonyms: ['Ottoman'] },
];

/** Country aliases not listed by world-countries (or listed only in forms articles rarely use). */
export const EXTRA_COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'U.S.|US|USA|U.S.A.|America|the United States': 'US',
  'U.K.|UK|Britain|Great Britain': 'GB',
  Holland: 'NL',
  Congo: 'CD',
  'Ivory Coast': 'CI',
  Burma: 'MM',
  'Czech Republic': 'CZ',
  'North Korean': 'KP',
  'South Korean': 'KR',
  Palestinian: 'PS',
  Syrian: 'SY',
  Iraqi: 'IQ',
  Afghan: 'AF',
  Ukrainian: 'UA',
  Russian: 'RU',
  Chinese: 'CN',
  Dominican: 'DO',
  Turkey: 'TR',
  Korean: 'KR',
  American: 'US',
  British: 'GB',
  Israeli: 'IL',
  Iranian: 'IR',
  Turkish: 'TR',
  Saudi: 'SA',
  Emirati: 'AE',
};

/** Capitalised words that are never part of a person name (sentence-initial function words, months, days...). */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'The A An In On At By For From With Without Of To And Or But After Before During While When Where Which Who Whom Whose What ' +
    'This That These Those There Here It Its He She They We You I His Her Their Our Your My Both Each Every Some Many Most ' +
    'Speaking Asked Asking According Meanwhile However Also Earlier Later Last Next Since Until Under Over Among Against ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September ' +
    'October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Today Yesterday Tomorrow ' +
    'North South East West Northern Southern Eastern Western Central Mr. Mrs. Ms. Dr. Gen. Sen. Gov. Col. St. ' +
    'President Minister Secretary Chancellor King Queen Prince Pope General Premier Mayor Governor Senator ' +
    'Read More Photo Video Source Reporting Editing Updated Published Breaking News Opinion Analysis ' +
    'One Two Three Four Five Six Seven Eight Nine Ten Other Another World Presidents Ministers Leaders Officials ' +
    'Former Acting Deputy Vice Senior Top Chief Both Neither Either Several Such Only Even Still Yet Then Thus ' +
    'Because As If Although Though Unless Once So Despite Amid Following Under Including Operating Executive Financial ' +
    // Web page furniture captured with the article ("View Photos", "Newsvine Permalink", "Whatsapp Tumblr").
    'Caption Photos Permalink Autoplay Screen Share Tweet Email Facebook Twitter Whatsapp WhatsApp Tumblr Newsvine Reddit LinkedIn Pinterest'
  ).split(' '),
);

/**
 * Articles of other languages that begin names of papers and places, not of people ("Der Spiegel", "El Nacional");
 * "Le" and "La" also begin surnames ("Le Pen", "Le Drian", "La Russa") and are not listed.
 */
export const FOREIGN_ARTICLES: ReadonlySet<string> = new Set('Der Die Das Les El Los Las'.split(' '));

/** Last words that make a capitalised sequence an organisation, facility or event name rather than a person. */
export const NON_PERSON_HEADS: ReadonlySet<string> = new Set(
  (
    'Initiative Forum Summit Conference Agreement Treaty Accord Ministry Agency Council Party Union Organization Organisation ' +
    'Cooperation Partnership Project Program Programme Plan Strategy Act Bill Law Day War Crisis Games Cup Championship Airlines ' +
    'Airways Group Inc Corp Company Bank Fund University College School Hospital Street Road Avenue Square Palace House Hall ' +
    'Center Centre Stadium Airport Station Bridge River Lake Sea Ocean Mountains Island Islands Province Region State City County ' +
    'District Republic Kingdom Federation Times Post News Journal Press Media Television Radio Network Force Forces Army Navy ' +
    'Guard Police Court Parliament Assembly Congress Senate Committee Commission Office Department Service Institute ' +
    'Foundation Association Alliance Coalition Front Movement Brigade Battalion Division Corps Administration Government ' +
    'Ministers Systems Technologies Motors Energy Oil Gas Exchange Index Street Strait Gulf Peninsula Desert Valley Coast ' +
    'Chiefs Staff Countries Nations States Affairs Relations Security Defence Defense Intelligence Reserve Treasury ' +
    'Reform Marine Textile Textiles Industries Holdings Partners Capital Securities Electric Foods Pharmaceuticals Petroleum ' +
    'Steel Mining Communications Telecom Entertainment Investments Ventures Enterprises Resources Markets Trust Life ' +
    'Desk Correspondent Reporter Newsroom Editor Team Staff Writer Writers Wire Services ' +
    // Products, venues and publications ("Paris Air Show", "Congressional Record", "Rolando Cafe").
    'Show Record Kit Fighter Flight Courts Cafe Café Restaurant Theater Theatre Factory Store Stores Directorate Officer Officers ' +
    'Tribune Herald Tribunal Motel Shop Cabinet ' +
    // Market indexes ("the Dow Jones Industrial Average", TimeBank wsj_0585).
    'Average'
  ).split(' '),
);
