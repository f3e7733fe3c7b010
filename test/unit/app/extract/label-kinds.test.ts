// Labels of forums and agreements that name no party: the kind the text gives ("merger agreement", "developers'
// conference", "business forum"), "signed" only when the text says so, and the article's subject only when the label
// still names nothing. Sentences from the development parts: TimeBank (wsj_0786, wsj_0637), MEANTIME airbus and apple
// (71526, 107785) and WikiEvents dev (wiki_ied_bombings_1_news_3, scenario_en_62).
import { describe, expect, it } from 'vitest';
import { extractArticleEvents } from '../../../../app/extract/pipeline';

const labels = (text: string, type: string): string[] =>
  extractArticleEvents({ id: 't', text, published: '1989-10-26' })
    .filter((e) => e.type === type)
    .map((e) => e.label);

describe('labels that say what kind of gathering or agreement', () => {
  it('names the kind of an unnamed agreement, with the article subject', () => {
    // The company's whole name, not the acronym inside it (the longest name at one start).
    const text = 'IMA Holdings completes buyout\nThe completion of the merger agreement follows months of twists and turns.';
    expect(labels(text, 'agreement')).toEqual(['Merger agreement — IMA Holdings']);
  });
  // Putin set the forum up and Jobs announced something at one (MEANTIME links neither to the conference): neither
  // attended it by what the sentence says, so the label names the kind with the article's subject.
  it('names the kind of an unnamed forum, with the article subject when the text names no attendee', () => {
    expect(labels('The deal was announced during a large business forum that President Vladimir Putin had set up.', 'forum')).toEqual([
      'Business forum — Vladimir Putin',
    ]);
    const jobs = labels("Steve Jobs announced the development at a developers' conference, where he promoted the iPhone.", 'forum');
    expect(jobs).toEqual(["Developers' conference — Steve Jobs"]);
  });
  it('does not call a ceasefire that was only called "signed", and keeps "congress" whole', () => {
    expect(labels('By June, the organisation felt confident enough to call a ceasefire.', 'agreement')).toEqual(['Ceasefire']);
    expect(
      labels('Opponents are begging Venezuelans to sit out a vote on Sunday for what they see as a puppet congress.', 'forum'),
    ).toEqual(['Puppet congress']);
  });
  it('takes no function words for a kind ("if no agreement is reached")', () => {
    const [label] = labels('Mr. Vaux said that if no agreement is reached, other buyers will be sought by bid or auction.', 'agreement');
    expect(label).toMatch(/^Agreement\b/);
  });
});
