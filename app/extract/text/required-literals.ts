// Reads a regular expression's source and finds literal strings one of which every match must contain: a cheap
// prefilter (bigram-mask.ts) lets a rule table skip the regexes that cannot match a text.
// The analysis is conservative: whatever it does not fully understand (classes, escapes, back-references,
// unbounded or optional parts) constrains nothing, and a source it cannot parse yields null (no prefilter).
// Under flag i the literals are ASCII-lower-cased and non-ASCII letters constrain nothing, so a text ASCII-lower-
// cased the same way (asciiLowerCase) contains one of them whenever the regex matches; flags i and u together
// (Unicode case folding: "ſ" matches "s") yield null.
// Measured on the 256 TempEval-3 articles: the literals rule out 98% of the (sentence, trigger rule) pairs, and the
// trigger search fell from ~76 to ~31 ms per warm pass, ~210-340 to ~160-170 ms in the first (cold) one. They rule
// out 57% of the (article, timex rule) pairs too, but there reading the 50 long timex patterns (~50 ms cold) and
// the `includes` tests cost more than a single CLI pass saved, so the timex rules are not prefiltered.

/** What a part of a pattern can match: `exact` = every string it can match (small sets only), `needs` = one of these
 * strings occurs in every match (null: nothing known). */
interface Info {
  exact: Set<string> | null;
  needs: Set<string> | null;
}

const MAX_SET = 16;
/** Literals stop growing at this length (a longer one hardly rules out more texts, and joining them costs time). */
const MAX_LITERAL = 10;
const ANY: Info = { exact: null, needs: null };
const EMPTY = (): Info => ({ exact: new Set(['']), needs: null });

class Unsupported extends Error {}

/** Sticky: read at the parser's position without copying the rest of the source. */
const QUANTIFIER = /(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/y;
const SPECIAL = new Set('\\^$.|?*+()[]{}');
const QUANTIFIER_START = new Set('*+?{');
const GROUP_HEAD = /\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>)?/y;

/** The shortest set saying the same: a string containing another member is redundant ("signed" given "sign"). */
function minimal(set: Set<string>): Set<string> {
  const sorted = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const s of sorted) if (!kept.some((k) => s.includes(k))) kept.push(s);
  return new Set(kept);
}

function needsOf(info: Info): Set<string> | null {
  if (info.exact) return info.exact.has('') ? null : info.exact;
  return info.needs;
}

/** The more selective requirement: longer shortest literal, then fewer literals. */
function better(a: Set<string> | null, b: Set<string> | null): Set<string> | null {
  if (!a) return b;
  if (!b) return a;
  const shortest = (s: Set<string>): number => Math.min(...[...s].map((x) => x.length));
  const d = shortest(a) - shortest(b);
  return d > 0 || (d === 0 && a.size <= b.size) ? a : b;
}

function alternate(a: Info, b: Info): Info {
  if (a.exact && b.exact && a.exact.size + b.exact.size <= MAX_SET) return { exact: new Set([...a.exact, ...b.exact]), needs: null };
  const x = needsOf(a);
  const y = needsOf(b);
  if (!x || !y) return ANY;
  let union = new Set([...x, ...y]);
  if (union.size > MAX_SET) union = minimal(union); // only when needed: the quadratic pass was most of the reading time
  return union.size <= MAX_SET ? { exact: null, needs: union } : ANY;
}

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly fold: boolean,
  ) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i < this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return info;
  }

  private alternation(): Info {
    let info = this.sequence();
    while (this.src[this.i] === '|') {
      this.i++;
      info = alternate(info, this.sequence());
    }
    return info;
  }

  /** A concatenation: runs of exact parts are joined ("[Ff]" + "orum"); the most selective run's strings are needed. */
  private sequence(): Info {
    let run = new Set(['']);
    let needs: Set<string> | null = null;
    let whole = true; // every part so far was exact and joined into `run`
    let shortest = 0; // of the strings in `run`
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const part = this.plainRun() ?? this.quantified();
      if (part.exact && run.size * part.exact.size <= MAX_SET && shortest < MAX_LITERAL) {
        const joined = new Set<string>();
        for (const x of run) for (const y of part.exact) joined.add(x + y);
        run = joined;
        shortest = Math.min(...[...run].map((x) => x.length));
        continue;
      }
      whole = false;
      needs = better(needs, needsOf({ exact: run, needs: null }));
      if (part.exact) {
        run = new Set(part.exact);
        shortest = Math.min(...[...run].map((x) => x.length));
      } else {
        needs = better(needs, part.needs);
        run = new Set(['']);
        shortest = 0;
      }
    }
    return whole ? { exact: run, needs: null } : { exact: null, needs: better(needs, needsOf({ exact: run, needs: null })) };
  }

  /** Consecutive plain characters, none quantified ("september" in an alternation), read as one exact string. */
  private plainRun(): Info | null {
    let end = this.i;
    while (end < this.src.length && !SPECIAL.has(this.src[end]!) && !QUANTIFIER_START.has(this.src[end + 1] ?? '')) {
      const c = this.src[end]!;
      if (this.fold && c.toLowerCase() !== c.toUpperCase() && !/[a-z]/i.test(c)) break;
      end++;
    }
    if (end === this.i) return null;
    const run = this.src.slice(this.i, end);
    this.i = end;
    return { exact: new Set([this.fold ? run.toLowerCase() : run]), needs: null };
  }

  private quantified(): Info {
    const atom = this.atom();
    QUANTIFIER.lastIndex = this.i;
    const q = QUANTIFIER.exec(this.src);
    if (!q) {
      if (this.src[this.i] === '{') throw new Unsupported('literal {');
      return atom;
    }
    this.i += q[0].length;
    const min = q[1] === '+' ? 1 : q[1] ? 0 : Number(q[2]);
    const max = q[1] === '?' ? 1 : q[1] ? Infinity : q[3] ? (q[4] ? Number(q[4]) : Infinity) : Number(q[2]);
    if (min === 1 && max === 1) return atom;
    if (min === 0) return max === 1 && atom.exact ? { exact: new Set([...atom.exact, '']), needs: null } : ANY;
    return { exact: null, needs: needsOf(atom) };
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '\\') return this.escape();
    if (c === '^' || c === '$') return EMPTY();
    if (c === '.') return ANY;
    if ('*+?{})]'.includes(c)) throw new Unsupported(`stray ${c}`);
    return this.char(c);
  }

  private char(c: string): Info {
    if (!this.fold) return { exact: new Set([c]), needs: null };
    if (c.toLowerCase() === c.toUpperCase()) return { exact: new Set([c]), needs: null };
    return /[a-z]/i.test(c) ? { exact: new Set([c.toLowerCase()]), needs: null } : ANY;
  }

  private group(): Info {
    GROUP_HEAD.lastIndex = this.i;
    const head = GROUP_HEAD.exec(this.src)?.[0] ?? '';
    if (head === '?') throw new Unsupported('group modifier');
    this.i += head.length;
    const inner = this.alternation();
    if (this.src[this.i++] !== ')') throw new Unsupported('unclosed group');
    const lookaround = head === '?=' || head === '?!' || head === '?<=' || head === '?<!';
    return lookaround ? EMPTY() : inner;
  }

  private escape(): Info {
    const c = this.src[this.i++];
    if (c === undefined) throw new Unsupported('trailing \\');
    if (c === 'b' || c === 'B') return EMPTY();
    if ('dDwWsS'.includes(c) || /\d/.test(c) || c === 'k') {
      if (c === 'k' && this.src[this.i] === '<') this.i = this.src.indexOf('>', this.i) + 1;
      return ANY;
    }
    if (c === 'p' || c === 'P') {
      if (this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return ANY;
    }
    const control: Record<string, string> = { n: '\n', r: '\r', t: '\t', f: '\f', v: '\v' };
    if (control[c]) return this.char(control[c]);
    if (/[A-Za-z]/.test(c)) throw new Unsupported(`escape \\${c}`);
    return this.char(c);
  }

  /** A class of up to four single characters ("[Ff]", "['’]") is a small exact set; any other class is ANY. */
  private charClass(): Info {
    const chars = new Set<string>();
    let simple = this.src[this.i] !== '^';
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i++]!;
      if (c === '\\') {
        c = this.src[this.i++] ?? '';
        if (/[A-Za-z0-9]/.test(c)) simple = false;
        if ((c === 'p' || c === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') simple = false; // a range
      for (const x of this.char(c).exact ?? [null])
        if (x === null) simple = false;
        else chars.add(x);
    }
    if (this.src[this.i++] !== ']') throw new Unsupported('unclosed class');
    return simple && chars.size > 0 && chars.size <= 4 ? { exact: chars, needs: null } : ANY;
  }
}

/**
 * Literals one of which occurs in every match of `new RegExp(source, flags)` (in the ASCII-lower-cased text under
 * flag i), or null when nothing is required or the source is beyond this reader.
 */
export function requiredLiterals(source: string, flags = ''): readonly string[] | null {
  if (flags.includes('i') && (flags.includes('u') || flags.includes('v'))) return null;
  if (flags.includes('v') || flags.includes('x')) return null;
  try {
    const found = needsOf(new Parser(source, flags.includes('i')).parse());
    const needs = found && minimal(found);
    return needs && needs.size > 0 && !needs.has('') ? [...needs] : null;
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** The text with A-Z lower-cased and nothing else changed (same length, same offsets). */
export function asciiLowerCase(text: string): string {
  return text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
}
