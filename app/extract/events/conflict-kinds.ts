// The means an attack trigger names, for coreference: a bombing is not a shooting. "their posts in Anderstown and the
// Old Park Road came under intense gunfire ... The Provisional IRA accepted responsibility for the bombings"
// (WikiEvents dev): "the bombings" points back, but to the bombs, not to the gunfire. Triggers that name no means
// ("the attack", "the raid", "killed") can refer to an attack of any kind.

/** Rule id → the means its triggers name; rules not listed name none. */
const MEANS_OF_RULE: Readonly<Record<string, string>> = {
  'attack-bombing': 'explosive',
  'attack-explosive-went-off': 'explosive',
  'attack-shooting': 'firearm',
  'attack-shelling': 'artillery',
};

/** The means an attack trigger of `ruleId` names ("explosive", "firearm", "artillery"), or undefined. */
export function meansOfTrigger(ruleId: string): string | undefined {
  return MEANS_OF_RULE[ruleId];
}

/** Whether a mention naming `means` can be the same attack as an event whose triggers named `eventMeans`. */
export function meansAgree(eventMeans: ReadonlySet<string> | undefined, means: string | undefined): boolean {
  return means === undefined || !eventMeans || eventMeans.size === 0 || eventMeans.has(means);
}
