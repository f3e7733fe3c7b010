// Finds a publication date written into a file name: "wang-yi-putin-2023-09-21.txt", "20230921_story.txt",
// "2023_09_21 report.html", "APW19980807.0261.tml". Digits must not continue on either side, so ids and
// phone-like numbers are not misread; the date must be a real calendar day.

import { isoDay } from '../calendar/date-strings';

export interface FileNameDate {
  iso: string;
  /** The characters of the file name that held the date. */
  text: string;
}

const FILENAME_DATE = /(?<!\d)((?:18|19|20|21)\d{2})([-_. ]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/g;

/** The first valid date in the file name, or null. */
export function dateFromFileName(fileName: string): FileNameDate | null {
  for (const match of fileName.matchAll(FILENAME_DATE)) {
    const iso = isoDay(Number(match[1]), Number(match[3]), Number(match[4]));
    if (iso) return { iso, text: match[0] };
  }
  return null;
}
