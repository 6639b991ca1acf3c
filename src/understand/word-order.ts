/**
 * Questions written in the order of a statement, as people writing English as a second language often do
 * ("How she can prevent this crisis?", "He can go to school later?", "It exist any treatment?", "Is dangerous
 * for my heart?", "Could be FMF?"), put in the order the rules and the classifier were written for ("How can
 * she prevent this crisis?"). Only the subject pronouns, FOCUS and a one-word noun after a determiner are
 * moved, so a statement inside a question ("What my doctor said was...") is left alone unless a verb of asking
 * follows its subject directly. The question inside a polite request is read on its own ("I should be
 * grateful if you could tell me whether it is hereditary" → "is it hereditary"), and so is one reported in a
 * sentence ("they asked me whether it is catching").
 */

const AUX = String.raw`can|could|should|must|will|would|may|might|do|does|did|is|are|am|was|were|has|have`;
const PRONOUN = String.raw`i|we|you|he|she|they|it`;
const SUBJECT = String.raw`${PRONOUN}|FOCUS|(?:this|that|the|my|his|her|our|their) \w+`;
/** A word of the question's object ("what side effects", "which kind of doctor"): not a verb or a pronoun. */
const OBJECT_WORD = String.raw` (?!(?:${AUX}|${PRONOUN})\b)\w+`;
const WH = String.raw`how(?: (?:much|many)(?:${OBJECT_WORD})?| long| often| soon)?|what(?:${OBJECT_WORD}){0,3}?|when|where|why|which(?:${OBJECT_WORD}){0,3}?`;
/** The start of a question, with a joining word before it ("and how she can ..."). */
const OPENING = String.raw`^\W*(?:(?:and|but|so|also|then) )?`;
/** The verbs that open a yes/no question in statement order ("he can go...?"; not "I have X?"). */
const MODAL = String.raw`can|could|should|must|will|would|may|might|is|are|am|was|were`;

/** "how she can prevent" → "how can she prevent" (an adverb such as "exactly" may follow the question word). */
const WH_SUBJECT_AUX = new RegExp(
  String.raw`(${OPENING}(?:${WH})(?: exactly| else| really)?) (${SUBJECT}) (${AUX})\b`,
  'i',
);
/** "he can go to school later?" → "can he go to school later?" (only for a sentence ending with "?"). */
const SUBJECT_AUX = new RegExp(String.raw`(${OPENING})(${SUBJECT}) (${MODAL})\b`, 'i');
/** "is bad to take it so long?", "is dangerous for my heart?" → "is it bad ...", "is it dangerous ...". */
const NO_SUBJECT = new RegExp(
  String.raw`(${OPENING})(is|was) (not |very |really |too )?(bad|dangerous|possible|normal|safe|ok|okay|recommended|necessary|true|curable|contagious|hereditary|genetic|serious|harmful|risky|good|better|worse|enough)\b`,
  'i',
);
/** "could be also FMF in my son?", "can be Marfan syndrome?" → "could it be also ...", "can it be ...". */
const NO_SUBJECT_BE = new RegExp(String.raw`(${OPENING})(can|could|might|may) be\b`, 'i');
/** "it exist any treatment", "exists a cure" → "is there any treatment", "is there a cure". */
const EXIST = new RegExp(String.raw`(${OPENING})(?:it |there )?exists? (any|a|an|some)\b`, 'i');

/**
 * A polite request around a question ("I should be grateful if you could tell me what causes it", "I should
 * also like to know whether it is hereditary", "Might you advise whether ..."), at the start or after the
 * story it closes ("..., so I would be grateful if you could tell me ..."): the question is what follows.
 */
const PREAMBLE = new RegExp(
  String.raw`(?:^\W*|[,;]\s+|\b(?:and|so|but)\s+)(?:(?:and|also|so|finally|lastly)\W+)*(?:(?:i|we) (?:would|should|'d) (?:also )?(?:very much )?(?:be (?:most |very |so |really )?(?:grateful|glad|pleased|obliged|thankful)(?: (?:if you (?:could|would) (?:please )?(?:tell|let) (?:me|us) (?:know )?|to (?:know|learn|hear|understand) |for (?:any )?(?:advice|information|guidance) (?:on|about) ))?|like to (?:know|learn|ask|understand) )|(?:might|could|would|can) you (?:please )?(?:advise(?: me| us)?|tell (?:me|us)|explain(?: to (?:me|us))?) )`,
  'i',
);
/**
 * A question reported inside a sentence ("the team have asked me whether it is catching", "my sister wants
 * to know if she could have the same gene"): what follows "whether" or "if" is what is asked.
 */
const REPORTED =
  /\b(?:ask(?:s|ed)?|wants? to know|wanted to know|wonder(?:s|ed|ing)?) (?:me |us |him |her )?(?=(?:whether|if) )/i;
/** "whether this condition is likely to get worse" → "is this condition likely to get worse". */
const WHETHER = new RegExp(String.raw`^(?:whether|if) (${SUBJECT}) (${MODAL})\b`, 'i');
/** "whether this condition is likely to get worse" as asked: "is this condition likely ..."; null otherwise. */
function whetherAsked(text: string): string | null {
  const whether = WHETHER.exec(text);
  return whether ? `${whether[2]} ${whether[1]}${text.slice(whether[0].length)}` : null;
}
/** The reason given after a question (", as I have three sons", ", because he ..."): not part of what is asked. */
const REASON = /,\s+(?:as|because|since|so that)\s[^?]*$/i;

/**
 * `text` (a question, names masked as FOCUS) in question order, without a polite request around it (and the
 * story before that) or the reason given after it; unchanged when it already is a plain question.
 */
export function questionOrder(text: string): string {
  const preamble = PREAMBLE.exec(text);
  if (preamble && preamble.index + preamble[0].length < text.length) {
    const asked = text.slice(preamble.index + preamble[0].length).replace(REASON, '');
    return questionOrder(whetherAsked(asked) ?? asked.replace(/^(?:whether|if) /i, ''));
  }
  const reported = REPORTED.exec(text);
  if (reported && !preamble) {
    const asked = whetherAsked(text.slice(reported.index + reported[0].length));
    if (asked) return questionOrder(asked);
  }
  const exist = EXIST.exec(text);
  if (exist) return `${exist[1]}is there ${exist[2]}${text.slice(exist[0].length)}`;
  const bare = NO_SUBJECT.exec(text);
  if (bare) return `${bare[1]}${bare[2]} it ${bare[3] ?? ''}${bare[4]}${text.slice(bare[0].length)}`;
  const be = NO_SUBJECT_BE.exec(text);
  if (be && text.trimEnd().endsWith('?')) return `${be[1]}${be[2]} it be${text.slice(be[0].length)}`;
  const wh = WH_SUBJECT_AUX.exec(text);
  if (wh) return `${wh[1]} ${wh[3]} ${wh[2]}${text.slice(wh[0].length)}`;
  if (text.trimEnd().endsWith('?')) {
    const plain = SUBJECT_AUX.exec(text);
    if (plain) return `${plain[1]}${plain[3]} ${plain[2]}${text.slice(plain[0].length)}`;
  }
  return text;
}
