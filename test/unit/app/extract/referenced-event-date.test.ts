// Dates by reference to another event of the article ("during the visit", "at the summit", a journey "for talks").
// The development parts hold no "during"/"at" sentence with a dated earlier event, so those positive cases are the
// issue's phrasings; the negative case is TimeBank (dev) text; the journey's purpose is WikiEvents dev text.
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

const events = (text: string, published: string) => extractArticleEvents({ id: 't', text, published });

describe('dates by reference to another event', () => {
  it('gives an event "during the visit" the visit’s date', () => {
    const found = events(
      'Chancellor Olaf Scholz will visit China on October 17.\nDuring the visit he will meet Chinese leader Xi Jinping.',
      '2023-09-21',
    );
    const meeting = found.find((e) => e.type === 'meeting')!;
    expect([meeting.start, meeting.dateBasis, meeting.status]).toEqual(['2023-10-17', 'context', 'planned']);
  });
  it('gives an event "at the summit" the summit’s date', () => {
    const found = events(
      'Leaders gathered for the ASEAN summit in Jakarta on September 5.\nAt the summit, Joko Widodo met Li Qiang.',
      '2023-09-07',
    );
    expect(found.find((e) => e.type === 'meeting')?.start).toBe('2023-09-05');
  });
  it('refers to nothing when no dated event of that type came before', () => {
    const text =
      "Whether Polly Peck's acquisition makes sense remains to be seen, but at the news conference, Mr. Nadir met Sansui executives.";
    const meeting = events(text, '1989-10-31').find((e) => e.type === 'meeting');
    expect(meeting?.dateBasis).toBe('publication');
  });
  it('does not make the visit referred to a second visit of the person met there', () => {
    const found = events('Biden visited Kyiv on Monday. During the visit, he met Volodymyr Zelensky.', '2023-03-22');
    expect(found.filter((e) => e.type === 'visit').map((e) => e.label)).toEqual(['Biden visits Kyiv']);
    expect(found.find((e) => e.type === 'meeting')?.start).toBe('2023-03-20');
  });
  it('gives the gathering a dated journey was made for the journey’s date (WikiEvents dev, with a day added; made up)', () => {
    const belfast = events(
      'On Friday, Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane for their emergency meeting.',
      '1972-07-22',
    );
    expect(belfast.find((e) => e.type === 'meeting')?.start).toBe('1972-07-21');
    const talks = events('Antony Blinken arrived in Tel Aviv on Monday for talks with Israeli leaders.', '2023-07-09');
    expect(talks.find((e) => e.type === 'meeting')?.start).toBe('2023-07-03'); // before: placed on the report's day
  });
  it('takes no journey’s date for a gathering that is not its purpose', () => {
    const found = events('Antony Blinken arrived in Tel Aviv on Monday. Talks with Israeli leaders are expected soon.', '2023-07-09');
    expect(found.find((e) => e.type === 'meeting')?.start).not.toBe('2023-07-03');
  });
});
