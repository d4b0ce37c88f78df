// Date expressions in a sentence and their resolution to ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD).
// Absolute forms resolve on their own ("in 2022" → 2022, "March 3, 2024" → 2024-03-03);
// relative ones ("Friday", "last month", "yesterday") only against publishedAt, and otherwise
// stay null with their words kept in dateText. A weekday is taken as the most recent one on or
// before publication, because news reports past events far more than future ones — unless
// the sentence speaks of the future ("will", "next").

export interface DateMention {
  start: number;
  end: number;
  text: string;
  date: string | null;
}

const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const MONTH_RE = "(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
// `digits`: every match holds a digit, so a sentence without one skips the pattern (most do).
const PATTERNS: Array<{ re: RegExp; kind: string; digits?: true }> = [
  { re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "g"), kind: "mdy", digits: true },
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_RE}\\s+(\\d{4})\\b`, "g"), kind: "dmy", digits: true },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, kind: "iso", digits: true },
  { re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{4})\\b`, "g"), kind: "my", digits: true },
  { re: new RegExp(`\\b${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s+\\d{4})`, "g"), kind: "md", digits: true },
  // British and European copy: "on 3 March", "the 14th of May".
  { re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?!,?\\s+\\d{4})`, "g"), kind: "dm", digits: true },
  { re: /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(day|days|week|weeks|month|months|year|years)\s+ago\b/gi, kind: "ago" },
  // Case-insensitive: "In 2015, Albania imposed sanctions" opens a sentence.
  { re: /\b(?:in|since|by|until|of|from|during|early|late|mid-?)\s+((?:19|20)\d{2})\b(?!-)/gi, kind: "year", digits: true },
  // "the 2022 invasion", "a 2019 interview": a year modifying an event noun.
  { re: /\b(?:the|a|an|its|their|his|her)\s+((?:19|20)\d{2})\s+(?=\p{L})/giu, kind: "year", digits: true },
  { re: /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, kind: "weekday" },
  { re: /\b(yesterday|today|tonight|last night|this morning|this afternoon|this evening|overnight)\b/gi, kind: "day-rel" },
  { re: /\b(last|next|this)\s+(week|month|year)\b/gi, kind: "period-rel" },
  { re: new RegExp(`\\b(?:in|since|by|until|last|early|late|mid-?)\\s+${MONTH_RE}(?!\\s+\\d)`, "g"), kind: "month" },
];

const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
function monthOf(word: string): number {
  return MONTHS[word.toLowerCase().replace(/\./g, "")] ?? 0;
}
function parsePublished(publishedAt: string | null): Date | null {
  if (!publishedAt) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(publishedAt);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  // "2025-13-45" is no date: relative expressions then stay unresolved rather than roll over.
  return iso(d) === m[0] ? d : null;
}
function iso(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}
function shift(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** All date expressions in `sentence` (offsets into the article via `offset`), longest first wins. */
export function findDates(sentence: string, offset: number, publishedAt: string | null): DateMention[] {
  const pub = parsePublished(publishedAt);
  // Future or past is read in the date's own clause: "will return next month after no candidate won
  // in Sunday's election" puts Sunday in the past.
  const futureAround = (s: number, e: number): boolean => {
    const bounds = /[,;—–]|\b(?:after|since|because|following|when|while)\b/gi;
    let from = 0;
    let to = sentence.length;
    for (let b = bounds.exec(sentence); b; b = bounds.exec(sentence)) {
      if (b.index + b[0].length <= s) from = b.index + b[0].length;
      else if (b.index >= e) {
        to = b.index;
        break;
      }
    }
    return /\b(will|next|upcoming|scheduled|plans? to)\b/i.test(sentence.slice(from, to));
  };
  const found: DateMention[] = [];
  const taken: Array<[number, number]> = [];
  const hasDigit = /\d/.test(sentence);
  for (const { re, kind, digits } of PATTERNS) {
    if (digits && !hasDigit) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      let s = m.index;
      let e = m.index + m[0].length;
      if (kind === "year" || kind === "month") {
        // dateText keeps the expression, not the preposition.
        const lead = /^(?:in|since|by|until|of|from|during|last|the|a|an|its|their|his|her)\s+/i.exec(m[0]);
        if (lead) s += lead[0].length;
        if (kind === "year") e = m.index + m[0].lastIndexOf(m[1]!) + m[1]!.length;
      }
      if (taken.some(([a, b]) => s < b && e > a)) continue;
      const future = futureAround(s, e);
      let date: string | null = null;
      switch (kind) {
        case "mdy":
          date = `${m[3]}-${pad(monthOf(m[1]!))}-${pad(Number(m[2]))}`;
          break;
        case "dmy":
          date = `${m[3]}-${pad(monthOf(m[2]!))}-${pad(Number(m[1]))}`;
          break;
        case "iso":
          date = m[0];
          break;
        case "my":
          date = `${m[2]}-${pad(monthOf(m[1]!))}`;
          break;
        case "dm":
          if (pub) {
            const month = monthOf(m[2]!);
            let year = pub.getUTCFullYear();
            if (!future && month > pub.getUTCMonth() + 1) year -= 1;
            date = `${year}-${pad(month)}-${pad(Number(m[1]))}`;
          }
          break;
        case "ago":
          if (pub) {
            const count = NUMBER_WORDS[m[1]!.toLowerCase()] ?? Number(m[1]);
            const unit = m[2]!.toLowerCase().replace(/s$/, "");
            // Days are exact; weeks and months name the month they fall in; years the year.
            if (unit === "day") date = iso(shift(pub, -count));
            else if (unit === "week") date = iso(shift(pub, -7 * count)).slice(0, 7);
            else if (unit === "month") {
              const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - count, 1));
              date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
            } else date = String(pub.getUTCFullYear() - count);
          }
          break;
        case "md":
          if (pub) {
            const month = monthOf(m[1]!);
            let year = pub.getUTCFullYear();
            if (!future && month > pub.getUTCMonth() + 1) year -= 1;
            date = `${year}-${pad(month)}-${pad(Number(m[2]))}`;
          }
          break;
        case "month":
          if (pub) {
            const month = monthOf(m[0].slice(s - m.index).trim());
            let year = pub.getUTCFullYear();
            if (!future && month > pub.getUTCMonth() + 1) year -= 1;
            if (month) date = `${year}-${pad(month)}`;
          }
          break;
        case "year":
          date = m[1]!;
          break;
        case "weekday":
          if (pub) {
            const want = WEEKDAYS.indexOf(m[1]!.toLowerCase());
            const have = pub.getUTCDay();
            const delta = future ? (want - have + 7) % 7 : -((have - want + 7) % 7);
            date = iso(shift(pub, delta));
          }
          break;
        case "day-rel":
          if (pub) {
            const w = m[1]!.toLowerCase();
            date = iso(w === "yesterday" || w === "last night" ? shift(pub, -1) : pub);
          }
          break;
        case "period-rel":
          if (pub) {
            const dir = m[1]!.toLowerCase() === "last" ? -1 : m[1]!.toLowerCase() === "next" ? 1 : 0;
            const unit = m[2]!.toLowerCase();
            if (unit === "year") date = String(pub.getUTCFullYear() + dir);
            else if (unit === "month") {
              const d = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() + dir, 1));
              date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
            } else date = iso(shift(pub, 7 * dir)).slice(0, 7);
          }
          break;
      }
      // "31 February", "June 31": keep only the month the writer certainly meant.
      if (date && date.length === 10 && iso(new Date(`${date}T00:00:00Z`)) !== date) date = /^\d{4}-(0[1-9]|1[0-2])/.test(date) ? date.slice(0, 7) : null;
      taken.push([s, e]);
      found.push({ start: offset + s, end: offset + e, text: sentence.slice(s, e), date });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
