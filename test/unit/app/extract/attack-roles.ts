// Helpers for the attack-role table tests: the attacks extracted from one text, with their labels and roles.
import { extractArticleEvents } from '../../../../app/extract/pipeline';

export const attacks = (text: string): { label: string; roles: string[] }[] =>
  extractArticleEvents({ id: 't', text, published: '2019-06-01' })
    .filter((e) => e.type === 'attack')
    .map((e) => ({ label: e.label, roles: (e.roles ?? []).map((r) => `${r.role}=${r.value}`) }));

/** Every role of every attack of the text, as "role=value". */
export const rolesOf = (text: string): string[] => attacks(text).flatMap((a) => a.roles);
