// The syntactic layer: part-of-speech tags, passive voice, the subject shared by subjectless verbs, and speakers.
// Sentences are from the development parts of the corpora (WikiEvents dev.jsonl) unless marked as the example.
import { describe, expect, it } from 'vitest';
import { isPassiveAt, isSpeakerAt, sharedSubject } from '../../../../app/extract/syntax/clause';
import { tagSentence } from '../../../../app/extract/syntax/tagger';

const sentence = (text: string) => ({ text, start: 0 });
const at = (text: string, word: string): number => text.indexOf(word);

describe('part-of-speech tags', () => {
  it('tags names, auxiliaries, verbs, prepositions and subordinators', () => {
    const text =
      'Chechen fighters crossed into Dagestan in support, but within a few weeks, Russian forces had suppressed the insurrection.';
    const tags = Object.fromEntries(tagSentence(sentence(text)).map((t) => [t.text, t.tag]));
    expect(tags).toMatchObject({
      Chechen: 'PROPN',
      crossed: 'VERB',
      into: 'PREP',
      Dagestan: 'PROPN',
      had: 'AUX',
      suppressed: 'VERB',
      the: 'DET',
      but: 'CONJ',
    });
  });
  it('reads a participle after a determiner as an adjective or noun', () => {
    const tags = tagSentence(sentence('Ninety six people were detained in hospital, and the wounded were treated.'));
    expect(tags.find((t) => t.text === 'wounded')?.tag).toBe('ADJ');
    expect(tags.find((t) => t.text === 'detained')?.tag).toBe('VERB');
  });
});

describe('clause structure', () => {
  it.each([
    ['The Murrah Federal Building in Oklahoma City was shattered by an explosion at 9:02 a.m.', 'shattered', true],
    ['Huge explosive devices were detonated at places certain to be thronged with people.', 'detonated', true],
    ['By the end of the day, the IRA’s Belfast brigade had detonated at least 20 bombs across the city.', 'detonated', false],
    ['Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand Province.', 'attacked', false],
  ])('voice of the trigger in %s', (text, word, passive) => {
    expect(isPassiveAt(sentence(text), at(text, word))).toBe(passive);
  });

  it('gives a subjectless -ing verb the subject of its governing clause (the issue’s example)', () => {
    const text = 'Obama will meet King Felipe and acting Prime Minister Mariano Rajoy before traveling to a U.S. naval base in Rota.';
    const span = sharedSubject(sentence(text), at(text, 'traveling'));
    expect(span && text.slice(span.start, span.end)).toBe('Obama');
  });
  it('gives an infinitive the subject of its governing verb, and a verb with its own subject none', () => {
    const text = 'US security services reportedly believe terrorists could use commercially available UAVs to carry hazardous chemicals.';
    const span = sharedSubject(sentence(text), at(text, 'carry'));
    expect(span && text.slice(span.start, span.end)).toBe('terrorists');
    const own = 'Mr Whitelaw and Lord Carrington immediately flew back to Belfast in an RAF transport plane.';
    expect(sharedSubject(sentence(own), at(own, 'flew'))).toBeNull();
  });

  it.each([
    ['Police in the city of Lyon said the suspect left by the same path, Remy Heitz said.', 'Remy Heitz', true],
    ['Prompting Russian airstrikes, according to the Syrian Observatory for Human Rights.', 'Syrian Observatory', true],
    ['“There was an explosion and I thought it was a car crash,” said Eva, a 17-year-old student.', 'Eva', true],
    ['Taliban gunmen and suicide bombers attacked Camp Shorabak in Helmand Province.', 'Taliban', false],
  ])('speaker or not in %s', (text, name, speaker) => {
    expect(isSpeakerAt(sentence(text), at(text, name), at(text, name) + name.length)).toBe(speaker);
  });
});

describe('speakers in quoted news (MEANTIME dev, WikiEvents dev)', () => {
  it.each([
    ["`` We think it's the future of notebooks, '' said Jobs.", 'Jobs', true],
    [
      'A statement after a two-hour emergency meeting at Stormont Castle, said that Mr Whitelaw, the defence secretary, had considered it.',
      'Mr Whitelaw',
      false,
    ],
  ])('speaker or not in %s', (text, name, speaker) => {
    expect(isSpeakerAt(sentence(text), at(text, name), at(text, name) + name.length)).toBe(speaker);
  });
});
