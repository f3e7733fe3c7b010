// Helpers for the attack table tests: the attacks extracted from one text, with their labels and roles, and the
// trigger words of its attacks.
import { extractArticleEvents } from '../../../../app/extract/pipeline';

export const attacks = (text: string): { label: string; roles: string[] }[] =>
  extractArticleEvents({ id: 't', text, published: '2019-06-01' })
    .filter((e) => e.type === 'attack')
    .map((e) => ({ label: e.label, roles: (e.roles ?? []).map((r) => `${r.role}=${r.value}`) }));

/** Every role of every attack of the text, as "role=value". */
export const rolesOf = (text: string): string[] => attacks(text).flatMap((a) => a.roles);

/** The trigger words of every attack of the text, in order. */
export const attackTriggers = (text: string, published = '2019-12-31'): string[] =>
  extractArticleEvents({ id: 't', text, published })
    .filter((e) => e.type === 'attack')
    .flatMap((e) => e.mentions.filter((m) => m.role === 'trigger').map((m) => m.text));
