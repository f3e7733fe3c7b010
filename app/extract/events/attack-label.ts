// Attack labels: attacker and target ("Taliban attacks Camp Shorabak in Helmand Province"), whom it struck as the
// text counts them ("Gunman kills five police officers in Dallas"), its kind and who did it ("Shelling by government
// forces in Houla"), or the people it struck ("Assassination of Saddam Hussein").

import type { EventMention } from './event-mention';
import { casualtiesOf, describedAttacker, verbAfterDescribed, type Casualties } from './casualties';
import { joinNames, inPlace, kindIn, named, personNames, type Label, type LabelInput } from './label-parts';

function attackNoun(mentions: readonly EventMention[]): string {
  const text = mentions.map((m) => m.trigger.text.toLowerCase()).join(' ');
  const rules = new Set(mentions.map((m) => m.trigger.rule.id));
  if (/drone/.test(text)) return 'Drone strike';
  if (/missile/.test(text)) return 'Missile strike';
  if (/rocket/.test(text)) return 'Rocket attack';
  if (rules.has('attack-airstrike')) return 'Airstrike';
  if (rules.has('attack-shelling') || /mortar|shells\b|shell\b/.test(text)) return 'Shelling';
  if (/suicide/.test(text)) return 'Suicide bombing';
  if (/bomb/.test(text)) return 'Bombing';
  if (/explo|blast|detonat|ied/.test(text)) return 'Explosion';
  if (/ambush/.test(text)) return 'Ambush';
  if (/raid|storm/.test(text)) return 'Raid';
  if (/stab/.test(text)) return 'Stabbing';
  if (/massacre/.test(text)) return 'Massacre';
  if (/shoot|gunfire|fire|shot/.test(text)) return 'Shooting';
  if (/assassin/.test(text)) return 'Assassination';
  return 'Attack';
}

/** The casualties the first attack mention counts (casualties.ts), with its described attacker when there is one. */
function casualtiesOfMentions(mentions: readonly EventMention[]): { casualties: Casualties; attacker?: string } | undefined {
  for (const m of mentions) {
    if (m.trigger.type !== 'attack') continue;
    const casualties = casualtiesOf(m.trigger);
    if (casualties) return { casualties, attacker: describedAttacker(m.trigger) };
  }
  return undefined;
}

/** "Assassination of", "Explosion at", "Airstrike on": the preposition naming what an attack of this kind struck. */
function attackPreposition(noun: string): string {
  if (/^(?:Explosion)$/.test(noun)) return 'at';
  if (/^(?:Assassination|Shooting|Stabbing|Massacre|Bombing|Suicide bombing|Shelling)$/.test(noun)) return 'of';
  return 'on';
}

/** The label of an attack; `agent` is its first attacker. */
export function attackLabel({ patients, places, mentions }: LabelInput, agent: string | undefined): Label {
  // "Taliban attacks Camp Shorabak in Helmand Province": the place is added when it is not the target itself.
  if (agent && patients[0]) return named(`${agent} attacks ${joinNames(patients)}${inPlace(places.filter((p) => !patients.includes(p)))}`);
  const noun = attackNoun(mentions);
  // No one struck is named: whom the text counts ("Hezbollah kills three Israeli soldiers", "Gunman kills five police
  // officers in Dallas", "Explosion kills at least 12 people in Kabul") says more than the kind of attack alone.
  const struck = casualtiesOfMentions(mentions);
  if (agent && struck) {
    const by = noun === 'Attack' ? agent : `${noun} by ${agent}`; // "Missile strike by Russia kills at least five people"
    return named(`${by} ${struck.casualties.verb} ${struck.casualties.phrase}${inPlace(places)}`);
  }
  if (agent) return named(`${noun} by ${agent}${inPlace(places)}`);
  // No attacker named: the people it struck ("Assassination of Saddam Hussein"). A state or site struck stays out
  // of such a label: read without its attacker it is too often only the owner of the site ("the US embassy").
  const people = personNames(mentions);
  const victims = patients.filter((name) => people.has(name));
  if (victims[0]) return named(`${noun} ${attackPreposition(noun)} ${joinNames(victims)}${inPlace(places)}`);
  if (struck) {
    const { casualties, attacker } = struck;
    const verb = attacker ? verbAfterDescribed(attacker, casualties) : casualties.verb;
    return named(`${attacker ?? noun} ${verb} ${casualties.phrase}${inPlace(places)}`);
  }
  // "Shelling by government forces in Houla": attackers the text only describes.
  const described = mentions.map((m) => (m.trigger.type === 'attack' ? describedAttacker(m.trigger) : undefined)).find(Boolean);
  if (described) return named(`${noun} by ${described.toLowerCase()}${inPlace(places)}`);
  return kindIn(noun, places);
}
