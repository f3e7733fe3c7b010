// The calendar helpers the TIMEX rules use, from the app's one calendar module (app/calendar/calendar.ts).
// Here `formatDay` is the TIMEX DATE value of a day ("2023-09-21"), plus the ISO week value ("2023-W38").

import { formatYear, isoWeek, type CalendarDate } from '../../calendar/calendar';

export {
  addDays,
  addMonths,
  daysInMonth,
  formatIsoDay as formatDay,
  formatMonth,
  formatYear,
  isoWeek,
  isoWeekday,
  isValidDate,
  mondayOfIsoWeek,
  parseIsoDate,
  quarterOf,
  type CalendarDate,
} from '../../calendar/calendar';

/** "2023-W38": the TIMEX value of the ISO week holding `date`. */
export const formatWeek = (date: CalendarDate): string => {
  const { year, week } = isoWeek(date);
  return `${formatYear(year)}-W${String(week).padStart(2, '0')}`;
};
