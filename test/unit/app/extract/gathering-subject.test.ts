// Names before a gathering noun (events/gathering-subject.ts): its possessor or premodifier, the subject of its clause
// or the object of a verb whose adjunct it is take part; a name inside another phrase does not. Sentences from the
// development parts: TimeBank (wsj_0542, APW19980322.0749, NYT19980206.0466, PRI19980216.2000.0170), WikiEvents dev
// (wiki_ied_bombings_1_news_4) and MEANTIME apple (10450). After a meeting, a name under a topic preposition is what
// it is about (TimeBank APW19980213.1380, CNN19980222.1130.0084, APW19980322.0749, PRI19980216.2000.0170).
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';
import { isTopicOfMeeting } from '../../../../app/extract/events/gathering-subject';

function who(text: string, type: string): string[] {
  const event = extractArticleEvents({ id: 't', text, published: '1998-02-16' }).find((e) => e.type === type);
  return (event?.roles ?? []).filter((r) => r.role === 'party' || r.role === 'attendee').map((r) => r.value);
}

describe('names before a gathering noun', () => {
  it.each([
    ['meeting', 'Late last week, representatives of Dow Jones and Telerate began negotiations about the terms of the offer.', 'Dow Jones'],
    [
      'meeting',
      'Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane for their emergency meeting.',
      'Mr Whitelaw',
    ],
    [
      'meeting',
      'But Sinn Fein leader Gerry Adams kept his party out pending meetings with British Prime Minister Tony Blair 10 days ago.',
      'Gerry Adams',
    ],
  ])('takes part as the subject of its clause (%s): %s', (type, text, name) => {
    expect(who(text, type)).toContain(name);
  });

  it.each([
    [
      'meeting',
      'Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane for their emergency meeting.',
      'RAF',
    ],
    [
      'meeting',
      'But Sinn Fein leader Gerry Adams kept his party out pending meetings with British Prime Minister Tony Blair 10 days ago.',
      'Sinn Fein',
    ],
    [
      'meeting',
      'President Clinton responded to an article in The New York Times on Friday about her statements ' +
        'regarding a meeting with the president.',
      'New York Times',
    ],
    [
      'meeting',
      "The British government has formally called for Sinn Fein, the IRA's political wing, to be expelled " +
        'from the multiparty peace talks.',
      'Provisional IRA',
    ],
    ['forum', 'There are 500 Apple engineers at what is their largest developers conference in the past decade.', 'Apple'],
  ])('takes no part from inside another phrase (%s): %s', (type, text, name) => {
    expect(who(text, type)).not.toContain(name);
  });
});

describe('names after a meeting', () => {
  it.each([
    // the text from the trigger's end to the name, and whether the name is a topic
    [' with the kidnappers for the return of ', true],
    [' on northern ', true],
    [' from peace talks on Feb. 20 in punishment for two killings blamed on the ', true],
    [' with Iraqi president ', false],
    [' between the two countries and ', false],
  ])('%j is a topic: %s', (between, topic) => {
    expect(isTopicOfMeeting(between)).toBe(topic);
  });
  it('keeps the party "with" and drops the topic "for the return of"', () => {
    const text = 'Police gave no details about the negotiations with the kidnappers for the return of Jorge Hernandez.';
    expect(who(text, 'meeting')).not.toContain('Jorge Hernandez');
    expect(who('Annan wrapped up a three hour meeting with Iraqi president Saddam Hussein in Baghdad today.', 'meeting')).toContain(
      'Saddam Hussein',
    );
  });
});
