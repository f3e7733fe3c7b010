// A temporal expression found in text, with its TimeML TIMEX3 type and normalised value.

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface Timex {
  start: number; // UTF-16 offset, inclusive
  end: number; // exclusive
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2023-10", "2022-02", "P1Y", "PRESENT_REF", "XXXX-10", ... */
  value: string;
  /** TIMEX3 quant / freq for SET expressions ("EVERY"). */
  quant?: string;
  freq?: string;
  /** Id of the rule that recognised the expression. */
  ruleId: string;
}
