// Dates by reference to another event of the article ("during the visit", "at the summit").
// The development parts hold no sentence of this form with a dated earlier event, so the positive cases are the
// issue's phrasings; the negative case is TimeBank (dev) text.
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
});
