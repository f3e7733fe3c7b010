// The entity mention type shared by the entity finders and the event argument attachment.

export type EntityKind = 'person' | 'country' | 'place' | 'organisation';

export interface EntityMention {
  kind: EntityKind;
  /** Canonical name: "Vladimir Putin", "Russia", "Saint Petersburg", "NATO". */
  name: string;
  start: number; // UTF-16 offset into the article text, inclusive
  end: number; // exclusive
  text: string;
  /** Id of the entity rule that found (or resolved) the mention. */
  ruleId: string;
  /** Country a place lies in, a person is from (when known), or a government metonym stands for. */
  country?: string;
  /** Title or role of a person as written ("President", "foreign ministry spokesperson"). */
  title?: string;
  /** The mention is followed by a possessive ("Russia’s invasion"). */
  possessive?: boolean;
  /** A demonym that only modifies a following person title ("Chinese leader Xi Jinping"): not an argument of its own. */
  attributive?: boolean;
}

/** One entity rule: data with an example sentence in which it must find `expectedName`. */
export interface EntityRule {
  id: string;
  kind: EntityKind;
  description: string;
  example: string;
  expectedName: string;
}
