/**
 * Rules for the clear cases of question typing, tried in order before the classifier. Each rule is a
 * phrase that, in a question, leaves no doubt about what is asked ("side effects", "clinical trial",
 * "support group"). Everything else goes to the trained classifier.
 */
import type { ConditionKind, QuestionType } from '../kb/index.js';

interface TypeRule {
  type: QuestionType;
  pattern: RegExp;
  /** The rule applies only when a focus of the question is of one of these kinds (any kind when absent). */
  kinds?: ReadonlyArray<ConditionKind | null>;
  /** The rule does not apply when a focus of the question is of one of these kinds. */
  exceptKinds?: ReadonlyArray<ConditionKind | null>;
  /** The rule applies only when the question names at least this many distinct conditions. */
  minFoci?: number;
  /** The rule applies only when the message names at least this many distinct drugs or supplements. */
  minDrugs?: number;
  /** The rule applies only when the message names at most this many (0: "it" cannot be a medicine). */
  maxDrugs?: number;
  /**
   * The question is about the condition it names first or last, not its most salient one: "does having X
   * make you more likely to get Y" asks who is at risk for Y (last). `both`: it asks the same of each
   * ("what is the difference between X and Y?" asks what each is), one sub-question for each.
   */
  about?: 'first' | 'last' | 'both';
  /**
   * For a question naming two conditions, one as the cause of the other: the rule applies only when the one
   * named at this place is a sign or complaint ("does Alport syndrome cause hearing loss?": last; "is the
   * pain in her knees from the Crohn's?": first).
   */
  sign?: 'first' | 'last';
  /**
   * The rule applies only when the question's first condition was named before the question and its last
   * one was not: "I have ADPKD ... can ADPKD cause brain aneurysms?" asks what the person's condition may
   * lead to, where "she has RA and now osteoporosis too, does RA cause osteoporosis?" asks how two
   * conditions she has relate.
   */
  newLast?: boolean;
  /**
   * The rule applies only when a condition (not a medicine) other than the question's own was named before
   * the question, and the question is about that one: "I have lupus. Can it cause kidney disease?" asks
   * what lupus can lead to.
   */
  aboutEarlier?: boolean;
  /**
   * The rule applies only when the question, or what the message says before it (or the subject line),
   * says this.
   */
  told?: RegExp;
  /** Why the phrase is unambiguous. */
  why: string;
}

const DRUGLIKE: ReadonlyArray<ConditionKind | null> = ['drug', 'supplement'];
/** A condition or a topic, or nothing named: what the rules about conditions apply to. */
const CONDITIONLIKE: ReadonlyArray<ConditionKind | null> = ['disease', 'other', 'test', null];
/** Relatives a family asks about, for the recurrence questions (a regular expression alternation). */
const RELATIVE =
  '(?:bab(?:y|ies)|child(?:ren)?|kids?|sons?|daughters?|grand(?:child(?:ren)?|kids?|sons?|daughters?)|siblings?|brothers?|sisters?|twins?|nephews?|nieces?|cousins?)';
/** The opening of a yes-no question (or a question reported with "if" or "whether"), as a lookahead. */
const YES_NO =
  '^(?=[^?]*?\\b(?:if|whether)\\b|\\W*(?:(?:and|but|so|also|or|now|then)\\s+)?(?:can|could|does|do|did|is|are|was|were|will|would|might|may|has|have)\\b)';
/**
 * A complaint blamed on something, up to the blaming word: "is that", "are these", "are the dark skin and the
 * salt craving", "could it be" (a regular expression source, before "from", "due to", "part of", ...).
 */
const BLAMED =
  '(?:is|are|could|can|might) (?:(?:that|this|these|those|it|they) |(?:the|my|his|her) (?:\\w+ ){1,6}?)(?:\\w+ )?(?:be |all )?';
/** A yes-no question saying that one thing named brings about another: "can X cause Y", "does X lead to Y". */
const X_CAUSES_Y = new RegExp(
  `${YES_NO}.*?\\bFOCUS\\b.{0,40}?\\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|trigger(?:s|ed|ing)?|brings? on|brought on|result(?:s|ed)? in|give (?:you|people|someone|me|him|her))\\b.{0,40}?\\bFOCUS\\b`,
  'i',
);
/** Products: medicines, supplements, and topics such as vaccines and contraceptive pills. */
const PRODUCTLIKE: ReadonlyArray<ConditionKind | null> = ['drug', 'supplement', 'other'];

/**
 * A search-box query about one aspect, the whole clause and nothing else: "lupus symptoms in women",
 * "causes of hair loss", "huntington disease gene". `nouns` name the aspect (a regular expression
 * alternation).
 */
function aspectQuery(nouns: string): RegExp {
  const before = `(?:(?:the|main|common|early|first|possible|most common) )?(?:${nouns}) (?:of|for|in|with) FOCUS`;
  const after = `FOCUS (?:${nouns})(?: (?:in|of|for|with) [\\w' ]{1,30})?`;
  return new RegExp(`^\\W*(?:${before}(?: [\\w' ]{1,30})?|${after})\\W*$`, 'i');
}

/** What a rule may look at besides the words: the question's foci and the message's drugs. */
export interface RuleContext {
  /** Kinds of the question's foci (its own, or the message's main focus); null when there is none. */
  kinds: ReadonlySet<ConditionKind | null>;
  /** Distinct conditions named in the question itself. */
  foci: number;
  /** Distinct drugs and supplements named in the whole message. */
  drugs: number;
  /** Whether a condition other than the question's own (not a medicine) was named before the question. */
  earlier: boolean;
  /** The subject line and the message up to the question (built only for the rules that read it). */
  before?: () => string;
  /** The question's first and last conditions by place, when it names two or more. */
  pair?: { first: PairMember; last: PairMember };
}

/** One of the two conditions of a question that names two (see `RuleContext.pair`). */
export interface PairMember {
  /** Its words name a sign or complaint ("hearing loss", "chest pain"), not a disease (`SIGN_WORDS`). */
  sign: boolean;
  /** It was named before the question (in the message or the subject line). */
  namedBefore: boolean;
}

/**
 * Something named (not "it", not a medicine) and a verb of causing, before the condition or "it": "can stress
 * bring on X", "could the cat be making his X worse", "vaccines can cause it". `verbs` is a regular expression
 * source (the verbs of causing of one rule).
 */
function namedAgent(verbs: string): RegExp {
  return new RegExp(
    String.raw`(?:\b(?:can|could|does|do|did|will|would|might|may)\s+(?!(?:it|this|that|FOCUS|anything|something|nothing|you|i|he|she|we|they|there|what|which|who|these|those)\b)(?:(?!FOCUS\b|(?:medicines?|medications?|meds|drugs?|pills?|tablets?|doses?|prescriptions?|shots?|injections?|infusions?)\b)[\w']+\s+){1,4}?(?:be\s+)?|\b(?!(?:it|this|that|FOCUS|what|which|who|else|nothing|anything|something|things?|foods?|medicines?|medications?|meds|drugs?|pills?|tablets?|genes?|mutations?|variants?|changes?)\b)[\w']+\s+(?:can|could|may|might|will|do|does)\s+(?:really\s+|actually\s+)?)` +
      verbs +
      String.raw`\b(?=.{0,40}\bFOCUS\b|\s+(?:it|this|that|them)\b)`,
    'i',
  );
}

/** Treatments named by their kind, not by a medicine's name (for the treatment rule that asks whether one works). */
const THERAPY = String.raw`(?:growth hormone|ivig|immunoglobulin|braces?|splints?|botox|injections?|infusions?|transfusions?|transplants?|surgery|an? operation|enzyme(?: replacement)?(?: therapy| infusions?)?|blood thinners|antibiotics|antivirals?|the antiviral|steroids|physio(?:therapy)?|chemo(?:therapy)?|radiotherapy|radiation|dialysis|an? icd|a pacemaker|(?:his|her|my|the|their) (?:spleen|thymus(?: gland)?|tonsils|adenoids|gallbladder|appendix|thyroid|ovaries|womb|uterus) (?:out|removed)|stem cell (?:transplant|treatment|therapy)|hsct|gene therapy|venesections?|phlebotomy|chelation|oxygen|a feeding tube|hormone (?:therapy|treatment|replacement)|hearing aids?|an? cochlear implant|cochlear implants)`;

/** Foods and drinks people ask about (for the diet rule). */
const FOOD = String.raw`(?:oats|porridge|bread|gluten|wheat|chocolate|shellfish|nuts|peanuts|mushrooms|liver|dairy|milk|cheese|eggs?|fish|meat|red meat|sugar|sweets|fruit|beans|broad beans|fava beans|wine|beer|alcohol|a drink|coffee|caffeine|baby food|solids|pasta|pizza|salt|spicy food|fried food|takeaways?|fast food|soya|tofu|protein|formula|breast ?milk)`;

/**
 * Words naming a sign or complaint rather than a disease, for telling "can X cause Y" apart: a sign
 * belongs to X (`symptoms`), a disease is what X may lead to (`complications`). The knowledge base holds
 * many signs as topics ("Hearing Loss", "Cough") without saying which are signs.
 */
export const SIGN_WORDS =
  /\b(?:pains?|aches?|aching|headaches?|migraines?|cough(?:s|ing)?|rash(?:es)?|itch(?:ing|iness)?|hair (?:loss|fall|thinning)|(?:hearing|vision|sight|memory|weight|appetite) loss|weight gain|tiredness|fatigue|exhaustion|swelling|swellings|numbness|tingling|pins and needles|dizziness|vertigo|nausea|vomiting|diarrh(?:o)?ea|the runs|constipation|bloating|heartburn|fevers?|weakness|cramps?|cramping|spasms?|tremors?|shaking|twitch(?:es|ing)|sweats|sweating|bruising|nosebleeds?|palpitations|breathlessness|shortness of breath|insomnia|blurred vision|blurry vision|tinnitus|ringing in (?:the|my|his|her|their) ears|dry (?:mouth|eyes|skin)|mouth (?:ulcers|sores)|thrush|hot (?:flushes|flashes)|flushing|chills|fainting|blackouts?|mood swings|forgetfulness|(?:facial )?paralysis|drooping)\b/i;

export const TYPE_RULES: TypeRule[] = [
  {
    type: 'contraindications',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?(?:is|are|would|will) (?:the|a|an|this|that|these|those|his|her|my|our) (?:\w+ )?(?:vaccines?|vaccinations?|jabs?|shots?|boosters?|immuni[sz]ations?)(?: (?:still|really|definitely|actually))? (?:safe|ok|okay|alright|fine|a good idea)\b/i,
    why: '"is the flu shot safe for him this year?": who should not have a vaccine (a topic, left unmasked in the question)',
  },
  {
    type: 'prognosis',
    pattern:
      /(?:\b(?:will|would|could|can) (?:his|her|their|my|our|the baby's) (?:brain|development|speech|growth|intelligence|learning|mind) (?:still )?(?:develop|grow|be|turn out) (?:normally|normal|okay|ok|fine|properly)\b)|(?:\b(?:any|a|some|what) (?:real )?chances? (?:that )?(?:he|she|they|the baby|our baby|my baby|my \w+|our \w+|it) (?:can|could|will|would|might) (?:survive|live|make it|pull through)\b|\b(?:will|would|could|can) (?:he|she|they|the baby|our baby|my baby) (?:\w+ )?(?:survive|make it|pull through)\b)|(?:\b(?:pregnan\w*|giving birth|childbirth|the birth|the delivery|having a baby)\b.{0,40}?\b(?:make|makes|making|cause|causes|trigger|triggers|bring on|brings on)\b.{0,40}?\b(?:worse|flare\w*|relapse\w*|deteriorate|progress\w*)\b|\b(?:get|gets|getting|become|becomes|go|goes) (?:any |much |a lot )?(?:worse|better)\b.{0,12}?\b(?:during|in|with|after|through) (?:the |a |my |her )?(?:pregnan\w*|birth|delivery))/i,
    kinds: CONDITIONLIKE,
    why: '"will her brain develop normally?", "will his development be normal?", "is there any chance our baby can survive?", "will she pull through?": the outlook; "does the pregnancy make the myasthenia worse?", "is pregnancy likely to make my lupus flare?": the course of the condition through a pregnancy',
  },
  {
    type: 'drug_usage',
    pattern:
      /\bhow often (?:(?:do|does|should|will|would|can|must) (?:they|you|i|we|he|she|the \w+) (?:have to )?(?:give|take|inject|have|get|use) (?:it|this|that|them|the (?:shots?|injections?|infusions?|doses?|medicines?|medications?|tablets?|pills?|jabs?))|(?:are|is) (?:the|his|her|my|these|those) (?:shots?|injections?|infusions?|doses?|jabs?))\b/i,
    why: '"how often do they give it?", "how often are the infusions?", "how often does he have to have it?": how a medicine or infusion is taken (how often the condition happens is frequency)',
  },
  {
    type: 'contraindications',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?(?:can|could|should|may) (?:an? |my |our |his |her )?(?:kid|child|baby|person|someone|people|patients?|adults?|children|kids|boys?|girls?)(?: (?:with|who (?:has|have)) (?:FOCUS|it|this|that))? (?:still |safely )?(?:have|get|take|receive|be given) (?:the |a |an |any )?FOCUS\b/i,
    kinds: PRODUCTLIKE,
    minFoci: 1,
    why: '"can a kid with XLA have the MMR vaccine?", "can people with lupus take ibuprofen?": who should not take it',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:can|could|would|will|does|do|did|might)\b (?:an? |the )?(?:\w+ ){0,2}?(?:tests?|testing|nipt|amnio|amniocentesis|cvs|scans?|screen|screening|ultrasound|mri|x-rays?|blood tests?|FOCUS) (?:ever |sometimes |really |definitely |actually |always |still )?(?:miss|have missed|pick (?:it|this|that|them) up|have picked (?:it|this|that|them) up|rule (?:it|this|that) out)\b/i,
    why: '"can NIPT miss it?", "would an amnio definitely pick it up?", "could the scan have missed it?": whether a test finds it',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:stop|prevent|avoid)\b (?:(?:him|her|them|me|us|(?:the|my|his|her|their|our) \w+) )?(?:from )?(?:(?:getting|going into|having|forming|developing) (?:an? |any |more |new |another )?(?:attacks?|crisis|crises|episodes?|flares?|flare-ups?|relapses?|faints?|stones?|dislocations?|seizures?|bleeds?|clots?|ones?)\b|(?:the |these |those |his |her |my )?(?:attacks?|crisis|crises|episodes?|flares?|flare-ups?|relapses?|faints?|fainting|stones?|dislocations?|seizures?|bleeds?|clots?)(?: from)? (?:happening|coming back|recurring)\b)|\bso (?:that )?(?:i|he|she|we|they) (?:don'?t|doesn'?t|won'?t|do not|does not|will not|never) (?:\w+ )?(?:flare|flare up|go into (?:an? )?(?:crisis|attack)|get (?:an? )?(?:attack|crisis|flare|clot|bleed|swelling attack))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what can I do to stop forming new stones?", "what can she do to stop the faints from happening?", "anything I can do so I don\'t flare on the day?": keeping its attacks from happening (stopping it getting worse is treatment)',
  },
  {
    type: 'complications',
    pattern:
      /(?:\b(?:which|what) (?:(?:kinds?|types?|sorts?) of |other )?(?:(?:am|is|are|do|does|would|will) )?(?:(?:kinds?|types?|sorts?) of |other )?(?:cancers?|tumou?rs?|conditions?|diseases?|problems?|illness(?:es)?|infections?|complications|FOCUS)\b.{0,40}?\b(?:at (?:\w+ )?risk|(?:more|most) likely|prone|susceptible)\b)|(?:\b(?:(?:is|are) (?:the|my|our|her) (?:baby|babies|unborn baby|pregnancy) (?:at|in) (?:\w+ )?(?:risk|danger)(?! (?:of|for) (?:FOCUS|either|any|it|this|that|them|getting|having|developing|inheriting|catching)\b)|(?:how |is (?:it|this|that) )?(?:dangerous|harmful|risky) (?:is (?:this|that|it) )?(?:for|to) (?:the|my|our|her) (?:baby|pregnancy)|what (?:actually |exactly |really )?(?:happens|can happen|could happen) to (?:the|my|our|her) baby|(?:harder|more difficult|difficult|hard) (?:for (?:\w+ ){1,4})?to (?:get|become|fall) pregnant|(?:affect|affects|reduce|reduces|harm) (?:my|her|his|their|your|the) fertility)\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"which cancers am I at higher risk for because of it?" (reordered "which am FOCUS I at higher risk for", "what kinds of am FOCUS I more likely to get"), "what other cancers am I more likely to get?": the other conditions having it leads to (labeling guide: complications); "how dangerous is this for the baby?", "is the baby at more risk of coming early?", "is it harder for women with CF to get pregnant?": what the condition can do to a pregnancy or to fertility (a medicine\'s safety in pregnancy is `contraindications`)',
  },
  {
    type: 'cause',
    pattern:
      /^\W*(?:(?:and|but|so|also|then)\s+)?what (?:else )?(?:(?:can|could|might|may|does|do|would|will) )?(?:sets?|triggers?|brings?|sparks?|kicks?) (?:it|one|them|these|this|those|an? (?:\w+ )?(?:attack|crisis|episode|flare|fit|seizure|bout)s?|(?:the|his|her|my|their) (?:\w+ )?(?:attacks?|crises|episodes?|flares?|fits|seizures|bouts?)) off\b/i,
    kinds: CONDITIONLIKE,
    why: '"what else can set one off?", "what sets the attacks off?": what brings on its attacks (labeling guide: cause; "could a flu jab have been what set it off?" blames a named exposure: association)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:when|what age|how old|how soon)\b.{0,40}?\b(?:surgery|surgeries|operation|operations|op|ops|repair|reconstruction|transplant|procedure)\b|\b(?:need|needs|have|get) (?:another|a second|a third|more|further) (?:op|ops|operation|operations|surgery|surgeries|repair|procedure|procedures)\b|\b(?:what|which|how many) (?:kinds? of |sorts? of |types? of )?(?:surgery|surgeries|operations?|ops|procedures?) (?:will|would|does|do|might|may|is|are) (?:he|she|they|we|i|you|my \w+|the baby|our baby)\b(?: \w+)? (?:need|have|get|require)\b/i,
    kinds: CONDITIONLIKE,
    why: '"when can they do the ear reconstruction?", "at what age do they do the surgery?", "does he need another op?", "what surgeries will he need after birth?": when, whether or which operations are done is part of treating it',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:(?:warning )?signs?|symptoms?|red flags?)\b.{0,50}\b(?:go|goes|going|taken?|taking|bring|brought|call|ring|phone)\b(?: (?:him|her|them|me|us|an ambulance))? (?:in ?to|to) (?:the )?(?:hospital|a&e|a and e|er|e\.r\.|emergency(?: room| department)?|casualty)\b/i,
    why: '"what are the warning signs that I need to go to hospital?": the signs that call for emergency care (before "need ... hospital", which asks for a doctor)',
  },
  {
    type: 'treatment',
    pattern:
      /^(?!.*\b(?:signs?|symptoms?|warning)\b)(?:.*\b(?:(?:should|do|does|must|would|will) (?:i|we|he|she|they|you|my \w+) (?:need to |have to )?(?:go|take (?:him|her|them|\w+)|bring (?:him|her|them|\w+)|rush (?:him|her|them|\w+)) (?:in ?to (?:the )?|to (?:the )?)(?:hospital|a&e|a and e|er|e\.r\.|emergency(?: room| department)?|casualty)\b|at what point (?:do|should|would|must) (?:we|i|you|they) (?:go|take|bring|call|ring|phone)\b|how long (?:should|do|can|must) (?:we|i|you) wait (?:before|until) (?:going|taking|bringing|calling|ringing|phoning)\b|what (?:exactly )?(?:do|should|can|must) (?:i|we) (?:say|tell|show|give) (?:to )?(?:the )?(?:paramedics|ambulance(?: crew| staff)?|a&e|er|emergency (?:staff|doctors?|department|team)|hospital(?: staff)?)\b|(?:emergency|crisis|sick day) (?:regimen|protocol|plan|letter)s?\W*(?:what|how)))/i,
    why: '"should we take her to A&E?", "at what point do we go to hospital?", "what do I tell the paramedics?", "emergency regimen, what is it?": what to do in an emergency is managing it (the signs that call for hospital are symptoms)',
  },
  {
    type: 'contraindications',
    pattern:
      /\bwhy (?:is|isn'?t|would|wouldn'?t) (?:it|that|this|FOCUS) (?:not )?(?:be )?(?:safe|ok|okay|allowed|dangerous|recommended) for (?:her|him|them|me|us|people with|someone with|children with|kids with)\b/i,
    kinds: PRODUCTLIKE,
    why: '"her nurse said she should not get the MMR vaccine. Why is it not safe for her?": who should not take it',
  },
  {
    type: 'inheritance',
    pattern:
      /^\W*(?:(?:and|but|so)\s+)?(?:(?:we|i) have (?:\w+ )?(?:boys|girls|kids|children|sons|daughters),? )?(?:will|would) (?:they|he|she|both of them|either of them) (?:\w+ )?(?:have|get|inherit) (?:it|this|FOCUS) (?:too|as well)\W*$/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    told: /\b(?:kids|children|boys|girls|sons?|daughters?|bab(?:y|ies))\b/i,
    why: '"my husband has XLH. we have 2 boys, will they have it too?": whether the children have it (labeling guide: inheritance)',
  },
  {
    type: 'complications',
    pattern:
      /\bdoes (?:having )?(?:FOCUS|it|this) (?:\w+ )?mean (?:that )?(?:i|he|she|they|we)(?:'ll| will|ll|'m| am| is| are|'s)? (?:\w+ ){0,3}?(?:get|develop|end up with|have) (?:\w+ ){0,3}?FOCUS\b/i,
    minFoci: 2,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    about: 'first',
    why: '"does multiple epiphyseal dysplasia mean I\'ll get arthritis in my hips?", "does having CF mean I\'m going to end up with diabetes?": another condition the first one leads to',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:(?:am i|are we|is he|is she|are they|will i|will he|will she|will they) (?:\w+ )?(?:going to |gonna )?(?:have|be stuck with|live with|suffer with) (?:it|this|them|FOCUS) (?:forever|for life|for the rest of (?:my|his|her|their) li(?:fe|ves)|all (?:my|his|her|their) li(?:fe|ves))|(?:can|could|do|does|will|would) (?:babies|kids|children|people|boys|girls|adults|someone|a baby|a child) with (?:it|this|FOCUS) (?:usually |ever |still )?(?:survive|live (?:to be adults?|into adulthood|to adulthood|long|a normal life|past))\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"am I going to have this forever?", "can babies with it survive?", "do kids with it live to be adults?": the course it takes (not the chance of getting it)',
  },
  {
    type: 'drug_usage',
    pattern:
      /(?:^\W*(?:(?:and|but|so)\s+)?(?:should|must|do|can) (?:i|he|she|we|they) (?:just )?(?:stop|quit|come off|pause) (?:taking |giving )?(?:it|them|FOCUS)(?: (?:until|till) (?:we|i|he|she|they) (?:can )?(?:see|talk to|speak to|reach|get hold of) (?:the|her|his|my|our|a) (?:\w+ )?(?:doctor|gp|psychiatrist|neurologist|specialist|consultant|team))?\W*$)|(?:\b(?:(?<!\b(?:while|when|as) (?:i|he|she|we|they) )taper(?:ed|ing)?(?: (?:it|him|her|me|them))?(?: down| off)?|wean(?:ed|ing)? (?:\w+ )?off|(?:come|coming|go|going) off (?:it|them|FOCUS) (?:slowly|gradually|all at once|cold turkey))\b)|(?:\b(?:stick|put|apply|place|wear) (?:it|them|the patch(?:es)?|FOCUS) (?:on|in) (?:the same (?:spot|place|area)|(?:his|her|my|the) (?:\w+ )?(?:arm|back|chest|skin|leg|thigh|tummy|belly|shoulder))\b)/i,
    kinds: DRUGLIKE,
    why: '"should she stop taking it until we can see her psychiatrist?", "if I have to come off it, do I need to taper down?", "is it okay to stick it on the same spot every day?": stopping a medicine and using a patch are how it is taken (before the precautions of a pregnancy told)',
  },
  {
    type: 'inheritance',
    pattern:
      /^\W*(?:(?:and|but|so)\s+)?(?:if (?:i|we|he|she|they) (?:have|had|ever have) (?:kids|children|a baby|babies)(?: one day| someday| later)?,? )?(?:could|can|will|would|might) (?:they|he|she) (?:get|have|inherit) (?:it|this|FOCUS)\W*$/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    told: /\bif (?:i|we|he|she|they) (?:have|had|ever have) (?:kids|children|a baby|babies)\b/i,
    why: '"and if I have kids one day could they get it": whether one\'s children will have it',
  },
  {
    type: 'side_effects',
    pattern:
      /(?:\bwhat (?:does|do|can|could|will|would) (?:FOCUS|it|this|that|the (?:medicine|medication|drug|tablets?|pills?)) (?:\w+ )?do to (?:your|my|his|her|their|our|the|a person's|someone's) (?:\w+ )?(?:mood|sleep|weight|appetite|liver|kidneys?|teeth|hair|memory|stomach|periods?|fertility|growth|sex drive|libido|behaviou?r)\b)|(?:\b(?:normal|common|usual|expected) (?:for (?:\w+ ){1,3})?to (?:get|have|feel|develop|run) (?:\w+ ){1,6}?after (?:his|her|my|the|their|a|each|every) (?:first |second |last |latest |next )?FOCUS (?:infusions?|injections?|doses?|shots?|jabs?)\b)|(?:\b(?:does|do|can|could|will|would) (?:FOCUS|it|they) (?:\w+ )?(?:lower|raise|drop|reduce|increase|affect|mess with|mess up) (?:your |my |his |her |the )?(?:blood )?(?:sodium|potassium|calcium|magnesium|platelets?|white (?:blood )?cells?|salt levels?)\b)/i,
    kinds: DRUGLIKE,
    why: '"what does keppra do to your mood?", "is it normal for my son to get a fever and bone pain after his first pamidronate infusion?", "does oxcarbazepine lower sodium?": what a medicine does besides its purpose (what it does to the organ it treats, "to the bones", is how it works)',
  },
  {
    type: 'ingredients',
    pattern:
      /\bwhat(?:'s| is| are)? (?:actually |exactly |really )?in (?:the |this |that |these |those |his |her |my )?(?:FOCUS|it|them)(?: (?:shots?|injections?|jabs?|vaccines?|tablets?|pills?|capsules?|syrup|drops|cream|spray|infusions?))?(?: (?:they|you|he|she|we|i) (?:give|gave|get|got|take|use)\b[^?]*)?\W*$/i,
    kinds: PRODUCTLIKE,
    why: '"what is actually in the vitamin K shot?": what a medicine or a vaccine contains',
  },
  {
    type: 'symptoms',
    pattern:
      /(?:^\W*(?:(?:and|but|so|also)\s+)?(?:is|are) (?:this|that|it|these|those|all (?:this|that)) (?:\w+ )?(?:normal|typical|usual|common|expected) (?:for|in|with) (?:(?:kids|children|people|babies|adults|someone|boys|girls|a child) (?:with|who have|who has) )?FOCUS\W*$)|(?:\b(?:what (?:kinds?|sorts?|types?) of (?:\w+ )?(?:problems|issues|difficulties|symptoms|signs) (?:do|does|can|will|would|might) (?:kids|children|people|babies|adults|someone|he|she|they)(?: with (?:this|it|FOCUS|the \w+|this \w+))? (?:usually |typically |often |normally )?have|at what age (?:does|do|will|would) (?:the |his |her )?(?:\w+ ){0,3}?(?:usually |typically |normally )?(?:start|begin|show up|appear|kick in)\b(?!.{0,30}\b(?:on|in) (?:an? |the )?(?:ultrasound|scans?|tests?|mri|x-rays?|screens?|screening|blood tests?)))\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"She hits herself when she is upset. Is this normal for SMS?", "is this normal in Alzheimer disease?": whether what was described belongs to the condition (of a medicine, "is that normal with Eliquis?", a side effect); "what kind of problems do kids with this deletion usually have?", "at what age does the constant hunger usually start?": its signs and when they come (when it shows up on a scan is diagnosis)',
  },
  {
    type: 'susceptibility',
    pattern:
      /\bhow much (?:does|do|will|would) (?:my|his|her|their|the|being|having) (?:\w+ ){0,3}?(?:raise|increase|affect|change) (?:the|my|his|her|our|their) (?:chances?|risk|odds)\b/i,
    kinds: CONDITIONLIKE,
    why: '"how much does my age really raise the chance?": who is at risk (not a cost)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:what (?:do|does|can|could|will|would|should) (?:they|you|doctors?|the \w+) (?:usually |normally )?(?:give|do|use)|what can be (?:done|given))\b.{0,40}\bso (?:that )?(?:i|he|she|they|we) (?:don'?t|doesn'?t|do not|does not|won'?t) bleed\b(?! (?:\w+ ){0,2}?again)/i,
    kinds: CONDITIONLIKE,
    why: '"what do they usually give before surgery so I don\'t bleed?": the care of a bleeding condition ("so I don\'t bleed like that again" is preventing it)',
  },
  {
    type: 'diagnosis',
    pattern:
      /^\W*(?:(?:and|but|so)\s+)?what (?:does|would|will) (?:that|it|this|the (?:test|testing|screening|scan)) (?:actually )?involve\W*$/i,
    told: /\b(?:test\w*|screen\w*|scan\w*|checked)\b/i,
    why: '"should my kids be screened, and what does that involve?": how the test is done',
  },
  {
    type: 'susceptibility',
    pattern:
      /^(?!.*\b(?:make|makes|making) (?:it )?(?:easier|more likely)\b).*\b(?:catch (?:it |this |that )?from (?:me|him|her|them|us)\b|(?:is|are) (?:it|this|that|they) (?:\w+ )?(?:contagious|catching)\b)/i,
    why: '"is this something they can catch from me?", "is it contagious?": whether it can be caught (a medicine named before does not make it a medicine question; a medicine making infections easier to catch is a side effect)',
  },
  {
    type: 'inheritance',
    pattern:
      /^\W*(?:(?:and|but|so)\s+)?(?:can|could|will|would|might) (?:i|we) (?:get|develop|inherit) (?:it|this|FOCUS) (?:too|as well|also)\W*$/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    told: /\b(?:my|our) (?:mom|mum|mother|dad|father|parents?|brother|sister|siblings?|grandma|grandmother|grandpa|grandfather|aunt|uncle|twin|cousin)\b/i,
    why: '"my mom has myasthenia gravis ... can I get it too?": the chance of getting it when a relative has it (labeling guide: inheritance; "could I have it too?" asks whether one has it, diagnosis)',
  },
  {
    type: 'find_specialist',
    pattern:
      /(?:\b(?:are there|is there|do you know(?: of)?|know (?:of )?any|where (?:can|could|do|would|should) (?:i|we) find|can you (?:recommend|suggest)|could you (?:recommend|suggest)) (?:\w+ ){0,3}?(?:doctors?|specialists?|physicians?|consultants?|neurologists?|cardiologists?|clinics?|hospitals?|cent(?:er|re)s?|experts?|someone|anyone|somebody|anybody) (?:\w+ ){0,4}?(?:who|that|which) (?:really |actually |truly |properly |specifically )?(?:knows?|understands?|speciali[sz]es?|treats?|sees?|(?:has|have) experience|(?:is|are) familiar|deals? with)\b)|(?:\b(?:is there|there is|are there|there are|any) (?:some |any |a )?(?:cent(?:er|re)s?|clinics?|hospitals?|doctors?|specialists?) (?:with|that has|who has|who have|that have) (?:\w+ )?(?:experience|expertise)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"are there any doctors in the Midwest who really know this syndrome?", "there is some center with experience?": a doctor or a center that knows the condition',
  },
  {
    type: 'prevention',
    pattern:
      /(?:\bhow (?:do|can|could|should|would) (?:we|i|you|they) (?:\w+ )?(?:keep|stop|prevent) (?:her|him|them|me|us|my \w+|our \w+|it) from (?:going into|getting|having|ending up (?:in|with)) (?:a |an |another |more )?(?:\w+ )?(?:crisis|crises|attacks?|flares?|episodes?|relapses?|bleeds?|seizures?|FOCUS)\b)|(?:\b(?:(?:stop|prevent|avoid|keep off) (?:another|a new|more|further|future|the next|any more) (?:\w+ )?(?:attacks?|flares?|relapses?|episodes?|crisis|crises|bleeds?|seizures?)|(?:stops?|prevents?) (?:the |his |her |these )?(?:flare[- ]?ups|flares|attacks|relapses|episodes|crises))\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"how do we keep her from going into a crisis every time she gets sick?", "what can I do to stop another attack?", "is there anything that stops flare ups?": preventing its attacks (labeling guide: prevention)',
  },
  {
    type: 'lifestyle',
    pattern:
      /(?:\b(?:learn to drive|(?:get|take) (?:my|his|her|their|a) (?:driving |driver'?s )?(?:licen[cs]e|permit|driving test)|(?:ok|okay|safe|alright) for (?:me|him|her|them) to join (?:the |a |an )?(?:\w+ ){0,2}?(?:team|club|squad|class)|(?:need|be on|follow|have) (?:a |an )?special (?:formula|diet|milk)|the (?:\w+ )?diet (?:\w+ ){0,3}?(?:look like|be like|involve))\b)|(?:\b(?:can|could|should|may) (?:an? (?:kid|child|boy|girl|person|adult|teenager|teen)|someone|people|kids|children) with (?:FOCUS|it|this) (?:still |safely |ever )?(?:play|do|join|swim|ski|dive|ride|run|box|go)\b)|(?:\b(?:attend|go to|be in|manage in|cope (?:in|at)|stay in|start) (?:a |an )?(?:regular|normal|mainstream|ordinary|typical|public) (?:school|class(?:room)?|kindergarten|nursery|preschool)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"can I still learn to drive next year?", "is it OK for her to join the school swim team?", "will he need a special formula or diet?", "what is the diet going to look like?", "can a kid with brittle cornea syndrome play soccer?", "will she be able to attend a regular school?": daily life, sport and school with the condition',
  },
  {
    type: 'lifestyle',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?(?:can|could|should) (?:i|he|she|we|they) (?:still )?(?:keep|carry on|continue) (?:doing|working) (?:that|this|it|nights|night shifts|shifts)\W*$/i,
    told: /\b(?:work(?:s|ing)?|job|shifts?|nurse|career|office)\b/i,
    why: '"I\'m a nurse and work night shifts. Can I keep doing that?": work with the condition',
  },
  {
    type: 'diagnosis',
    pattern:
      /\bhow long (?:does|do|will|would) (?:it|they|the (?:\w+ )?(?:test|results?|lab)) (?:usually )?take to (?:get|receive|come back|have) (?:the |my |his |her )?(?:\w+ )?results?\b|\bhow long (?:do|does|will) (?:the |my |his |her )?(?:\w+ )?results? take\b/i,
    kinds: CONDITIONLIKE,
    why: '"how long does it take to get the result?": how the test is done',
  },
  {
    type: 'other',
    pattern:
      /(?:\b(?:(?:allowed|able|eligible|ok|okay) to (?:still )?(?:donate|give blood|give plasma|be (?:an? )?(?:\w+ )?donor)|(?:can|could|may) (?:i|he|she|we|they|you|(?:people|someone|anyone) with (?:it|this|FOCUS)) (?:still |ever )?(?:donate (?:blood|plasma|platelets|organs?|a kidney|bone marrow|stem cells)|give (?:blood|plasma)|be (?:an? )?(?:organ |blood |kidney |stem cell |bone marrow )?donors?)|(?:stop|prevent) (?:me|him|her|them|us) (?:from )?(?:being (?:an? )?(?:\w+ )?donor|donating|giving blood)|sign up (?:to be|as) an? (?:organ |blood |stem cell )?donor|(?:wait|waiting) (?:\w+ ){0,3}?(?:before|until|to) (?:i|he|she|we|they|you) (?:can |could )?(?:donate|give blood))\b(?!.*\binstead\b))|(?:\b(?:out of pocket|out-of-pocket)\b)/i,
    why: '"am I allowed to give blood with this?", "can people with CF be organ donors?", "how long do I have to wait before I can donate blood?": whether someone can be a donor (not a medical question; giving blood instead of a treatment stays treatment); "will I be paying out of pocket?": costs (labeling guide: other)',
  },
  {
    type: 'contraindications',
    pattern:
      /(?:^\W*(?:(?:and|but|so)\s+)?(?:is|would|will) (?:it|that|this) (?:really |actually |even )?(?:safe|ok|okay|alright|dangerous) for (?:me|him|her|them|us|someone like (?:me|him|her|us))\W*$)|(?:^(?!.*\b(?:studies|study|research|trials?)\b).*\b(?:safe|ok|okay|dangerous|harmful|bad) (?:for|to) (?:the|my|our|her) (?:unborn )?(?:baby|babies|fetus|pregnancy)\b)/i,
    kinds: DRUGLIKE,
    why: '"my GP wants to put me on cipro. Is that safe for me?" (with myasthenia gravis told): whether someone should take a medicine named before; "is it safe for the baby if I keep taking it?": a medicine in pregnancy is a precaution of the medicine (studies of it are research)',
  },
  {
    type: 'information',
    pattern:
      /\b(?:is|are) (?:FOCUS|it|this|that) (?:just |simply |really |only )?(?:another|a different|the old|an old|the new|a new) name for (?:FOCUS|it|this|that)\b/i,
    kinds: ['disease', null],
    exceptKinds: DRUGLIKE,
    about: 'both',
    why: '"is adenomyosis just another name for endometriosis?": what each condition is (labeling guide: whether two are the same is information)',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:ok|okay|safe|alright|dangerous|risky) (?:for (?:me|him|her|them|us) )?to (?:fly|travel|go (?:skiing|abroad|on holiday|on a plane)|ski|play (?:sports?|football|rugby|soccer)|(?:be at|go to|attend|start|stay at) (?:the |his |her )?(?:kindergarten|nursery|school|daycare|day care|preschool))|(?:is|are) (?:skiing|flying|(?:contact )?sports?|football|rugby) (?:\w+ ){0,2}?(?:ok|okay|safe|alright|dangerous|risky|too risky)|(?:can|could|should) (?:i|he|she|we|they) (?:keep|carry on|continue) (?:doing|playing) (?:that|this|sports?|football|rugby) (?:on|while on|while taking|with))\b/i,
    why: '"is it ok for me to fly that far again so soon?", "is skiing ok for her?", "can I keep doing that on blood thinners?", "is it okay for him to be at kindergarten while he is on the high dose?": travel, sport and school with the condition, even on a medicine',
  },
  {
    type: 'genetic_changes',
    pattern:
      /\b(?:is|are|was) (?:\w+ ){1,2}?(?:the|a) (?:main )?genes? (?:that|which) (?:causes?|is responsible for|leads? to|gives?)\b/i,
    kinds: CONDITIONLIKE,
    why: '"Is GBA the gene that causes Gaucher?": which gene is involved',
  },
  {
    type: 'diagnosis',
    pattern:
      /(?:\bwhat (?:exactly )?(?:is|are|will|would|does|do|can|could) (?:that|this|the|these|those|his|her|my|our) (?:\w+ )?(?:scans?|tests?|testing|biops(?:y|ies)|x-rays?|mri|ct|ultrasound|screening|blood tests?|bloods) (?:\w+ )?(?:looking for|look for|checking(?: for)?|check for|testing for|show|tell (?:us|you|them|me))\b)|(?:\b(?:(?:does|do|would|could|can) (?:a |the |this |that |my |his |her |our )?(?:\w+ ){0,3}?mean (?:that )?(?:i|he|she|they|we|my \w+|our \w+|his \w+|her \w+) (?:\w+ )?(?:do(?:es)?n'?t|do(?:es)? not|won'?t|will not) (?:actually |really |definitely )?have (?:it|this|FOCUS)|(?:does|do) (?:he|she|i|they|my \w+|our \w+) (?:actually |really )?have (?:it|this|FOCUS) or not|what (?:does|do|would) (?:a |an |the |his |her |my |this |that )?(?:borderline|positive|negative|abnormal|inconclusive|equivocal|raised|elevated) (?:\w+ )?(?:results?|tests?|screens?|screening|values?|levels?|readings?|panels?)?\s?mean)\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what exactly is that scan looking for?", "what will the next tests actually show?": what a test of the condition finds; "does a negative panel mean I don\'t have EDS?", "does he have it or not", "what does a borderline result mean?": whether a result confirms it',
  },
  {
    type: 'indication',
    pattern:
      /\b(?:what (?:exactly )?(?:is|are|does|do) (?:the |this |that |his |her |my )?(?:FOCUS|it|medicine|medication|drug|tablets?|pills?|injections?|dose) (?:\w+ )?supposed to do|how (?:does|do|would|will|can) (?:one|a single|a|the|this|that) (?:\w+ )?(?:dose|shot|injection|tablet|pill) (?:\w+ )?(?:protect|help|prevent|work))\b/i,
    kinds: DRUGLIKE,
    why: '"what exactly is the amoxicillin supposed to do before a cleaning?", "how does one dose protect his heart?": what a medicine is for and how it works',
  },
  {
    type: 'information',
    pattern:
      /\b(?:is|are) (?:the |a |being (?:a )?)?(?:trait|carrier(?: state)?|gene|variant|mutation)s? (?:\w+ )?the same(?: thing)? as (?:having )?(?:the |a )?(?:disease|condition|syndrome|illness|FOCUS)\b/i,
    kinds: CONDITIONLIKE,
    why: '"is the trait the same thing as the disease?": what the condition is, next to its trait',
  },
  {
    type: 'complications',
    pattern:
      /\bwhat (?:happens|will happen|would happen|could happen|can happen)(?: to (?:him|her|me|them|us))? (?:if|when) (?:it|this|FOCUS|(?:his|her|my|their) (?:\w+ )?(?:levels?|sugars?|condition|disease))(?:'s| is| stays| remains| keeps being| goes| gets)? (?:badly |poorly |not well |not )(?:controlled|managed)\b/i,
    why: '"what happens if it stays badly controlled like this?": what the condition leads to when it is not kept in check (a condition is what is controlled, even when "it" follows a medicine)',
  },
  {
    type: 'symptoms',
    pattern: new RegExp(
      `${YES_NO}.*?\\b(?:FOCUS|it|this)\\b (?:\\w+ )?(?:cause|causes|give|gives|lead to|make)\\b (?:\\w+ ){0,2}?(?:(?:trouble|difficulty|difficulties|problems?) (?:with )?(?:swallowing|breathing|sleeping|walking|eating|chewing|talking|speaking|seeing|hearing|concentrating|peeing|urinating))\\b`,
      'i',
    ),
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"can scleroderma cause trouble swallowing?": a complaint that belongs to it (of a medicine, a side effect)',
  },
  {
    type: 'research',
    pattern:
      /(?:\b(?:(?:donat(?:e|ed|ing)|give|giving|leave|leaving) (?:(?:his|her|my|their|our|the) )?(?:brains?|body|bodies|spinal cords?)|(?:brains?|body|bodies) (?:\w+ ){0,2}?(?:be )?donated|(?:brain|tissue) banks?)\b)|(?:(?:^\W*(?:(?:and|but|so|also)\s+)?(?:are|is|do|does|would|will|can) (?:\w+ )?(?:studies|study|research|registr(?:y|ies)|biobanks?|trials?)(?: like (?:this|that|these|those|it))? (?:actually |really |even )?(?:useful|help(?:ful)?|worth (?:it|doing)|make a difference|matter)\b|\b(?:help|helps|helping|useful for|benefit|advance) (?:the |medical |scientific )?research\b))|(?:(?:^\W*|[-–—:;,]\s+)(?:(?:and|but|so|also)\s+)?(?:are|is) there (?:any )?(?:studies|research|trials?|data)\b(?: \w+){0,2}? (?:on|into|about|looking at) (?:whether|if)\b|\bresearch (?:going on|being done|happening|under way|underway)\b)/i,
    why: '"can his brain be donated for research?", "do brain banks take brains from people with it?": giving one\'s brain or body to research; "are studies like this actually useful for finding treatments?", "does it really help the research?": what research is good for; "are there any studies on whether that is safe for the baby?", "is any of that research going on in the UK?": studies of the question (labeling guide: research)',
  },
  {
    type: 'research',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?how (?:do|can|would|should) (?:we|i|they|he|she) (?:go about )?(?:set(?:ting)? (?:that|this|it) up|arrang(?:e|ing) (?:that|this|it)|register(?: for (?:that|this|it))?|sign up(?: for (?:that|this|it))?)\W*$/i,
    told: /\b(?:donat\w+ (?:his|her|my|their|our|the) (?:brain|body)|brain banks?)\b/i,
    why: '"he wants to donate his brain to research. How do we go about setting that up?": arranging what was told',
  },
  {
    type: 'inheritance',
    pattern: new RegExp(
      `\\b(?:could|can|might|may|will|would) (?:my|our|his|her|their|the|this|that) (?:\\w+ )?${RELATIVE} (?:also )?(?:have|inherit|develop|get|be born with) (?:it|this|FOCUS) (?:too|as well)\\b|\\b(?:${RELATIVE}|boys|girls)\\b[^?]{0,40}?\\b(?:could|can|might|may|will|would|do|does) (?:they|he|she|both|either|one) (?:\\w+ )?(?:have|inherit|develop|get|be born with|be affected by) (?:it|this|FOCUS) (?:too|as well|also)\\b`,
      'i',
    ),
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"Could her baby have fragile X too?", "my sister has two boys, could they have it too?": whether another child of the family has it (labeling guide: inheritance)',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:is|are|would|will|could|can|might) (?:the |a |an |general |local |his |her |my )?(?:an(?:a)?esthe\w*|sedation|being (?:put to sleep|sedated)|going under)(?: \w+){0,3}? (?:really |more |extra |especially |particularly |any )?(?:riskier|risky|dangerous|more dangerous|safe|unsafe|a (?:big |bigger |real |special )?(?:risk|problem|danger|concern))|(?:risks?|dangers?) (?:of|with|from|in) (?:a |the |having |general |local |an )?(?:an(?:a)?esthe\w*|sedation|being put to sleep|going under))\b/i,
    kinds: ['disease'],
    why: '"is the anesthesia really riskier for someone with MG?", "is sedation more dangerous for children with achondroplasia?", "what are the risks of a general anaesthetic for someone with DM1?": what the condition can lead to under anesthesia (without a disease named, "is general anesthesia safe for a child that young?" asks about the anesthetic)',
  },
  {
    type: 'complications',
    pattern:
      /\bwhat (?:happens|will happen|would happen|could happen|can happen)(?: to (?:him|her|me|them|us))? (?:if|when|once) (?:he|she|i|we|they|you|someone|people|adults?|kids|children|an? (?:adult|child|kid|teenager|woman|man|person))(?: with (?:FOCUS|it|this))? (?:stops?|stopped|quits?|goes off|go off|comes off|come off|gives? up|doesn'?t (?:follow|stick to|keep to)|don'?t (?:follow|stick to|keep to)) (?:the|his|her|my|their|your|a) (?:\w+ )?(?:diet|treatment|therapy|medicines?|medications?|meds|injections?|infusions?)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what happens if an adult with PKU stops the diet?": what the condition leads to without its treatment (a named medicine stopped is how it is taken)',
  },
  {
    type: 'cause',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?what (?:causes|caused|is causing) (?:it|this|FOCUS)(?: then)?,? (?:if|when|since) (?:(?:it|this|FOCUS)(?:'s| is| was)? |(?:is|was) (?:it|this) )?(?:isn'?t|wasn'?t|not|is not|was not) (?:inherited|genetic|hereditary|in the family|passed down)\W*$/i,
    kinds: CONDITIONLIKE,
    why: '"What causes PNH if it isn\'t inherited?": its cause (not how it is inherited)',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:if|when) (?:(?:it|this|FOCUS|he|she|they|i)(?:'?s| is| are) not|(?:it|this|FOCUS|he|she|they|i)(?:'?s| is| are) (?=untreated)|(?:it|this|FOCUS)(?: isn'?t| is not| isnt)|(?:he|she|they|i|we) (?:don'?t|doesn'?t|do not|does not|never) get (?:it )?) (?:treated|untreated|treatment)|(?:left|goes|go|went|stays|stay) untreated)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"can it kill you if its not treated?", "is it dangerous if left untreated?": what it leads to without treatment (labeling guide: complications; before the rules for the outlook)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:addict(?:ed|ive|ion)|habit[- ]forming|get hooked|(?:it|FOCUS|they) (?:\w+ )?makes? (?:you|people|me|him|her|them) (?:more )?(?:likely|prone) to (?:get|catch|develop) (?:\w+ )?(?:infections?|colds?|shingles|cancer|lymphoma|diabetes|ulcers?|clots?)|(?:get|getting|develop|developing) (?:\w+ ){0,4}?from (?:the|his|her|my|their) FOCUS|(?:will|would|does|do) (?:that|it|this|the \w+|they|these|those) (?:\w+ )?(?:go away|go down|settle|wear off|disappear) (?:when|once|after|if) (?:i|he|she|we|they) (?:come|comes|go|goes|get|gets|am|is|are) off (?:it|them|FOCUS)|(?:is|was) (?:it|FOCUS|the \w+) the one (?:causing|that causes|that is causing|that's causing|to blame)|(?:can|could|will|would|does|might) (?:it|FOCUS|they) make (?:his|her|my|the|their|your) (?:\w+ )?\w+ worse|(?:make|makes|made|making) (?:my|his|her|your|their|the) (?:\w+ )?(?:blood|sugars?|levels?|pressure|heart rate) (?:drop )?too (?:thick|thin|low|high|fast|slow)|(?:drop|fall|go) (?:too|dangerously) low|(?:dry|drying) (?:up|out) (?:my|his|her|your|the) (?:\w+ )?(?:mouth|skin|eyes|milk|supply)|(?:lower|drop|reduce|mess up|affect) (?:my|his|her|your|the) (?:\w+ )?(?:libido|milk supply|supply|platelets|blood counts?|white (?:blood )?cells|sperm count)|burn (?:more )?(?:easily|faster|quicker)|(?:does|do|can|could|will|would|might) (?:it|FOCUS|they|this|that) (?:\w+ )?make (?:people|you|him|her|me|them) (?:more |very |so )?(?:confused|stiff|drowsy|sleepy|groggy|dizzy|jittery|moody|aggressive|emotional)|(?:will|would) (?:i|he|she|they|we) (?:still )?be (?:groggy|drowsy|sleepy|dizzy|foggy)|(?:from|caused by|due to|because of) (?:the|a|an|that|this|his|her|my) (?:(?:extra|double|second|wrong|big|large|high|higher) )?(?:dose|doses|overdose)|(?:the|an|that|this) (?:extra|double|second|wrong) (?:dose|doses|tablets?|pills?) (?:\w+ )?(?:hurt|harm|damage|injure)|(?:weaken|lower|suppress|damage) (?:my|his|her|your|the) (?:immune system|immunity|defences|defenses)|(?:put|send|throw) (?:me|her|him|you) into (?:an? )?(?:early )?menopause)\b/i,
    kinds: DRUGLIKE,
    why: '"can you get addicted to tramadol?", "is she going to get that brain infection from the Tysabri?", "will the puffiness go away when I come off it?", "is the lisinopril the one causing it?", "can the quetiapine make his stiffness worse?", "could it make her blood pressure drop too low?", "will it dry out her mouth?", "will I burn more easily on it?", "will I still be groggy?", "is the dizziness from the double dose?", "does everolimus weaken the immune system?", "will it put me into menopause?": harm a medicine does besides its purpose (before the dose rules and the rules for what a condition leads to)',
  },
  {
    type: 'diagnosis',
    pattern:
      /^(?!.*\b(?:clinical trials?|trials|studies|research)\b).*\b(?:(?:test(?:ed)?|check(?:ed)?|detect(?:ed)?|found|picked up|show|seen|diagnosed|screen(?:ed)?|spot(?:ted)?) (?:it |this |FOCUS )?(?:\w+ ){0,2}?(?:early (?:in|next|on)|before (?:birth|she is born|he is born|it is born)|in (?:the )?womb|(?:early )?(?:in|during) (?:the |a |my |her )?(?:next )?pregnancy|next (?:time|pregnancy)|with (?:cvs|an? amnio\w*|amnio\w*|nipt))|(?:is|are|would) (?:an? )?(?:cvs|amnio\w*|nipt|fetal echo\w*|prenatal test\w*) (?:\w+ ){0,5}?(?:better|safer|accurate|reliable|an option|recommended|worth|possible|risky)|(?:do|have|get|offer|having) (?:an? )?(?:cvs|amnio\w*|nipt|fetal echo\w*|prenatal test\w*)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"could the next baby be tested early in pregnancy?", "can they check it early with CVS?", "would they do a fetal echo next pregnancy?", "is CVS or IVF with embryo testing the better option?": testing for it before birth (trials for babies diagnosed before birth are research)',
  },
  {
    type: 'cause',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?(?:can|could|does|do|will|would|might|may) (?!FOCUS\b)(?:\w+ ){1,5}?(?:cause|trigger|bring on|set off|spark) (?:a |an |the |his |her |my |their )?(?:FOCUS )?(?:flares?|flare-ups?|attacks?|episodes?|crisis|crises|relapses?)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"can the sun cause a lupus flare?", "could stress trigger an attack?": what brings on its attacks (guide: cause; something named as causing the condition itself is an association)',
  },
  {
    type: 'other',
    pattern:
      /\b(?:(?:legal|illegal|allowed) (?:for (?:me|us|him|her) )?to (?:import|bring|buy|order|ship|post|mail|send)|(?:get|have) (?:it|them|FOCUS) imported|import(?:ed|ing)? (?:\w+ ){0,3}?(?:from|into) (?:\w+ )?(?:india|china|canada|mexico|europe|abroad|overseas|the us|the uk)|where (?:can|do|could) (?:i|we) (?:buy|order) |(?:so |really |very )?hard to (?:get hold of|get|find)\W*$|(?:tell|know|spot) (?:if|whether) (?:they|it|these|the pills|the tablets) (?:are|is) (?:fake|real|genuine|counterfeit))/i,
    why: '"is it legal to import hydroxychloroquine from India?", "where can I buy Xyrem online?", "why is Sabril so hard to get?", "how can I tell if they are fake?": getting hold of a medicine (not a medical question)',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:how often (?:do|does|should|would|will|can) (?:i|he|she|we|they|you|people) (?:normally |usually |need to )?(?:get|have|need) (?:the |these |those |my |his |her )?(?:\w+ )?(?:injections?|infusions?|shots?|jabs?|doses?)|how many (?:\w+ )?(?:infusions?|injections?|shots?|doses?|courses?) (?:will|would|do|does|should) (?:i|he|she|we|they|you) (?:need|have|get)|how (?:am|are|is) (?:i|we|he|she|they) (?:supposed|meant) to (?:manage|take|give|time|fit)|(?:give|take) (?:it|them|him|her|another|more|extra|a dose) (?:again|tomorrow|later)|(?:give|take) (?:another|more|an extra|extra) (?:dose|one|tablet|pill)|half (?:my|his|her|a|the) (?:\w+ )?(?:dose|pills?|tablets?)|(?:cut|cutting|split|splitting) (?:my|his|her|the) (?:\w+ )?(?:pills?|tablets?) in half|when (?:can|should|do) (?:i|he|she|we) (?:re)?start (?:my|his|her|the) (?:\w+ )?(?:pills?|tablets?|medicines?|medication|injections?) again|(?:stop|skip) (?:it |them )?for (?:a|one|two|three|a few|\d+) (?:days?|weeks?))\b/i,
    kinds: DRUGLIKE,
    why: '"how often do you normally get Botox injections?", "how many infusions will I need?", "how am I supposed to manage the pyridostigmine if I fast?", "should I give it again?", "is it ok to take half my insulin dose?", "when can I start my normal pill again?", "is it dangerous to stop for a week?": how a medicine is taken',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:^(?:(?:and|but|so)\s+)?(?:would|will|could|can|does|do|might) FOCUS (?:really |actually |even )?help|what (?:should|do|must|can|would) (?:we|i|you|they|the school|(?:his|her|the) (?:teachers?|school|staff|carers?)) (?:\w+ )?do (?:if|when|in case) (?!(?:\w+ ){0,3}(?:miss(?:es|ed)?|forgets?|forgot|throws? up|vomits?|is sick|spits?)\b)|what to do (?:if|when|in an emergency)|sick[- ]day rules|(?:what|which) (?:should|would|must) (?:be|go|we put) in (?:a|an|the|his|her|my) (?:seizure|FOCUS|emergency|care|action) plan|what (?:do|should) (?:i|we) tell the (?:paramedics|ambulance|ambulance crew|er|a&e|hospital)|(?:does|do|will|would|can|could|did) (?:the |a |this |that |these |those |his |her |my )?(?:\w+ ){0,2}?(?:brace|splints?|harness|injections?|infusions?|surgery|operation|therapy|treatments?|physio(?:therapy)?|massage|acupuncture|supplements?|vitamins?) (?:really |actually |even )?(?:work|help)|(?:would|will|could|can|does) (?:adding|trying|doing|starting) (?:\w+ ){1,2}?(?:help|speed (?:it|things|recovery) up|make a difference)|(?:is|are) (?:\w+ ){1,4}?an option (?:to|for))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what should we do if he has a bleed?", "sick day rules?", "what should be in a seizure plan?", "what do I tell the paramedics?", "does the brace actually work?", "would hearing aids help her?", "would adding acupuncture speed things up?", "is medical tattooing an option to cover it?": managing it when it happens, and whether a treatment helps (what to do about a missed or vomited dose is how a medicine is taken)',
  },
  {
    type: 'lifestyle',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?(?:can|could|should|may) (?:i|he|she|we|they|you) (?:ever |still |really |safely )?(?:drink|drive|fast)\b(?: again| at all| alcohol)?\W*$/i,
    kinds: CONDITIONLIKE,
    maxDrugs: 0,
    why: '"Can I drink at all?", "can i ever drink again", "should he drive?": drinking, driving or fasting with the condition, the whole question (beside a medicine it may ask how the two mix)',
  },
  {
    type: 'lifestyle',
    pattern:
      /(?:\b(?:how (?:long|soon) (?:before|until) (?:i|he|she|they|we) (?:can|could|may|(?:am|is|are) allowed to) (?:drive|fly|swim|work|play|exercise|travel|go back)|(?:should|must) (?:he|she|i|they|we) (?:really )?(?:be playing|quit|stop playing|keep playing|carry on playing)|(?:can|could|should) (?:he|she|i|they|we) (?:still )?(?:keep (?:on )?doing|carry on doing|do|join|play|take part in) (?:an? )?(?:gymnastics|football|soccer|rugby|volleyball|basketball|hockey|netball|tennis|yoga|tai chi|dance|dancing|ballet|karate|judo|swimming|cycling|trampolin\w*|tumbling|somersaults|marathons|sports?|pe)\b|(?:is|are) (?:it|that|this|any of (?:that|this|it|them)|the (?!FOCUS)[\w' ]{1,50}?) (?:ever |really |even )?(?:safe|ok|okay|realistic|too much) for (?:someone|a child|people|kids|children) (?:like (?:him|her|me|them|us)|with FOCUS)(?! to (?:take|use|have|get|start|try|be on|stay on|keep taking))|(?:allowed|safe) (?:for (?:\w+ ){1,2})?to fast|which (?:drinks|foods|snacks|sports|activities) (?:are|is) (?:\w+ )?(?:safe|ok|okay|allowed|best)|(?:is|are) there (?:a |any )?(?:special |particular |specific |recommended )?diets? (?:that |which )?(?:i|he|she|we|they|you|people) (?:should|must|can|could) (?:follow|be on|try|stick to)|take (?:her|him|them) (?:out )?(?:for|on) (?:drives|walks|trips|holidays|outings|days out)))|(?:\b(?:(?:is|would|will) (?:it|that) (?:\w+ )?(?:safe|dangerous|ok|okay|alright|all right|risky|bad) for (?:him|her|me|them|us|(?:my|our|his|her) \w+) to (?:keep |still |carry on |continue )?(?:doing |going )?(?:swim\w*|run\w*|rid(?:e|es|ing)|cycl\w+|play\w*|div(?:e|es|ing)|ski\w*|climb\w*|surf\w*|hik(?:e|es|ing)|danc\w+|train\w*|compet\w+|sail\w*|exercis\w+|long rides|work out)\b|(?:can|could|will) (?:he|she|i|they|(?:my|our|his|her) \w+) (?:ever |still )?(?:play|swim|run|dance|dive|ski|compete|train|ride|cycle|race|box) (?:\w+ ){0,2}?again\b|(?:can|could|should|may) (?:i|he|she|we|they|you|my \w+) (?:still )?play\W*$|\bsit(?:ting)? out (?:of )?(?:training|matches|games|pe|sports?|practice)\b|(?:switch|change) (?:his|her|the|their|my) (?:baby's )?(?:formula|milk)\b|(?:can|could|should|may) (?:i|she|we) (?:really )?(?:not |still |keep )?(?:breast ?feed|nurse (?:him|her|the baby))\b))/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"how long before I can drive again?", "should he really be playing football?", "can he do tumbling and somersaults?", "is the heat safe for someone like her?", "is he allowed to fast?", "which drinks are safe for him?", "is there a diet I should follow?", "is it dangerous for her to swim in the sea?", "is it safe for him to keep doing long rides?", "can she ever play again?", "can I still play?", "should they sit out of training?", "do we need to switch his formula?", "can I really not breastfeed him?": pastimes, sport, food and daily life with the condition',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:need|take|be on|stay on|have|keep taking|keep having) (?:to (?:take|have|be on|stay on) )?(?:the |these |those |his |her |my |their |a |any )?(?:\w+ )?(?:tablets?|pills?|medicines?|medication|meds|injections?|infusions?|shots?|transfusions?|treatments?|blood thinners|venesections?|steroids|insulin) (?:for (?:the )?rest of (?:his|her|my|their|your|our) li(?:fe|ves)|for life|forever)|(?:a )?lifelong (?:treatment|therapy)|(?:the )?(?:main|usual|standard|normal|first|recommended) (?:treatment|therapy))\b/i,
    kinds: CONDITIONLIKE,
    why: '"will he need the tablets for the rest of his life?", "is that a lifelong treatment?", "is giving blood really the main treatment?": the treatment of the condition (taking a named medicine for life is how that medicine is used, below)',
  },
  {
    type: 'find_specialist',
    pattern:
      /\bwho (?:is (?:supposed|meant) to|should|will|would|is going to) (?:coordinate|oversee|be in charge of|keep track of|follow (?:her|him|them|me) up)\b/i,
    kinds: CONDITIONLIKE,
    why: '"who is supposed to coordinate all of this, the pediatrician or the genetics clinic?": which doctor or clinic leads the care',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:how often (?:should|do|does|must|will|would) (?:\w+ ){0,8}?(?:be |get |have )?(?:checked|tested|monitored|screened|scanned)|(?:what|which) (?:\w+ )?(?:checks?|check-?ups?|tests?|scans?) (?:does|do|should|would|will) (?:\w+ ){1,2}?(?:need|have|get|be getting|be having)|how (?:often|long) (?:do|does|should|will|must) (?:\w+ ){1,3}?(?:need to |have to )?(?:keep )?(?:have|having|get|getting) (?:\w+ ){0,2}?(?:an? )?(?:echo\w*|mri|scans?|colonoscop\w+|checks?|check-?ups?|tests?|ultrasounds?|x-rays?|eye exams?)|(?:yearly|annual|regular|routine) (?:\w+ ){0,3}?(?:scans?|mri|tests?|checks?|screening|echo|ultrasounds?) (?:really )?(?:needed|necessary|recommended|required))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"how often should his thyroid be tested?", "what heart checks does she need?", "how long does he need to keep having echocardiograms?", "is the yearly scan really needed?": the tests that follow a condition up',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:two|2|both) (?:forms?|kinds?|types?|methods?) of (?:birth control|contraception)|(?:must|have to|need to) (?:be on|use) (?:\w+ )?(?:birth control|contraception) (?:while|when|to)|pregnancy tests? every month)\b/i,
    kinds: DRUGLIKE,
    why: '"why do I need two kinds of birth control to take it?", "must be on birth control while taking it": a precaution against pregnancy on the medicine',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:(?:make|makes|stop|stops) (?:my |her |the |your )?(?:\w+ )?(?:birth control|contraceptive|pill|implant|coil|iud)s? (?:\w+ )?(?:not work|from working|fail|less effective|ineffective)|(?:backup|back-up) (?:method|contraception|protection))\b/i,
    kinds: DRUGLIKE,
    why: '"will it make my birth control implant not work?", "do I need a backup method with my birth control?": the medicine weakening the contraceptive',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:(?:will|would|does|do|should) (?:\w+ ){1,4}?need (?:\w+ )?testing(?![^?]*\bcarr(?:y|ies|iers?)\b)|how (?:does|do|would) (?:the |a |this )?(?:\w+ )?(?:test|testing|scan|screening) work)\b/i,
    kinds: CONDITIONLIKE,
    why: '"will his younger sister need testing as well?", "how does the predictive test work?": testing for it (testing to see whether they are carriers is inheritance, below)',
  },
  {
    type: 'susceptibility',
    pattern: /\b(?:could|can|might) (?:we|i|he|she|they) have been (?:exposed|infected)\b/i,
    kinds: ['disease'],
    why: '"could we have been exposed to rabies without noticing a bite?": whether someone may have caught it',
  },
  {
    type: 'susceptibility',
    pattern: /\b(?:catch|caught|pick up) (?:it|this|FOCUS|anything|something) (?:off|from)\b/i,
    kinds: ['disease'],
    why: '"could my grandchildren catch it from me?", "can she catch anything from him?", "could we have caught it from him?": whether it is catching (before the rules that read grandchildren as heirs)',
  },
  {
    type: 'treatment',
    pattern:
      /\btoo late (?:for|to (?:start|get|have|try|give)) (?:\w+ )?(?:antibiotics|treatment|surgery|an operation|the vaccine|medicine|chemo|therapy)\b/i,
    kinds: ['disease'],
    why: '"is it too late for treatment?", "too late to have surgery": a treatment',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:is|are) (?!(?:it|this|that|they|FOCUS)\b)(?:\w+ ){1,3}?(?:common|usual|normal|typical) (?:in|with|for) (?:people with |kids with |children with |adults with )?(?:FOCUS|it|this)\b/i,
    kinds: ['disease'],
    why: '"is poor sleep common in Angelman syndrome?": whether a sign belongs to it ("is it common in children?" asks how common the condition is)',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:is|are|could|can|does|do) (?:the |this |hot |cold )?(?:heat|cold|weather|stress|sun|sunlight|humidity) (?:\w+ ){0,2}?(?:making|make|makes) (?:\w+ )?(?:FOCUS|it|this|her \w+|his \w+) worse\b/i,
    kinds: ['disease'],
    why: '"is the heat making her multiple sclerosis worse?": what brings on its attacks (labeling guide: cause)',
  },
  {
    type: 'prevention',
    pattern: /\bstop (?:it|this|FOCUS|the infection) (?:from )?spreading\b/i,
    kinds: ['disease'],
    why: '"what should we do to stop it spreading to the other residents?": preventing it',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:(?:given|give|put|flushed|crushed|dispersed|opened|mixed) (?:\w+ ){0,5}?(?:down|via|through|into) (?:the |a |his |her )?(?:\w+ )?(?:peg|ng|tube|feeding tube|gastrostomy|g-tube)\b|(?:do|doing) (?:\w+ )?with (?:his|her|my|the) (?:\w+ )?dose\b)/i,
    kinds: DRUGLIKE,
    why: '"can it be given down the PEG?", "can the granules be flushed down the tube?", "what should we be doing with her hydrocortisone dose?": how to give it',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:can|could|will|would|does|might) (?:it|this|FOCUS) (?:\w+ )?(?:harm|hurt|damage|affect) (?:an? |the |my |our |her )?(?:unborn )?(?:baby|fetus|pregnancy)|what (?:happens|will happen|would happen) to (?:my|his|her|their) (?:\w+ )?(?:bones|heart|kidneys?|liver|eyes|brain|lungs|joints|teeth|skin) if|what (?:happens|will happen|would happen) if (?:i|he|she|we|they) (?:\w+ )?cheats? (?:and|by) eat\w*)/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"can Q fever harm an unborn baby?", "what happens to my bones if I don\'t take it?", "what happens if I cheat and eat a burger?": what it leads to (before the rules that read "baby" as a child who may inherit it)',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:can|could|may) (?:i|he|she|we|they|you) (?:still |ever )?(?:have|eat) (?:\w+ ){0,2}?(?:cake|sweets|chocolate|pizza|bread|pasta|burgers?|ice cream|crisps|biscuits|cookies|candy|fruit|dairy|cheese|eggs|nuts)\b|(?:can|could|should|may) (?:i|he|she|we|they|you) (?:still )?(?:do|go to|go on|go for|have) (?:\w+ )?(?:sleepovers?|parties|school trips?|camps?)\b|(?:get|make) (?:my|his|her|the|their) (?:school|teachers?) (?:to )?understand\b|(?:keep|carry on|still go) (?:horse )?(?:riding|skiing|diving|climbing|hiking|rowing|skating|surfing)\b)/i,
    kinds: ['disease'],
    why: '"can I have birthday cake at parties?", "can I still do sleepovers?", "how do I get my school to understand?", "can she keep riding?": food, school and pastimes with the condition',
  },
  {
    type: 'find_specialist',
    pattern:
      /\b(?:(?:is there|are there|any) (?:a |an |any )?(?:\w+ )?groups? (?:for|where|of) |is there (?:like )?(?:a|an|any) (?:\w+ )?(?:speech |occupational |physical )?(?:therapist|counsell?or|psychologist|physio(?:therapist)?)s? (?:who|that|near|in)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"is there a group for kids whose parents have it?", "is there like a speech therapist who can help me?": people and groups to turn to',
  },
  {
    type: 'drug_usage',
    pattern: /\b(?:have|take|give) (?:it|them|this) on (?:a )?(?:different|another|other) days?\b/i,
    kinds: DRUGLIKE,
    why: '"can I have it on a different day?": when to take it',
  },
  {
    type: 'treatment',
    pattern:
      /\bhow long (?:is|does|will|would) (?:the |his |her |my )?treatment (?:\w+ )?(?:last|take|be)?\b/i,
    kinds: ['disease'],
    why: '"how long is the treatment?": the treatment',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:should|will|would|can|could) (?:the |our |my )?baby be (?:checked|tested|screened)\b|\b(?:scan|test|check|ultrasound) before (?:birth|he is born|she is born|the baby is born)\b/i,
    kinds: CONDITIONLIKE,
    why: '"should the baby be checked after birth?", "a special heart scan before birth": testing for it',
  },
  {
    type: 'complications',
    pattern:
      /\bFOCUS (?:(?:with|without) \w+ )?(?:also |really |actually )?(?:raises?|increases?) (?:my|his|her|the|their|your|our) (?:\w+ )?(?:risk|chances?) of (?:\w+ )?FOCUS\b/i,
    minFoci: 2,
    about: 'first',
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"does Lynch syndrome also raise my risk of womb cancer?", "does Sotos raise the risk of cancer?": another condition the first one leads to (before the rules for a risk raised by something named)',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:is|are|isn'?t|aren'?t) (?:(?:horse )?riding|(?:scuba )?diving|skiing|climbing|swimming|running|cycling|trekking|hiking|flying|sailing|surfing|boxing|football|rugby|gymnastics|trampolining|(?:a |the )?saunas?|tattoos?|getting (?:a )?tattoo(?:ed)?|fasting|gardening|dancing|(?:the |a )?climb(?: like this)?) (?:\w+ ){0,4}?(?:too )?(?:dangerous|safe|ok|okay|risky|alright|allowed|a problem)|(?:can|could|should|may) (?:i|he|she|you|we|they) (?:learn to |still |ever |even )?(?:scuba dive|dive|ski|go skiing|go diving|ride|fly|sail|surf|box|get a tattoo|have a tattoo|get tattooed|fast)\b|(?:safe|ok|okay) (?:for (?:me|him|her|them) )?to (?:do a climb|fast|dive|ride|trek|get a tattoo|get tattooed|use the sauna|go in the sauna)\b)/i,
    kinds: ['disease'],
    why: '"is horse riding too dangerous for a child with hemophilia?", "can I learn to scuba dive?", "is riding OK for her?", "can you get a tattoo if you have psoriasis?", "is it safe to do a climb like this?": a hobby or activity with the condition',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:can|could|should|may) (?:i|he|she|you|they|we) (?:still )?(?:take|use|have) (?:it|them|this|FOCUS) (?:if|when|since|as|because) (?:i|he|she|you|they|we) (?:have|has|had|am|is|are) (?:\w+ )?FOCUS\b/i,
    kinds: DRUGLIKE,
    why: '"can I take it if I have asthma?": who should not take it (before the rules for a medicine with another condition named)',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:(?:is|are) (?:\w+ ){1,3}?(?:a |an )?(?:common|usual|typical|known|normal) (?:symptom|sign|feature|part)s?\b|(?:the )?(?:main|usual|typical|common|first|early) (?:features|signs|symptoms) (?:of (?:the condition|it|FOCUS) )?(?:are|is)\b|carriers? (?:\w+ ){0,3}?have (?:\w+ )?(?:symptoms|signs)|is (?:this|that|it) what (?:an? )?(?:\w+ )?(?:FOCUS|attack|crisis|seizure|flare) (?:feels|looks) like|\bis it (?:common|normal|usual|typical) for (?:FOCUS|it|this) to (?:affect|cause|give|make)\b)/i,
    kinds: ['disease'],
    why: '"are dislocated joints a common symptom?", "what the main features of the condition are", "can a woman who is a carrier have bleeding symptoms?", "is this what an adrenal crisis feels like?", "is it common for myasthenia gravis to affect your voice?" (not how common the condition is): its signs',
  },
  {
    type: 'find_specialist',
    pattern:
      /\b(?:where (?:can|could|do|would|should) (?:i|we|he|she|they) (?:\w+ ){0,2}?(?:get|find|see|go for|access|have) (?:a |an |the |some )?(?:\w+ )?(?:genetic counsel(?:l?ing|ors?)|counsel(?:l?ing|ors?)|specialists?|clinics?|centers?|centres?)|where is the (?:nearest|closest) (?:\w+ ){0,4}?(?:clinic|hospital|center|centre|specialist|doctor)|is there (?:a|an|any) (?:\w+ )?(?:hematologist|haematologist|neurologist|cardiologist|geneticist|specialist|nurse|hospital)s? (?:who|that|which|near|within|abroad)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"where can I get genetic counseling without travelling?", "where is the nearest clinic for inherited heart rhythm problems?", "is there a hematologist who does video visits?", "any hospital abroad that treats children from countries like ours?": where to find care (before the rules its words would otherwise match: "inherited", "treats")',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:(?:am i|are we|is he|is she|are they) (?:\w+ )?(?:going to|likely to|more likely to|at (?:higher|greater|more) risk of) (?:get(?:ting)?|develop(?:ing)?|hav(?:e|ing)) (?:it|this|FOCUS)|(?<!(?:lower|reduce|cut|decrease|minimi[sz]e) )(?:my|our|his|her) (?:\w+ )?chances? of (?:getting|having|developing) (?:it|this|FOCUS)|(?:more )?likely (?:for me |for us )?to (?:get|develop|have) (?:it|this|FOCUS) because (?:she|he|they|my \w+|of (?:her|him|them))|(?:brothers and sisters|siblings|twins|relatives) (?:have|has) (?:a )?(?:higher|bigger|greater|increased) (?:chance|risk)|passing down (?:the|our|my|his|her) family|will (?:i|we) (?:\w+ )?(?:get|have|develop) (?:it|this|FOCUS) (?:too|as well|when)|(?:can|could) (?:i|we) (?:\w+ )?(?:get|develop) (?:it|this|FOCUS) when (?:i'?m|i am|we'?re|we are) (?:older|grown up)|(?:is|are) (?:my|our|his|her) (?:\w+ )?(?:brothers?|sisters?|siblings?|sons?|daughters?|kids|children) going to (?:get|have) (?:it|this|FOCUS)|(?:something|it) i could get too because we are (?:brothers|sisters|siblings|twins))/i,
    told: /\b(?:sisters?|brothers?|siblings?|twins?|mum|mom|mother|father|dad|parents?|aunt|uncle|grand(?:mother|father|ma|pa|parents?)|cousins?|family|birth (?:mother|father|parents?))\b/i,
    kinds: ['disease'],
    why: '"my twin has MS ... what are my chances of getting it too?", "is it more likely for me to get it because she has it?": the chance a relative gets it is inheritance (labeling guide), not susceptibility',
  },
  {
    type: 'genetic_changes',
    // (case-sensitive: a gene's symbol is capitals and digits, "PTPN11", "CHD7", "RYR2")
    pattern:
      /\b(?:[Ww]hat (?:does|do|is) (?:the |this |that |a |his |her |my )?[A-Z][A-Z0-9]{1,5}[0-9][A-Z0-9]* (?:change |variant |mutation |result |gene |finding )?(?:mean|about)\b|[A-Z][A-Z0-9]{1,5}[0-9][A-Z0-9]*,? what (?:is|does) (?:that|this|it)\b|[A-Z][A-Z0-9]{1,5}[0-9][A-Z0-9]* the (?:only )?gene\b)/,
    why: '"what does the PTPN11 change mean?", "the doctor also mentioned CHD7, what is that?": which gene or mutation',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:stop (?:one|it|them|another|attacks|(?:another|a|an) (?:FOCUS|\w+)) (?:from )?happening|stop (?:them|it|these) (?:from )?(?:growing|coming) (?:back|again)|stop (?:myself|me|him|her|them|us) (?:from )?(?:getting|developing) (?:FOCUS|it|this|one|another|more)\b|how (?:do|can|could|should) (?:i|we|he|she|they|you) (?:avoid|prevent) (?:one|it|them|another|this|FOCUS)\b|stops? (?:her|him|me|them|us) (?:from )?(?:relapsing|(?:getting|falling) (?:ill|sick|unwell) again)|stop (?:him|her|me|them|us) (?:from )?having (?:one|another|an? (?:\w+ )?(?:attack|crisis|seizure|flare|episode)|attacks|crises|seizures)|(?:lower|reduce|cut|decrease) (?:my|his|her|their|our|the) (?:own )?(?:risk|chances?)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"anything I can take to stop one happening?", "a way to stop them growing again", "stop myself getting varicose veins", "how do I avoid one?": preventing it or its attacks (before the rules for what can be done, which read "anything I can take" as treatment)',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:what|which things?|can|could|does|do|will|might) (?:\w+ ){0,8}?(?:bring on|brings on|set off|sets off) (?:an? |the |his |her |my )?(?:\w+ )?(?:FOCUS|attacks?|crisis|crises|flares?|flare-ups?|episodes?|rhythms?|seizures?|reactions?|relapses?)\b|make (?:a |an )?(?:seizure|attack|crisis|flare|episode|relapse)s? more likely/i,
    kinds: CONDITIONLIKE,
    why: '"what can bring on an adrenal crisis?", "can the stress of travelling bring on an attack?": what brings on its attacks (labeling guide: cause)',
  },
  {
    type: 'indication',
    pattern:
      /\b(?:what (?:is|are) (?:it|they|this|that|FOCUS) (?:actually |even |really |exactly )?(?:used )?for\b|what (?:is|are) (?:it|they|FOCUS) (?:actually |even |really )?doing\b|what does (?:it|this|FOCUS) (?:actually |even |really )?do(?: exactly)?\W*$|why (?:would|do|did|does|is|are|was) (?:they|doctors?|the doctors?|he|she|my \w+) (?:\w+ )?(?:give|giving|prescribe|prescribing|use|using) (?:it|this|that|them|FOCUS) (?:to|for)\b)/i,
    kinds: DRUGLIKE,
    why: '"what is it actually for?", "what does it do exactly?", "what is Creon actually doing in his body?", "why would they give tamsulosin to me?": what the medicine is for',
  },
  {
    type: 'contraindications',
    pattern:
      /\bcan (?:women|men|children|kids|babies|pregnant women|older people|people with \w+) (?:even |still |safely )?(?:take|use|have) (?:it|this|them|FOCUS)\b/i,
    kinds: DRUGLIKE,
    why: '"can women even take it safely?": who should not take it',
  },
  {
    type: 'storage_disposal',
    pattern:
      /\b(?:what|how) (?:am i|are we|do i|do we|should i|should we) (?:supposed to )?(?:do with|get rid of|dispose of|throw away) (?:the |my |his |her |our )?(?:used|old|empty|leftover|unused|expired) (?:\w+ )?(?:pens?|needles?|syringes?|patches|injectors?|vials?|bottles?|tablets?|pills?|inhalers?)\b/i,
    why: '"what am I supposed to do with the used pens?": throwing a medicine away',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:(?:chances?|odds|likelihood) (?:that )?(?:it|they|the baby|he|she|(?:our|my|the) (?:\w+ )?(?:baby|child|kids?|children|son|daughter|one)) (?:would|will|could|might) (?:also )?(?:have|get|inherit) (?:it|this|the same)|(?:would|will|could|might) (?:our|my|his|her|their) (?:\w+ )?(?:sons?|daughters?|bab(?:y|ies)|child(?:ren)?|kids?) (?:also )?(?:have|get) the same (?:problem|thing|condition|disease|issue)|(?:could|would|will|might) (?:a|any) (?:son|daughter|child|baby) of (?:mine|ours|his|hers) (?:have|get|inherit)|(?:could|would|will|might) (?:the |our |my )?baby (?:also )?(?:have|get) the same|(?:chances?|odds|likelihood) (?:that |of )?(?:the |our |my )?(?:baby|child|kids?|children|son|daughter) (?:gets?|has|having|getting|inherits?|inheriting) (?:it|this|FOCUS))\b/i,
    kinds: ['disease'],
    why: '"what are the chances it would have the same thing?", "would our son have the same problem?": the chance a child has it',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:(?:worried|afraid|scared) (?:that )?(?:it|this) (?:is|could be|might be) FOCUS|(?:could|might|can) (?:it|this|that) (?:actually |really )?be FOCUS (?:instead|after all)|get (?:his|her|my|our|their) (?:\w+ ){0,2}?(?:sisters?|brothers?|siblings?|sons?|daughters?|children|kids|twins?) (?:\w+ )?(?:tested|checked|screened)|(?:test|check|screen) (?:the |our |my )?embryos?|(?:test|check|screen) (?:him|her|the baby|it) before (?:he|she|it|the baby) is born|(?:have|get) (?:his|her|their|my) (?:eyes|heart|hearing|kidneys|blood) (?:checked|tested|screened|looked at)|what (?:exactly )?(?:does|would) the (?:\w+ )?test involve)\b/i,
    kinds: CONDITIONLIKE,
    why: '"should I be worried it is scleroderma?", "could it actually be lupus instead?", "should we get his little sister tested?", "can they test the embryos?": whether it is it, and testing relatives',
  },
  {
    type: 'diagnosis',
    pattern:
      /^\W*(?:(?:and|but|so)\s+)?(?:could|might|can) (?:it|this|that) (?:also |actually |really )?be something else\b/i,
    // ("is that from the Gaucher's or could it be something else?" asks one question: where the pain comes from)
    told: /^(?![\s\S]*\b(?:is|are) (?:that|this|it|they) (?:\w+ ){0,3}?(?:from|due to|caused by|because of|part of)\b[^.?!]*?\s(?:or\s+)?(?:could|might|can) (?:it|this|that) (?:\w+ )?be something else)/i,
    kinds: CONDITIONLIKE,
    why: '"could it be something else?": whether it is it (not as the other half of a question with "or")',
  },
  {
    type: 'treatment',
    pattern:
      /\bhow (?:do|can|would|will|could) (?:they|you|doctors?|the doctors?) (?:usually |normally )?(?:sort|fix) (?:it|this|them) (?:out)?/i,
    kinds: CONDITIONLIKE,
    why: '"how do they usually sort it out for good?": how it is treated',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:is|are) (?:it|this|that|they|FOCUS) (?:\w+ )?(?:treatable|curable|fixable)|(?:would|will|could|can|might) (?:the )?(?:\w+ ){0,2}?(?:injections?|infusions?|surgery|operations?|chemo(?:therapy)?|radiotherapy|radiation|transplants?|therap(?:y|ies)|treatments?|pills?|tablets?|drugs?|medicines?|medications?|bisphosphonates|statins|steroids|antibiotics|antivirals?|blood thinners|physio(?:therapy)?|botox|insulin|oxygen|hormones?) (?:(?:they|you|the doctors?) (?:mentioned|suggested|offered|recommended) )?(?:really |actually |even )?(?:help|give (?:him|her|me|them) (?:more|longer)|buy (?:him|her|me|them) time)|(?:need|have) to (?:be|stay) on (?:\w+ ){0,2}?(?:blood thinners|medications?|medicines?|meds|tablets|pills|steroids|insulin|antibiotics|treatment) (?:for (?:life|ever|good|the rest of)|forever|long[- ]term)|(?:do|would|will) (?:they|doctors?) (?:really |actually |ever )?(?:put|start) (?:children|kids|babies|him|her|them|someone) (?:\w+ ){0,4}?on (?:injections?|infusions?|surgery|operations?|chemo(?:therapy)?|radiotherapy|radiation|transplants?|therap(?:y|ies)|treatments?|pills?|tablets?|drugs?|medicines?|medications?|bisphosphonates|statins|steroids|antibiotics|antivirals?|blood thinners|physio(?:therapy)?|botox|insulin|oxygen|hormones?)|(?:is|would be) (?:the )?(?:\w+ )?(?:injections?|infusions?|surgery|operations?|chemo(?:therapy)?|radiotherapy|radiation|transplants?|therap(?:y|ies)|treatments?|pills?|tablets?|drugs?|medicines?|medications?|bisphosphonates|statins|steroids|antibiotics|antivirals?|blood thinners|physio(?:therapy)?|botox|insulin|oxygen|hormones?) (?:his|her|my|their|our|the) best (?:chance|option|bet)|(?:has|have) (?:it|this|that|they) (?:been )?(?:proven|shown) to (?:work|help))\b/i,
    kinds: CONDITIONLIKE,
    why: '"is it treatable?", "would bisphosphonates help someone my age?", "would chemo give her more time?", "do I need to be on blood thinners for the rest of my life?", "do they really put children on statins?", "is the transplant his best chance?", "has it been proven to work?": a treatment and whether it helps',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:should (?:she|he|i|they|we) (?:be )?(?:getting|having) (?:an? |the )?(?:\w+ )?(?:pacemaker|icd|defibrillator|(?:cochlear )?implant|hearing aids?|(?:insulin )?pump|shunt|feeding tube)s?|(?:will|would|does|do) (?:she|he|i|they|we|my \w+) (?:\w+ )?need (?:\w+ ){0,2}?(?:injections?|infusions?|surgery|operations?|chemo(?:therapy)?|radiotherapy|radiation|transplants?|therap(?:y|ies)|treatments?|pills?|tablets?|drugs?|medicines?|medications?|bisphosphonates|statins|steroids|antibiotics|antivirals?|blood thinners|physio(?:therapy)?|botox|insulin|oxygen|hormones?|venesections?|phlebotomy|growth hormone|pacemakers?|icds?|defibrillators?|(?:cochlear )?implants?|hearing aids?|(?:insulin )?pumps?|cpap|bipap|shunts?|feeding tubes?|splints?))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"will she need growth hormone injections?", "will I need venesections forever?", "should I be getting a pacemaker or an ICD?", "will she need hearing aids?": a treatment or a device needed (a medicine\'s infusions are how it is taken)',
  },
  {
    type: 'complications',
    pattern: /\b(?:can|could|will|might|does) (?:it|this|they|FOCUS) (?:ever )?(?:bleed|burst|rupture)\b/i,
    kinds: ['disease'],
    why: '"how is an AVM treated, and can it bleed?": what it can lead to',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:is|are) (?:the|this|that|a|these) (?:\w+ )?(?:tests?|screen(?:ing)?|scans?|results?|FOCUS) (?:\w+ )?(?:definitive|accurate|reliable|conclusive|100%|always right|ever wrong)\b/i,
    kinds: CONDITIONLIKE,
    why: '"is the sweat test definitive or could she just be a carrier?": how sure a test is (before the inheritance rules, whose "carrier" would take it)',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:how (?:do|does|can|could|would) (?:they|you|doctors?|the doctors?|we) (?:tell|know|distinguish|work out|figure out) (?:\w+ ){0,2}?(?:the )?difference|difference between (?:just )?being \w+ and (?:actually )?having)\b/i,
    kinds: CONDITIONLIKE,
    why: '"how do they tell the difference between Behcet\'s disease and Crohn\'s?": how it is told apart (labeling guide: diagnosis; before the rules for a difference between two things)',
  },
  {
    type: 'treatment',
    pattern:
      /\bdifference between (?:the |these |those |both )?(?:two |2 )?(?:treatments|options|medicines|medications|therapies|operations|surgeries|procedures)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what is the difference between these two treatments": choosing a treatment (before the association rules for a difference between two things)',
  },
  {
    type: 'other',
    pattern:
      /\b(?:(?:official |doctor'?s |medical )?(?:letter|note|certificate)\b(?! from (?:the |his |her |my |our )?(?:school|work|nursery|college|employer|hr|council)\b).{0,80}\b(?:hr|employer|work|school|boss|manager|college|university|exams?)\b|(?:travel |health |medical )?insurance|insurers?|medicaid|medicare|funding|grants?|financial (?:help|support|assistance|aid)|(?:disability|carer'?s?) (?:allowance|benefits?|payments?)|reimburs\w*|how much (?:does|do|will|would|did) (?:\w+ ){0,4}?cost|help with (?:the )?costs?\b|go private\b|costs? (?:me|us|him|her|them) |[$£€]\d|is there (?:a |any )?(?:cheaper|generic)\b|generic (?:version|brand|form)|compensation|(?:sue|suing|lawsuit|legal action|solicitors?|lawyers?)\b|costs? of (?:(?:his|her|their|my|our|the) )?(?:care|treatment|nursing|a care home)|(?:pay|paying) for (?:it|this|the|a|an|his|her|my|our)\b|afford (?:it|this|the|a|an|his|her|my|our)\b|(?:is|are) (?:it|they|this|that|the \w+) (?:\w+ )?covered\b)/i,
    why: 'costs, insurance and funding are not medical questions: the knowledge base has no article for them (guide: other)',
  },
  {
    type: 'other',
    pattern:
      /\b(?:pip|ssdi|ssi|blue badge|(?:disability|incapacity|sickness) (?:living )?(?:allowance|benefits?|claims?|payments?|pension)|industrial injur\w+|claim (?:\w+ ){0,3}?benefits?|fit note|sick note|occupational health|equality act|reasonable adjustments|(?:ada )?accommodations? at (?:work|school)|access arrangements|extenuating circumstances|sick (?:leave|pay)|medical (?:leave|retirement)|import (?:certificate|permit)|customs|patient assistance programs?|copay (?:card|assistance)|declare (?:it|this|that|my|his|her)\b|(?:letter|note|certificate)\b.{0,60}\b(?:needles|syringes|pens|airport|plane|flight|security|customs|airline|abroad)|(?:bring|take|carry) (?:\w+ ){0,4}?legally|(?:am|is|are) (?:i|he|she|we|they) entitled to|(?:does|do|would|will|could) (?:\w+ ){1,3}?(?:qualify|count) (?:for|as) (?!(?:a |the |any )?(?:clinical )?(?:trials?|stud(?:y|ies)|treatment|surgery|transplant|gene therapy)\b))\b/i,
    why: 'benefits, work and school paperwork, travel documents and entitlements are not medical questions (guide: other; whether one may drive or work with it is daily life)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:is|was|would|will) it (?:\w+ )?(?:safe|ok|okay|dangerous|risky|a problem) for (?:him|her|me|them|us|my \w+|our \w+|someone|people|children|kids)(?: with (?:\w+ ){1,3})? to (?:ever )?(?:have|get|take|be given) (?:the |a |an |his |her |my |any |other |more )?(?:\w+ ){0,4}?(?:vaccines?|vaccinations?|jabs?|shots?|immuni[sz]ations?|boosters?)|(?:should|must|does|do) (?:he|she|i|we|they|my \w+|our \w+) (?:avoid|skip|not have|not get) (?:the |a |any |all |his |her |my )?(?:\w+ ){0,2}?(?:vaccines?|vaccinations?|jabs?|shots?|immuni[sz]ations?|boosters?))\b/i,
    why: '"is it safe for her to have the MMR and other live vaccines?", "should he avoid the flu shot?": who should not have a vaccine (a precaution)',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:(?:would|will|does|do|can|could|might|may) (?:\w+ ){0,4}?(?<!\bto )prevent (?:it|this|that|them|FOCUS|another|more|further)\b|(?:enough|able) to (?:prevent (?:it|this|that|them|FOCUS)|protect (?:me|him|her|us|them|the baby|my \w+|our \w+))\b)/i,
    why: '"would high dose folic acid prevent it?", "does that actually prevent it?", "is the vaccine enough to protect me and the baby?": preventing the condition, whatever is named as the means (before the dose rules: "high dose")',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:so (?:that )?|to make sure |make sure |to ensure |ensure )(?:i|he|she|we|they|my \w+|our \w+|it) (?:don'?t|doesn'?t|won'?t|do not|does not|will not|never) (?:have(?! to\b)|get|bleed|react|go into|trigger|set off|bring on)\b/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"what can the hospital do to make sure she doesn\'t have a reaction?", "what can I take so I don\'t get one?": preventing an attack (here, around an operation)',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:stop|keep|prevent) (?:the rest of (?:us|them|the family|the house(?:hold)?)|(?:the )?others?|other people|everyone(?: else)?|the (?:other )?(?:kids|children|family)|(?:my|his|her|our|their) (?:\w+ )?(?:brothers?|sisters?|siblings?|kids|children|family|partner|wife|husband|classmates)) (?:from )?(?:catching|getting) (?:it|this|that|FOCUS)\b/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"how do I stop the rest of us catching it?": keeping it from spreading to others is preventing it (before the treatment rule for "how do I stop it")',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:stop|prevent|avoid) (?:the |these |those |my |his |her |all (?:the |these |those )?)?(?:FOCUS|(?:\w+ )?(?:infections|attacks|flares|flare-ups|crises|episodes|bouts|relapses)) (?:that )?(?:i|he|she|we|they|you) (?:get|gets|keep getting|keeps getting|have|has|keep having|keeps having)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"any way to stop the chest infections i get every winter?": stopping what keeps coming back is preventing it (labeling guide: preventing attacks or relapses)',
  },
  {
    type: 'treatment',
    pattern:
      /^(?!.*\bprevent).*?\b(?:(?:take|taking|took|have|having|get|getting) (?:the |his |her |my |their |our )?(?:tonsils|adenoids|spleen|gallbladder|appendix|thyroid|ovaries|womb|uterus|wisdom teeth|grommets) (?:out|removed|taken out)|(?:remove|removing|removal of) (?:the |his |her |my |their |our )?(?:tonsils|adenoids|spleen|gallbladder|appendix|thyroid|ovaries|womb|uterus|wisdom teeth|grommets))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"at what point do they take the tonsils out?": an operation for the condition is its treatment (an operation to prevent it is prevention, below)',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:can|could|does|do|will|might|may) (?:FOCUS|it|this) (?:ever |also |really |sometimes |actually )?(?:cause|lead to|give (?:you|him|her|me|them|people)|result in) (?:\w+ ){0,2}?(?:blood clots|clots|strokes?|heart attacks?|fractures|kidney (?:failure|damage|stones)|(?:heart|kidney|liver|lung|eye|bone|bowel|brain|nerve) (?:problems?|issues?|damage|disease|failure)|blindness|cancer|tumou?rs)\b/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"can homocystinuria cause blood clots?": another disease the condition leads to, named by a topic word the rules do not mask (labeling guide: complications)',
  },
  {
    type: 'prognosis',
    pattern:
      /\bhow long (?:does|will|would|did|do) (?:the )?(?:recovery|healing|recovering|rehab(?:ilitation)?) (?:\w+ )?take\b|how long (?:will|would|does|did) it take (?:him|her|me|them|us|you|my \w+|our \w+)? ?to (?:recover|heal|get better)\b/i,
    kinds: ['disease', 'other', null],
    exceptKinds: DRUGLIKE,
    why: '"how long does recovery usually take?": the course after an operation or an illness',
  },
  {
    type: 'information',
    pattern:
      /\b(?:is|are) (?:it|this|that|they|FOCUS) (?:a |an )?(?:type|kind|form|sort|variant) of (?:\w+ ){0,2}?(?:cancer|leuka?emia|lymphoma|tumou?r|FOCUS|disease|arthritis|autism|epilepsy|dementia|muscular dystrophy)\b/i,
    kinds: ['disease'],
    why: '"is it a type of leukaemia?": what the condition is',
  },
  {
    type: 'information',
    pattern:
      /\b(?:(?:what(?:'?s| is| are)|whats|tell me|explain|is there (?:a|any)) (?:\w+ )?(?:the )?differences? between (?:FOCUS|the two|them|these|those|(?:\w+ ){1,3}?(?:and|&|or) (?:(?:normal|regular|ordinary|plain|common|classic|typical|the|a|an) )?FOCUS)\b|(?:is|are) (?:(?:a|an|the) )?(?:FOCUS|it|this|that|they|these|those|the two) (?:\w+ )?(?:the same|one and the same|different)(?: (?:thing|condition|disease|illness))?(?: (?:as|from|to) (?:(?:having|regular|normal|ordinary|the|a|an|sugar|plain|common|classic|typical) )?(?:\w+ )?FOCUS|(?: (?:as|from|to) (?:[\w'/-]+ ){0,5}[\w'/-]+)?(?:,? or (?:not|different|the same|(?:two )?(?:something )?(?:else|different)(?: (?:things?|conditions?|diseases?|ones?))?|(?:does|do|is|are) (?:\w+ ){1,5}?(?:different|separate|\d+|two|three) (?:\w+ )?(?:things?|problems?|conditions?|diseases?|illnesses)))?\W*$))/i,
    kinds: ['disease', null],
    exceptKinds: DRUGLIKE,
    about: 'both',
    why: '"what is the difference between X and Y?", "is X the same as Y?", "the same thing as sugar diabetes?", "is it the same thing as hypermobility spectrum disorder?" (a name the knowledge base lacks), "are they the same thing?", "are these the same thing or different?": what each condition is, one answer for each (how doctors tell them apart is diagnosis, by the rules before)',
  },
  {
    type: 'association',
    pattern:
      /\bFOCUS\b.{0,60}?\b(?:link(?:ed)?|connection|connected|relationship|related|relation|associat\w*|correlat\w*|to do with|difference|differ|same (?:thing )?as)\b.{0,60}?\bFOCUS\b|\b(?:link|connection|relationship|relation|association|correlation|difference)\b.{0,30}?\bFOCUS\b.{0,40}?\bFOCUS\b/i,
    minFoci: 2,
    why: 'two conditions and a word relating them, between them or before both ("cause" is left to the classifier: "what causes the pain in X" is a cause question; a relating word elsewhere in a long question relates nothing: "I have X and Y and want information related to diet")',
  },
  {
    type: 'association',
    pattern:
      /\b(?:is there (?:a |any )?(?:link|connection|relationship|relation|association)(?=\W*$)|(?<!\b(?:has|have|had|got|gets) (?:exactly |just |almost |much |basically )?)(?<!\bpart of )the same (?:problem|thing|condition|disease|cause|root)|(?:a |the )?(?:common|shared) (?:underlying |root )?(?:cause|problem|origin|root))\b/i,
    why: '"is it the same problem underneath", "is there a link" (after a story naming both): whether two things share a cause or go together',
  },
  {
    type: 'association',
    pattern:
      /\b(?:link|connection|relationship|relation|association|correlation|difference) (?:between|of)\b|\bFOCUS (?:and|&) FOCUS (?:link|connection|relationship)\b/i,
    why: 'asks how two things relate',
  },
  {
    type: 'association',
    pattern:
      /\b(?:(?:any|a|some) (?:link|connection|relationship|relation|association|correlation) (?:with|to)|(?:anything|something) to do with|(?:any|an) (?:effect|impact|influence|bearing) on)\b/i,
    why: '"does smoking have any relation with X", "would Y have anything to do with my X": asks whether something bears on the condition',
  },
  {
    type: 'association',
    pattern:
      /\b(?:is|are|was|were|could|can|might|may|would) (?:this|it|that|these|those|they|FOCUS|(?:my|his|her|our|their|the) \w+(?: \w+)?) (?:be |have been |somehow )?(?:related|linked|connected|associated|tied) (?:to|with)\b/i,
    why: '"is my hair loss related to my thyroid": asks whether two things go together',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:instead of (?:FOCUS|it|this|that|them)|alternatives? (?:to|for) (?:FOCUS|it|this|that)|(?:substitute|replacement) for FOCUS|(?:other|another|different) (?:medicines?|medications?|drugs?|pills?|treatments?|options?) (?:than|besides|instead of|other than)|switch(?:ing)? (?:from|off) FOCUS)/i,
    why: 'asks for another treatment than the one named (an alternative is a treatment question)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:is|are) (?:FOCUS|it|this|that|they) (?:really )?the only (?:choice|option|treatment|cure|medicine|medication|drug|thing (?:that )?(?:works|helps))\b/i,
    why: '"is colchicine the only treatment": asks for other treatments of the condition, whatever the medicine named',
  },
  {
    type: 'treatment',
    pattern: new RegExp(
      String.raw`\b(?:(?:does|do|would|will|could|can|did|is|are) (?:the |a |an |his |her |my |any )?(?:\w+ ){0,2}?${THERAPY} (?:really |actually |even |still |ever )?(?:going to |gonna )?(?:help|work|works|worth it|effective|make (?:\w+ )?(?:taller|better|a difference)|recommended|a real option|an option)|(?:do|does|should|must) (?:i|he|she|we|they|my \w+|our \w+) (?:really |actually |still |even |definitely )?(?:need|have to have|get|be on|be back on|go on|start|have) (?:an? |the |his |her |my |our )?(?:\w+ ){0,2}?${THERAPY}|(?:should|can|could|do) (?:i|we|he|she|they) (?:ask (?:for|about)|request|push for) (?:an? |the )?(?:\w+ ){0,2}?${THERAPY})\b`,
      'i',
    ),
    kinds: ['disease', 'other', 'test', null],
    why: '"does growth hormone help?", "does IVIG work for it?", "do I really need an ICD?", "should he be back on the enzyme infusions?": whether a treatment of the condition works or is needed now ("will he need dialysis?" asks about the course, below)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:how (?:do|can|should|could) (?:we|i|you|they) (?:get|bring) (?:it|them|(?:his|her|my|their|the|our) (?:\w+ )?\w+) (?:down|up|under control|back (?:down|up|to normal))|(?:does|do|should|will|would) (?:he|she|i|we|they) (?:need|have|get) (?:an? )?(?:extra|another|more|further) (?:dose|shot|injection|infusion|transfusion)s?)\b/i,
    kinds: ['disease'],
    why: '"how do we get it down" of a high result, "does he need an extra dose of factor now?": managing the condition (of a medicine asked about, how it is taken)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:is|was|could|can|might) (?:that|this|it) (?:be )?an? (?:\w+ )?(?:allergic )?reaction|(?:allergic )?reactions? (?:to|from) (?:the |my |his |her )?(?:FOCUS|it|medicines?|medications?|pills?|drugs?))\b/i,
    minDrugs: 1,
    why: '"is that an allergic reaction", "a reaction to the lisinopril": what a medicine of the message did',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:is|was|could|can) (?:that|this|it) (?:be )?(?:from|caused by|due to|because of) (?:the )?FOCUS\b/i,
    kinds: DRUGLIKE,
    why: '"is that from the everolimus": a complaint blamed on the medicine the question names',
  },
  {
    type: 'side_effects',
    pattern: /\b(?:side[- ]?effects?|adverse (?:effects?|reactions?|events?))\b/i,
    why: 'names the thing asked about',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:does|do|can|could|will|would|might|may) (?:FOCUS|it|this|that|they|the (?:medicine|medication|drug|tablets?|pills?|injections?|infusions?)) (?:itself |themselves |also |really )?(?:make|makes) (?:\w+ ){0,5}?(?:more likely|more common|likelier)|(?:will|would|could|can|does|might) (?:FOCUS|it|this|that|they) (?:\w+ )?(?:slow down|slow|delay|affect|stop|hold back) (?:\w+ ){0,2}?(?:healing|growth|recovery|fertility|periods|development)|(?:if|when|while) (?:he|she|i|we|they|you) (?:keeps?|continues?|carry on|carries on) (?:on )?(?:taking|using|on) (?:it|them|FOCUS)(?=\W*$)|(?:does|do|can|could|will|would|might|may) (?:FOCUS|it|this|that|they) (?:\w+ )?(?:wake up|reactivate|bring back|lower (?:my|his|her|your) (?:immunity|immune system|resistance))\b/i,
    kinds: DRUGLIKE,
    why: '"does Humira itself make shingles more likely?", "can Remicade wake up old TB?", "will the prednisone slow down healing?", "will she bleed a lot if she keeps taking it?": harm a medicine can do',
  },
  {
    type: 'side_effects',
    pattern:
      /\bwhat (?:signs |symptoms |problems )?(?:do|should|would|must|shall|to) (?:(?:i|we|you|they) )?(?:look out|watch out|watch|look|keep an eye out) for\b/i,
    kinds: DRUGLIKE,
    why: '"what would we look out for?" after a double dose, "what signs do I watch for" after a child swallowed tablets: the harm a medicine can do (of a condition, its signs)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:long[- ]term (?:effects?|problems|damage|risks?|consequences)|(?:(?:will|can|could|does|would|might) (?:FOCUS|it|this|that|they)|(?:FOCUS|it|this|that|they) (?:will|can|could|does|would|may|might)) (?:\w+ )?(?:affect|damage|harm|hurt|scar) (?:his|her|my|your|the|their|our) (?:heart|kidneys?|liver|brain|eyes?|eyesight|vision|lungs?|bones?|nerves?|muscles?|teeth|hearing|skin|stomach|thyroid)|(?:lower|reduce|affect|decrease|damage|harm) (?:\w+ )?(?:sperm|fertility|bone density|immune system|white (?:blood )?cells?|blood counts?)|(?:FOCUS|it|they) (?:damages?|harms?|ruins?|destroys?) (?:your|his|her|my|the|their|our) (?:heart|kidneys?|liver|brain|eyes?|eyesight|lungs?|bones?|nerves?|teeth|stomach))\b/i,
    kinds: DRUGLIKE,
    why: 'the long-term effects of a medicine, or the harm it can do to an organ, are its side effects (of a condition, its complications: below)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:is|was|could|can) (?:that|this|it) (?:be )?(?:from|caused by|due to|because of) (?:the |my |this |these )?(?:pills?|medicines?|medications?|drugs?|tablets?|shots?|injections?)|since (?:i |he |she )?(?:starting|started|beginning|began) (?:taking|using|on)\b|since (?:i |he |she )?(?:started )?taking)\b/i,
    why: 'a complaint blamed on a medicine',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:can|could|would|might|does|do|is|are) (?:the|this|that|his|her|my|these|those|a|an) (?:new )?(?:medicines?|medications?|meds|drugs?|pills?|tablets?) (?:\w+ )?(?:do (?:that|this)|cause (?:that|this)|make (?:him|her|me|them|you|us) (?:so )?\w+|be (?:doing|causing) (?:that|this|it))\b/i,
    why: '"can the pills do that to him", "could the meds make her so tired": a change blamed on a medicine',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:can|could|would|might|does|do|is|are) (?:the |this |that |his |her |my )?FOCUS (?:\w+ )?(?:do (?:that|this)|cause (?:that|this)|make (?:him|her|me|them|you|us) (?:so )?\w+|be (?:doing|causing) (?:that|this|it))\b/i,
    kinds: DRUGLIKE,
    why: '"can the medicine do that to him" ("the medicine" stands for the drug named before): a change blamed on it',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:is|was|could|can|might) (?:that|this|it) (?:be |just be )?(?:the|my|his|her) FOCUS\b|^\W*(?:can|could|does|do|did|will|would|might|may) (?:taking |using |being on |the |my |his |her |a |an )?FOCUS (?:\w+ ){0,2}?(?:cause|increase|raise|trigger|lead to|bring on|be causing|be making|give (?:you|me|him|her|people)))\b/i,
    kinds: DRUGLIKE,
    why: '"could it be the Lipitor", "does the pill increase the risk of clots": a medicine of the question blamed for a complaint, or asked about as a cause of one',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:could|can|might|would|is|was) (?:the |my |his |her |this |that )?FOCUS (?:\w+ )?(?:be )?(?:doing|causing|behind|responsible for|to blame|the (?:cause|reason))\b/i,
    kinds: DRUGLIKE,
    why: '"could the Lipitor be doing this": the medicine blamed for what happens',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:could|can|will|might) (?:it|that|this) (?:ever )?happen to (?:me|him|her|them|us|my \w+)\b|will (?:his|her|my|their|our) (?:heart|kidneys?|liver|lungs?|eyes?|eyesight|vision|brain|hearing|bones?) be (?:ok|okay|alright|all right|fine|affected|damaged)|(?:his|her|my|their|our) (?:heart|kidneys?|liver|lungs?|eyes?|eyesight|vision|brain|hearing|bones?) (?:will|could|might|would) (?:\w+ )?(?:get|be|become) damaged|(?:get|catch|have) (?:a lot of|lots of|more|frequent|many|serious|repeated) infections|(?:does|do|can|could|will|would|might) (?:it|this|that|FOCUS) (?:\w+ )?(?:put|puts|place|places) (?:her|him|me|them|you|us|people|(?:my|his|her|our) \w+) at (?:a |an )?(?:higher |greater |increased |bigger |more )?risk|(?:because|since|as) (?:it|this|FOCUS) (?:can|could|might|may|will) (?:\w+ )?(?:damage|affect|harm|hurt))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"does it put her at risk of blood clots", "is that because it can damage his kidneys": what the condition can lead to (before the risk rules, where one condition raising the risk of another is who is at risk)',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:is|are|would|will|could|can|might) (?:it|this|that|FOCUS) (?:\w+ ){0,2}?(?:dangerous|risky|harmful) (?:for|to) (?:the |my |our |his |her )?(?:baby|babies|fetus|unborn|pregnancy)|what (?:happens|will happen|would happen|could happen|can happen) to (?:the|my|our|her) (?:baby|babies|fetus|unborn|pregnancy) if|(?:is|are|would|will|could|can|might) (?:\w+ ){0,3}?(?:pregnancy|being pregnant|labou?r|delivery|(?:vaginal |natural )?birth|giving birth|c-section|caesarean) (?:\w+ ){0,4}?(?:dangerous|risky|harmful|unsafe|safe|a risk)|(?:safe|dangerous|risky) (?:for (?:me|her|us|(?:a |an )?(?:someone|woman|women|girls?|mothers?|person|people)(?: \w+){0,4}) )?to (?:carry a pregnancy|get pregnant|become pregnant|be pregnant|have (?:a )?(?:baby|babies|children|kids)|give birth)|(?:extra |any |special |particular )?(?:risks?|dangers?) (?:\w+ ){0,3}?(?:in|during|of|with|for) (?:a |my |the |her )?(?:pregnancy|labou?r|delivery|birth))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"is pregnancy dangerous with sickle cell", "is it safe for me to carry a pregnancy", "is a vaginal birth risky for him", "what are the risks in labour": what the condition can lead to in a pregnancy (a medicine in pregnancy is a precaution, taken by the medicine rules before)',
  },
  {
    type: 'complications',
    pattern:
      /\bwhat (?:would|will|could|might) happen (?:to (?:him|her|them|me|us|(?:my|our|his|her) \w+) )?if (?:we|he|she|i|they) (?:stop|stopped|stops) (?:the |his |her |my |our )?(?:\w+ )?(?:infusions?|treatments?|injections?|medicines?|medications?|therap(?:y|ies)|enzyme|it)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what would happen to him if we stopped the infusions": what the condition leads to without its treatment (before the outlook rule\'s "what will happen")',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:does|do|will|would|can|could|might) (?:the |a |my |her )?(?:pregnancy|being pregnant) (?:\w+ ){0,2}?(?:make|makes) (?:it|this|FOCUS|(?:my|her|his) (?:\w+ )?FOCUS|(?:my|her|his) (?:condition|disease|symptoms)) (?:\w+ )?(?:better|worse|flare)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"will pregnancy make my lupus flare up", "does pregnancy make it better or worse": how the condition goes in a pregnancy',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:can|could|will|would|does|do|might|may) (?:it|this|that|they|FOCUS) (?:\w+ )?(?:affect|harm|hurt|damage|ruin|stunt) (?:(?:my|his|her|their|your|the|a) )?(?:\w+ ){0,2}?(?:fertility|growth|having (?:children|kids|babies|a baby)|eyes?|eyesight|kidneys?|liver|heart|bones|teeth|sperm|periods|memory|hearing)\b/i,
    kinds: DRUGLIKE,
    why: '"could it affect her having children?", "can it hurt my eyes?" of a medicine: a side effect (before the rules for what a condition leads to)',
  },
  {
    type: 'complications',
    pattern:
      /^\W*(?:\w+ ){0,4}?(?:read|heard|told|said|says|saw)\b.{0,30}?\b(?:it|this condition|this disease) (?:can|could|may|might|will|often|sometimes) (?:\w+ )?(?:cause|lead to|result in|turn into|develop into) (?:\w+ )?FOCUS\W*$/i,
    kinds: CONDITIONLIKE,
    maxDrugs: 0,
    aboutEarlier: true,
    why: '"I have Sjogren\'s syndrome. I read online that it can lead to lymphoma. Is that true?": a claim of what the condition named before leads to, asked about (a claim about a medicine is a side effect)',
  },
  {
    type: 'complications',
    pattern:
      /^\W*(?:(?:and|but|so|also|or)\s+)?(?:can|could|will|would|does|do|might|may) (?:it|this|that|this condition|this disease) (?:\w+ ){0,2}?(?:cause|lead to|result in|bring on|damage|ruin|destroy|affect|attack|harm|hurt|give (?:him|her|me|you|them|people))\b(?=\s+\w)(?!\s+(?:\w+ )?(?:seizures?|fits|learning|speech|pain)\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    aboutEarlier: true,
    why: '"I have lupus. Can it cause kidney disease?", "Can it damage my spleen?", "can it attack her kidneys?": what the condition named before can lead to (before the rules for two conditions: "it" is not a name; "does it hurt?" names nothing it leads to, and seizures, learning and speech are its signs)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:i|he|she|we|they) (?:get|got|am getting|have been getting|keep getting) (?:\w+ ){0,3}?from (?:it|them|this|that|the (?:tablets?|pills?|medicines?|medications?|meds))\b/i,
    minDrugs: 1,
    why: '"I get heartburn from it" of a medicine: a side effect (before the rules for getting or catching a condition)',
  },
  {
    type: 'other',
    pattern:
      /\b(?:where (?:can|could|do|should) (?:i|we|you) (?:get|buy|find|order|purchase) (?:it|this|them|FOCUS)|(?:any )?way to (?:order|buy|get hold of) (?:it|this|them|FOCUS))\b/i,
    kinds: DRUGLIKE,
    why: '"no pharmacy has it. Where can I get dapsone?": getting hold of a medicine (before the rules for getting a condition)',
  },
  {
    type: 'susceptibility',
    pattern:
      /\b(?:does|do|can|could|will|would|did) (?:having|taking|using|being on|having had) (?:\w+ ){1,4}?(?:increase|increases|raise|raises|put up|push up) (?:my|his|her|their|the|your|our) (?:\w+ )?(?:risk|chances?) (?:of|for) (?:getting |developing )?FOCUS/i,
    why: '"does having IVF increase my risk of ovarian cancer?": an exposure raising the risk of the condition (labeling guide: susceptibility; before the rule for a cause between two things)',
  },
  {
    type: 'susceptibility',
    pattern:
      /\b(?:does|do|can|could|will|would|did|is|are) (?!(?:it|this|that|they)\b)(?:\w+ ){1,3}?(?:make|makes|making) (?:(?:you|people|someone|me|him|her|them|us|my \w+) )?(?:FOCUS|it) (?:more|less) likely\b/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    about: 'last',
    why: '"does smoking make graves disease more likely?": an exposure raising the risk of the condition (labeling guide: susceptibility; of a medicine, a side effect)',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:lower|reduce|cut|decrease|minimi[sz]e) (?:my|his|her|their|our|the|your) (?:\w+ )?(?:risk|chances?|odds)\b/i,
    kinds: CONDITIONLIKE,
    why: '"is there anything I can do to lower my risk of getting cancer?": preventing it (before the risk rules)',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:what (?:are|is) (?:his|her|my|their|our|the) (?:\w+ )?(?:chances?|odds|outlook)(?:,? (?:of (?:survival|surviving|recovery|beating it)|really|honestly))?(?=\W*$)|(?:chances?|odds|likelihood|risk) (?:of |that )?(?:it|this|the \w+|FOCUS) (?:will )?(?:com(?:e|es|ing) back|return(?:s|ing)?|recur(?:s|ring)?))/i,
    kinds: CONDITIONLIKE,
    why: '"what are his chances, honestly?", "what are the chances it comes back?": the outlook (before the risk and cause rules)',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:what|which) (?:kind of |sort of |type of )?(?:\w+ )?(?:tests?|scans?|exams?|blood ?work) (?:do|does|should|would|can|could|must) (?:i|we|he|she|they|you)\b/i,
    kinds: CONDITIONLIKE,
    why: '"what test do I need to ask my doctor for?": how it is tested for (before the rules for doctors)',
  },
  {
    type: 'diagnosis',
    pattern:
      /^\W*(?:(?:so|and|but) )?(?:could|can|might|may) (?:it|this|that|these|they|all this|all of this) (?:really |actually |possibly )?(?:be|have been) (?:that|it|this)\W*$/i,
    kinds: CONDITIONLIKE,
    why: '"I read about normal pressure hydrocephalus and it describes him exactly. Could it be that?": whether the signs told are the condition named before',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:push|ask|press|insist|pushing|asking) (?:for|on) (?:an? |the |more |further )?(?:\w+ ){0,2}?(?:colonoscopy|scans?|mri|ct|tests?|biops(?:y|ies)|endoscopy|ultrasound|x-?rays?|FOCUS)\b/i,
    kinds: CONDITIONLIKE,
    why: '"should I push for a colonoscopy?": a test to have (before the rules for doctors)',
  },
  {
    type: 'association',
    pattern:
      /\b(?:is (?:that|this) why (?:i|he|she|we|they|my \w+) (?:got|have|has|developed|ended up with) (?:it|this|FOCUS)|(?:could|can|might|may|would|did) (?:the |my |his |her |all (?:the|that) |that |this )(?:\w+ ){0,4}?(?:have )?(?:caused|triggered|brought on) (?:it|this|FOCUS|(?:his|her|my) (?:\w+ )?FOCUS)|(?:is|are|was|can|could) FOCUS (?:\w+ )?caused by (?:the |a )?FOCUS)\b/i,
    kinds: CONDITIONLIKE,
    why: '"I used sunbeds loads, is that why I got it?", "could the asbestos from back then have caused it?", "is cervical cancer caused by HPV?": a named exposure or condition asked as its cause (labeling guide)',
  },
  {
    type: 'association',
    pattern:
      /\b(?:was it (?:the |my |his |her |all (?:the|that) |that )(?:\w+ ){1,3}?that (?:caused|triggered|brought on|gave (?:him|her|me|them)) (?:it|this|FOCUS)|(?:is|are|was|were) (?:the |my |his |her |our |all (?:the|those) )(?:\w+ ){1,2}?(?:really |actually )?(?:the (?:reason|cause)|to blame)(?=\W*$)|(?:true|possible|right) that (?:the |a |an )?(?:\w+ ){1,2}?(?:can |could |may |might )?(?:cause|causes|caused|give|gives|gave) (?:you |people |kids |children )?(?:it|this|FOCUS))\b/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    maxDrugs: 0,
    why: '"was it the vaccine that caused it?", "are my birds really the reason?", "is it true that aspirin causes it?": a named exposure asked as the cause of the condition (labeling guide; a medicine the message names, blamed for a complaint, is a side effect)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:are there|is there|what|any) (?:any )?(?:other|alternative|different) (?:\w+ )?(?:treatments?|therapies|therapy|treatment options|options)\b|(?:which|what) (?:one|option|treatment|of (?:them|these|those)) would you (?:go for|choose|pick|recommend|do)\b|(?:is|are) (?:that|this|it|surgery|an? \w+) (?:really |actually |absolutely )?(?:necessary|needed)\b|\b(?:surgery|an? operation|the operation|treatment|medication|medicine|a transplant) (?:is|are) (?:really |actually )?(?:necessary|needed|enough|required)\b)/i,
    why: '"are there any other treatments we should be asking about?" when a medicine has failed, "which one would you go for?", "is that really necessary?" of a mastectomy: treatment of the condition, whatever the medicine named (new treatments are research)',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:does|do|can|will|would) FOCUS (?:usually |normally |always )?(?:hurt|itch|ache|bleed|smell|burn|swell)\b/i,
    kinds: CONDITIONLIKE,
    why: '"does testicular cancer hurt?": how it shows',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:can|could|will|would|should|may|is it (?:safe|ok|okay) for) (?:i|he|she|we|they|him|her|me|them|my \w+) (?:to )?(?:(?:still|ever|safely|also|be able to|go back to) )*(?:(?:play|playing|do|doing|take|taking|join|joining|go|going to|keep|continue|carry on|start)(?: with)? )?(?:\w+ ){0,2}?(?:football|soccer|rugby|hockey|basketball|netball|tennis|cricket|sports?|pe|swimming(?: lessons)?|training|dance|dancing|ballet|gymnastics|skiing|ski trip|trampoline|karate|judo|cycling|running|the gym)\b/i,
    kinds: CONDITIONLIKE,
    why: '"could he ever play football again?", "can she keep training with scoliosis?", "can she still take swimming lessons?": sport with the condition',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:can|could|should|will|would|does|do|is there (?:anything|something)(?: that)?) (?:\w+ ){0,3}?(?:the |her |his |their |my |our )?(?:school|teachers?|nursery|college|staff)\b.{0,30}\b(?:do|help|support|give|giving|provide|handle|manage|put in place)\b|(?:support|help|adjustments?|arrangements?|accommodations?) (?:\w+ ){0,3}?(?:should|could|can|will|does|do) (?:the |her |his |my |our )?(?:school|teachers?|nursery|college)\b|(?:make sure|ensure) (?:\w+ ){0,2}?(?:school|teachers?|nursery|college) (?:can|will|knows?)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"what kind of support should the school be giving?", "is there anything the school can do to help her?": school with the condition',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:lunches|lunch ?box(?:es)?|packed lunch|school (?:meals|dinners|lunch(?:es)?|cafeteria|canteen)|cafeteria|canteen|snacks)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    maxDrugs: 0,
    why: '"what should his lunches look like, can he eat from the school cafeteria?": meals with the condition',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:will|would|could|can|does|do|did) (?:the |this |that |these |his |her |my )?(?:\w+ ){0,2}?(?:hormones?|injections?|shots?|tablets?|pills?|medicines?|medications?|drugs?|treatment|therapy|surgery|operation) (?:really |actually )?make (?:her|him|me|them|us|my \w+|our \w+) (?:taller|grow|walk|stronger|better)\b/i,
    kinds: CONDITIONLIKE,
    why: '"will growth hormone make her taller?": whether a treatment works',
  },
  {
    type: 'lifestyle',
    pattern:
      /^(?!.*\b(?:prevent\w*|stop (?:the |these |my |his |her )?(?:\w+ )?(?:attacks|episodes|flares)))(?:.*\b)?(?:safe (?:for (?:me|him|her|them|someone(?: with FOCUS)?|my \w+) )?to (?:fly|travel|swim|dive|drive|exercise|run|ski|climb|lift weights)|(?:allowed|ok|okay|safe) to eat|what should (?:my|his|her|our) diet (?:look like|be)|(?:cut(?:ting)? (?:back|down) on|cut(?:ting)? out) (?:the )?(?:salt|sugar|fat|alcohol|caffeine|coffee|fluids?|red meat|dairy|gluten)|how much (?:should|can|must) (?:he|she|i|we|they) drink)\b/i,
    kinds: CONDITIONLIKE,
    why: '"is it safe for her to swim?", "am I allowed to eat nuts?", "should he be cutting back on salt?": daily life and diet with it (before the precaution rules for a medicine named in the message)',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:why (?:do|does|did) (?:i|he|she|they|we|my \w+) (?:have|get|got) (?:it|this|FOCUS)\b|why (?:would|am|is|are) (?:i|he|she|my \w+) (?:be )?(?:so )?(?:low|high|anaemic|anemic|deficient)\b|what (?:can|could|might|will|would) (?:set off|trigger|bring on|cause|provoke) (?:an? |the )?(?:\w+ )?(?:attacks?|episodes?|flares?|crises|crisis|reactions?|seizures?))/i,
    kinds: CONDITIONLIKE,
    why: '"I\'m not diabetic, so why do I have it?", "why would I be so low when I eat red meat?", "what can set off a reaction in him?": what causes it (before the rule for "do I have it")',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:does (?:this|that|it) mean|will) (?:i|he|she|they)(?:'m| am|'s| is| are|'re| will)? (?:going to |definitely |eventually )?(?:get|develop|end up with) FOCUS\b/i,
    kinds: CONDITIONLIKE,
    why: '"does this mean I\'m going to get cancer of the oesophagus?": what it can lead to',
  },
  {
    type: 'complications',
    pattern:
      /\bwhat (?:\w+ )?happens? (?:\w+ ){0,3}?if (?:she|he|i|we|they|you) (?:keeps? (?:eating|having|drinking|getting)|carr(?:y|ies) on|continues? to|(?:does|do) get|gets? (?:some|too much|a lot of)|eats?)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what actually happens long term if she keeps eating gluten?", "what happens if she does get some sun by accident?": what the condition leads to when it is not avoided (labeling guide: complications)',
  },
  {
    type: 'complications',
    pattern:
      /\bwhat (?:would|will|could|can|does|do) (?:it|this|FOCUS|(?:high|low|raised|the|his|her|my) (?:\w+ ){0,2}?levels?) do to (?:his|her|my|their|your|the) (?:heart|kidneys?|liver|brain|eyes?|lungs?|bones|joints|body|baby|unborn baby)\b/i,
    kinds: CONDITIONLIKE,
    maxDrugs: 0,
    why: '"what would it do to his heart?", "what can high phe levels do to the baby?" in a message naming no medicine: what the condition can lead to',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:can|could|does|do|doesn'?t|would|will) (?:it|this|that|FOCUS|(?:an? |the )?\w+(?: infection)?) (?:really |usually |also |ever |sometimes )?(?:make|makes) (?:you|me|him|her|them|someone|people|your|my|his|her|their) (?:\w+ ){0,2}?(?:tired|exhausted|sleepy|dizzy|deaf|confused|muddled|itchy|anxious|depressed|moody|weak|breathless|hair (?:fall out|thin|go)|(?:hair|teeth|nails) (?:fall out|break)|(?:gain|put on|lose) weight|fat|cold all the time)/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"can it make me tired all the time?", "can lupus make your hair fall out?", "can hypothyroidism make you gain weight", "doesn\'t it usually make you deaf?": whether a complaint belongs to the condition (of a medicine, a side effect)',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:is|are|could) (?:the |my |his |her |this |that )?(?:\w+ ){0,12}?part of (?:it|this|that|the (?:same )?(?:condition|disease|illness|syndrome|thing|problem))(?=\W*$|,? or (?:is (?:that|it|this) |are (?:they|those|these) )?(?:something (?:else|separate|different)|(?:a )?separate|(?:a )?different|unrelated|not)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"is the itching I get at night part of it?", "is choking on water part of it, or is that something else?": whether a sign belongs to it',
  },
  {
    type: 'association',
    pattern:
      /\b(?:could|can|might|would) (?!(?:it|this|that)\b)(?:\w+ ){1,3}?(?:have been|be) what (?:set|sets|triggered|caused|started|brought) (?:it|this|FOCUS|them)(?: off| on)?\b/i,
    kinds: CONDITIONLIKE,
    why: '"could a flu jab have been what set it off?": a named exposure asked as its cause (labeling guide)',
  },
  {
    type: 'other',
    pattern:
      /\b(?:count as (?:disabled|a disability)|disabilit(?:y|ies) (?:act|benefits?|status|law)|(?:is|does) (?:it|FOCUS) (?:count|counted|classed|considered) as (?:a )?disab\w*)/i,
    why: '"HR asked if I count as disabled, does sickle cell count?": a legal status, not a medical question (labeling guide: other)',
  },
  {
    type: 'lifestyle',
    pattern:
      /^(?!.*\b(?:medicines?|medications?|drugs?|pills?|tablets?|trials?|stud(?:y|ies)|research|treatments?)\b)(?=.*\b(?:(?:is|would|will) (?:it|this|that) (?:\w+ )?(?:be )?(?:safe|ok|okay|alright|sensible|advisable|wise|a (?:bad|good|daft|silly) idea|a problem)|(?:is|would) it (?:\w+ )?(?:be )?possible (?:for (?:\w+ ){1,2})?to|safe (?:for (?:\w+ ){1,2})?to|(?:completely |totally )?(?:out|off the menu)(?: for \w+(?: \w+)?)?(?=\W*$)|(?:a (?:bad|good|daft|silly) idea|sensible|advisable)(?: (?:for|with) \w+(?: \w+){0,2})?(?=\W*$)|better off|tips?|(?:have|need) to (?:stop|give up|get rid of|rehome|avoid|plan)|must (?:not|avoid)|should (?:i|he|she|we|they|you) (?:\w+ ){0,2}?(?:let|go|stop|ask|avoid|give up|take part|come off)|(?:(?:can|could|may) (?:i|he|she|we|they|my \w+)|(?:i|he|she|we|they) (?:can|could|may)) (?:still |really )?(?:take part|join in|participate|go|get|have|play|start)|would you recommend (?:he|she|i|we|they) (?:stops?|gives? up|keeps?)|(?:does|do|should|will) (?:i|he|she|we|they|my \w+) (?:\w+ )?need (?:extra|more|less|to (?:avoid|eat|drink|take))|let (?:her|him|them) (?:go|do|play|take part|join|swim|ski|travel|fly))\b)(?=.*\b(?:fl(?:y|ying|ights?)|planes?|trips?|travel\w*|holidays?|vacations?|abroad|ski(?:ing)?|marathons?|running|rugby|football|soccer|sports?|swimming|gym|gymnastics|pe|climbing|trek\w*|hik\w*|sex|foods?|eat|eating|diet|salt|chocolate|porridge|bread|meals?|pets?|cats?|dogs?|birds?|budgies?|pupp(?:y|ies)|kittens?|garden\w*|heat|hot|sunny|sunshine|night shifts?|nights|shifts|sleeping|beds?|take part|join in|basket ?ball|netball|hockey|tennis|cricket|dancing|ballet|cycling|horse riding|nursery|daycare)\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"is rugby completely out for him?", "is it safe for me to take this flight?", "do I really have to rehome the cats?", "is chocolate off the menu now?", "any tips for getting through the flight?": whether and how daily life can go on with the condition (a permission or a tip, and an activity, food or place)',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:be )?allowed to (?:do|drive|fly|work|play|go|wear|keep|return)|give up (?:my |his |her )?(?:job|work|driving|running|sports?|football|\w+ing)|(?:long[- ]haul )?(?:flights?|flying) (?:ok|okay|safe|a problem)|(?:(?:safe|ok|okay|allowed|fine)\b.{0,25}|(?:can|could|should) (?:i|he|she|we|they) (?:still )?)(?:go|travel) (?:on|for) (?:an? |the )?(?:cruise|holiday|vacation|trip|ski trip)|(?:stay|be|go|remain) in (?:an? |the )?(?:regular|mainstream|normal|ordinary) (?:class(?:room)?|school)|(?:what|which) (?:kind of |sort of |type of )?diet|(?:mention|tell|disclose) (?:it|this|FOCUS|my \w+) (?:to|at|in) (?:the |my |an? )?(?:interview|employer|boss|work|school|manager|hr|teacher|colleagues))\b/i,
    kinds: CONDITIONLIKE,
    why: '"will I be allowed to do the fitness tests?", "do I need to give up painting?", "is a long haul flight ok?", "is it safe to go on a cruise?", "can he stay in a regular classroom?", "what kind of diet should he be on?", "should I mention it at the interview?": work and daily life with it',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:(?:is|will|would|could|can|might|may|does) (?:it|this|they|(?:the )?FOCUS|the cancer|the tumou?r) (?:\w+ ){0,2}?(?:come back|recur)|how (?:does|will|would) (?:it|this|FOCUS) (?:usually |normally |typically )?progress|(?:is|will) (?:this|it|that) (?:going to )?be (?:lifelong|life-?long|permanent|for life|forever)(?: for (?:him|her|me|them))?(?=\W*$))\b/i,
    kinds: CONDITIONLIKE,
    why: '"is it likely to come back once the steroids stop?", "can the Wilms tumor come back after all these years?", "how does it usually progress?", "is this going to be lifelong for him?": the course it takes',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:(?:\d+(?:[.,]\d+)?\s?%|\d+\s?(?:in|out of)\s?\d+|50[-/ ]50|fifty[- ]fifty)(?: chance)? (?:every|each|for every|for each|with every|with each|in every|in each) (?:pregnancy|time|child|baby|kid)|(?:chance|risk|odds) of (?:another|a second|a next|the next|our next|a future) (?:child|baby|kid|pregnancy)\b(?: (?:\w+ ){0,4}?(?:\d|one in)))/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"is it 25% every pregnancy?", "a 1 in 4 chance every time?", "is our chance of another child with it really only 1-2%?": the chance for the next child (guide: inheritance)',
  },
  {
    type: 'inheritance',
    pattern: new RegExp(
      `\\b(?:could|can|might|may|will|would|do|does) (?:my|our|his|her|their) (?:\\w+ )?${RELATIVE} (?:also |too |ever )?(?:have|inherit|develop|get) (?:it|this|that)\\b`,
      'i',
    ),
    kinds: CONDITIONLIKE,
    told: /\b(?:genetic|genes?|inherit\w*|hereditary|runs? in (?:the )?famil\w*|carriers?)\b/i,
    why: '"Is it genetic, could my kids have it?": whether the children have it is how it passes in families (before the diagnosis rule\'s "could ... have it")',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:could|can|might|will|would|do|does) (?:my|our|his|her|their) (?:\w+'s )?(?:\w+ )?(?:sons?|daughters?|children|kids|boys|girls|nephews?|nieces?|grandchildren|siblings?|brothers?|sisters?|cousins?) (?:\w+ )?(?:have|get|inherit) (?:it|this|FOCUS) (?:too|as well|also)\b/i,
    kinds: CONDITIONLIKE,
    why: '"could my sister\'s two boys have it too?": whether relatives have it',
  },
  {
    type: 'inheritance',
    pattern: /\b(?:have|has|carry|carries|got) the same (?:faulty )?(?:gene|mutation|variant)\b/i,
    kinds: CONDITIONLIKE,
    why: '"my sister wants to know if she could have the same gene": whether a relative has it',
  },
  {
    type: 'complications',
    pattern:
      /\brisk of (?:me |him |her )?(?:dropping dead|dying suddenly|sudden death|sudden cardiac death|cardiac arrest)\b/i,
    kinds: CONDITIONLIKE,
    why: '"what\'s the actual risk of me dropping dead on a job?": what it can lead to',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:is|could) (?:that|this|it) (?:be )?(?:the |my |his |her )?FOCUS (?:itself|too|as well)(?=\W*$)/i,
    kinds: ['disease'],
    why: '"always exhausted and out of breath, is that the PNH itself?": whether a sign belongs to it',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:gym|exercise|exercising|sports?|swimming|running|yoga|pilates|weights)\b.{0,60}\b(?:recommended|advisable|dangerous|safe|a good idea|a bad idea)\b/i,
    kinds: CONDITIONLIKE,
    why: '"I want to make gym to strengthen the muscles, is recommended or is dangerous for the joints?": exercise with it',
  },
  {
    type: 'association',
    pattern:
      /\b(?:are|is) (?:the two|both|these two|those two)(?: conditions| things| diseases)? (?:\w+ )?(?:related|linked|connected)\b/i,
    why: '"are the two related?": whether two conditions go together',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:(?:will|am|is|are) (?:i|he|she|they|we|my \w+)(?: eventually| ever| definitely)? go (?:completely |totally |fully )?(?:blind|deaf)|going to go (?:completely |totally |fully )?(?:blind|deaf))\b/i,
    kinds: CONDITIONLIKE,
    why: '"am I going to go blind?", "will I eventually go completely blind?": the course it takes, as the writers read it ("can it make you go blind?" stays a complication)',
  },
  {
    type: 'treatment',
    pattern: /\bis one (?:\w+ )?(?:better|safer|more effective|stronger|kinder) than the other\b/i,
    why: '"is one better than the other or should he be on both?" of two medicines: choosing a treatment',
  },
  {
    type: 'lifestyle',
    pattern:
      /\bhow (?:do|does|can|will) (?:people|adults|kids|teens|someone|i|he|she|they)(?: with FOCUS)? (?:manage|cope)\b.{0,60}\b(?:on (?:their|his|her|my) own|at uni\w*|away from home|independently)\b/i,
    kinds: CONDITIONLIKE,
    why: '"how do people with CF manage physio and all the meds living on their own?": daily life with it',
  },
  {
    type: 'drug_usage',
    pattern: /\bkeep taking (?:it|them|FOCUS) (?:forever|for life|for ever)\b/i,
    why: '"do I have to keep taking it forever?": how a medicine is taken or stopped, whatever the message names',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:anything|things|foods?) (?:\w+ )?(?:he|she|they|i|we) (?:just )?(?:can'?t|cannot|shouldn'?t|mustn'?t) (?:have|eat|drink)\b/i,
    kinds: CONDITIONLIKE,
    why: '"is there anything he just can\'t have?" of a party\'s food: diet with it',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:can|could|should) (?:they|it|these|those|the \w+|an? FOCUS|FOCUS) be (?:taken off|taken out|removed|cut out|lasered|frozen off|snipped|cut|released|operated on)|(?:should|can|could|do|must) (?:we|i|you|they|he|she) (?:have|get) (?:it|them|this|that|FOCUS) (?:removed|taken out|cut out|taken off|lasered|snipped|operated on)|(?:can|could|would|will) (?:the )?\w+ (?:remove|get rid of|shrink) (?:it|them|this|these|those))\b/i,
    kinds: CONDITIONLIKE,
    why: '"can these lumps turn into cancer? Can they be taken off?", "should a tongue tie be snipped?", "should we have it removed?", "can liposuction remove them?": treatment',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:(?:a way|anything|something) (?:\w+ ){0,3}?(?:so |that )?(?:my |our )?(?:children|kids|baby|babies|sons?|daughters?) (?:will not|won'?t|don'?t|do not|doesn'?t|does not|never) (?:get|have|inherit)|(?:what|how) (?:can|could|should|must|do) (?:i|we|he|she|they) (?:do )?(?:\w+ ){0,3}?to (?:prevent|avoid|stop) (?:it|this|them|an attack|attacks|FOCUS))\b/i,
    kinds: CONDITIONLIKE,
    why: '"is there a way that my children will not get this?", "what must I do before to prevent it?": preventing it',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:chances?|odds|risk|likelihood) (?:that )?(?:i|he|she|we|they) (?:have|has|get|gets|will (?:have|get)) (?:it|this|FOCUS) (?:also|too|as well)\b/i,
    kinds: CONDITIONLIKE,
    why: '"my father died of it. What is the chance I have it also?": the chance that a relative has it (labeling guide)',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:dangerous|risky|a risk|a problem) (?:for|in|during) (?:the |a |my |her )?(?:pregnancy|birth|labou?r|delivery)|(?:is|are) (?:it|this|that|they|FOCUS) (?:\w+ )?(?:dangerous|bad|harmful|a risk|risky) (?:for|to) (?:my|his|her|their|the|your) (?:heart|kidneys?|liver|brain|eyes?|lungs?|bones|joints|body|health))\b/i,
    kinds: CONDITIONLIKE,
    why: '"the lupus is dangerous for the pregnancy?", "is it dangerous for my heart?": what it can lead to',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:is|are) (?:this|that|it|(?:a |an )?\w+) (?:really |very |so )?dangerous(?: (?:for|in) (?:kids|children|babies|people|someone|adults|patients|him|her|them) with (?:\w+ ){0,2}?(?:FOCUS|it|this))?(?=\W*$)|what (?:does|do|will|would|can|could) (?:(?:that|so|this) much )?(?:\w+ )?(?:it )?do to (?:my|his|her|their|the|your) (?:heart|kidneys?|liver|brain|eyes?|lungs?|bones|joints|body)|(?:got|gone|spread|moved) (?:in)?to (?:my|his|her|their|the|your) (?:heart|kidneys?|liver|brain|eyes?|lungs?|bones|joints))\b/i,
    kinds: ['disease'],
    why: '"is this dangerous?" in a message about a disease, "is a fever dangerous for kids with it?", "what does that much iron do to her heart?", "has lupus got into my kidneys?": what it can lead to (of a medicine or a swallowed tablet, what to do)',
  },
  {
    type: 'susceptibility',
    pattern:
      /\b(?:can|could|will|would|does|do) (?:it|this|FOCUS) (?:pass|spread|go) (?:on )?to (?!(?:my|our|his|her|their) (?:children|kids|baby|babies|sons?|daughters?|grandchildren)\b)(?:her|him|them|me|us|(?:my|his|her|our|their) (?:wife|husband|partner|girlfriend|boyfriend|friends?|family|brother|sister))\b/i,
    kinds: CONDITIONLIKE,
    why: '"can it pass to her when we are close, share a towel?": catching it (passing it to children is inheritance)',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:i|he|she|they|we) (?:can|could) (?:still )?(?:go (?:back )?to|do|play|attend) (?:school|work|sports?|pe|gym|college|nursery)|what (?:can|could|should|must|may) (?:i|he|she|we|they) (?:not )?(?:to )?(?:eat|drink)\b(?!.*\b(?:so (?:that )?(?:i|he|she|we|they) (?:do not|don'?t|won'?t)|to (?:avoid|prevent|stop))))/i,
    kinds: CONDITIONLIKE,
    why: '"after surgery she can go to school and do PE like before?", "what must he not eat?": daily life and diet with it',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:(?:going to|gonna|will|would|be able to|ever) (?:\w+ )?(?:walk|talk|see|hear|work|drive) again|get back to (?:how|the way|normal))\b/i,
    kinds: CONDITIONLIKE,
    why: '"is he going to walk again, will he get back to how he was?": the outlook',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:get|getting|have|having) (?:him|her|them|me|us|my \w+|our \w+) (?:\w+ )?(?:checked|tested|screened|assessed)(?: (?:for|out))?\b/i,
    kinds: CONDITIONLIKE,
    why: '"should we get him checked for it?": testing for it',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:what|which|any) (?:kind of |sort of |other |(?:\w+ ){1,4}?)?(?:problems|issues|complications|health problems) (?:should|do|might|could|will|can|would) (?:we|i|you|they|he|she) (?:need to )?(?:be )?(?:watch|look|keep an eye|expect|prepare)\w*|what (?:happens?|will happen|would happen|could happen) if (?:(?:is|are) (?:it|this|FOCUS|(?:the |my |his |her )?\w+) not|(?:it|this|FOCUS|(?:the |my |his |her )?\w+) (?:isn'?t|is not|isnt|goes|stays|remains)) (?:treated|untreated|high|low|the same)|what (?:happens|will happen|would happen|could happen) if (?:he|she|i|we|they|you) (?:just )?(?:waits?|delays?|puts? it off|does nothing|do nothing|leaves? it|ignores? it))\b/i,
    kinds: CONDITIONLIKE,
    why: '"what kind of problems should we be watching for as she grows?", "what happens if Lyme disease isn\'t treated?", "what happens if it stays high?", "what happens if he waits?",: what it leads to',
  },
  {
    type: 'complications',
    pattern:
      /\bwhat (?:happens|will happen|would happen|could happen)(?: to (?:his|her|my|their|your) \w+)? if (?:he|she|i|we|they|you) (?:\w+ )?(?:stops?|skips?|misses?|forgets?|comes? off|keeps? eating|cheats? on)(?: (?:(?:his|her|my|their|your|the) )?(?:meds|medicines?|medications?|tablets|pills|treatment|diet|infusions?|injections?))?\b/i,
    kinds: CONDITIONLIKE,
    maxDrugs: 0,
    why: '"what happens if she stops her meds?", "what happens to his bones if he stops?", "what happens if she keeps eating it?": what the condition leads to when left untreated (in a message naming the medicine, a missed dose is how it is taken)',
  },
  {
    type: 'lifestyle',
    pattern:
      /^(?!.*\b(?:store|storing|stored|fridge|refrigerat\w*|cool ?bags?|cooler|prevent\w*|stop (?:\w+ )?getting|avoid (?:\w+ )?getting)\b).*\b(?:(?:travel(?:l?ing)?|flying|fly|holidays?|vacations?|trips?) (?:with|on|abroad)\b|(?:with|on) (?:a |the )?(?:plane|flight))\b/i,
    kinds: CONDITIONLIKE,
    why: '"anything I need to know about traveling with it like the flying and the heat": daily life with it (keeping a medicine cool on the plane is storage)',
  },
  {
    type: 'frequency',
    pattern:
      /\b(?:still (?:a thing|around|common|about)\b|(?:is|are) there (?:still )?(?:many|any|lots of) (?:cases|people with))/i,
    kinds: CONDITIONLIKE,
    why: '"is leprosy even still a thing in this country?": how common it is',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:(?:could|can|might|is) (?:something|anything) (?:else )?(?:be )?(?:behind|causing) (?:it|this|that)|(?:was|is) (?:it|this|that) (?:something|anything) (?:i|he|she|we|they) (?:did|ate|caused))\b/i,
    kinds: CONDITIONLIKE,
    why: '"could something else be behind it?", "was it something he did?": what causes it, nothing named',
  },
  {
    type: 'find_specialist',
    pattern:
      /\b(?:who (?:is|would be) the (?:right|best) (?:person|doctor|specialist|one) to (?:see|ask|talk to)|who (?:should|do|can) (?:i|we|he|she) (?:go and )?see|should (?:she|he|i|we|they) (?:be )?(?:seeing|see) (?:an? |the )(?:\w+ )?(?:\w+ologists?|specialists?|consultants?|paediatricians?|pediatricians?)|who (?:should|will|would|is going to|can) (?:be )?(?:looking after|care for|caring for|monitoring|managing|following|treating|see(?:ing)?) (?:him|her|me|them|us|my \w+|our \w+)|where (?:do|does|should|can) (?:adults?|grown[- ]ups|teenagers|people|patients|i|we|he|she|they) (?:\w+ ){0,3}?(?:go|be seen|turn)(?= for| now| as| after| when|\W*$)|(?:need|have) to be (?:followed|seen|monitored|looked after) by (?:an? |the )(?:\w+ ){0,3}?(?:specialists?|clinic|team|centre|center|\w+ologists?))\b/i,
    why: '"who is the right person to see?", "should she be seeing a gynaecologist rather than the GP?", "who should be looking after him now?", "where do adults with it go?", "do I need to be followed by a specialist?": the doctor to turn to',
  },
  {
    type: 'susceptibility',
    pattern:
      /\b(?:pass(?:ed|es|ing)? (?:on )?(?:through|by|during|via) (?:sex|kissing|touch|touching|blood|the air|coughing|sneezing|contact|sharing)|pass (?:it|this) on\b.{0,40}\b(?:sores?|symptoms?|outbreaks?|blisters?|rash|condoms?|sex|kiss\w*)|(?:sores?|symptoms?|outbreaks?|blisters?)\b.{0,40}\bpass (?:it|this) on)\b/i,
    kinds: CONDITIONLIKE,
    why: '"can I pass it on even when I don\'t have any sores?", "can it be passed on through sex?": catching it from someone (before the inheritance rule\'s "pass it on")',
  },
  {
    type: 'treatment',
    pattern: /\b(?:does|do|would|will|could|can) (?:anything|something) (?:\w+ ){0,3}?help\b/i,
    kinds: CONDITIONLIKE,
    why: '"does anything besides tablets help?": what can be done',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:worth|point in|need to be|should i be) (?:\w+ ){0,2}?(?:getting|having|doing) (?:a |the )?(?:gene|genetic|blood|dna|carrier|predictive) tests?\b/i,
    kinds: CONDITIONLIKE,
    why: '"is it worth me getting a gene test now?": testing for it',
  },
  {
    type: 'inheritance',
    pattern: /\b(?:be|is|it'?s|runs?) in the (?:family|genes)\b/i,
    kinds: CONDITIONLIKE,
    why: '"could this be in the family?": whether it runs in families',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:turn|turns|turning|turned|develop|develops|developing|progress|progresses|progressing) in ?to\b|become (?:an? )?(?:cancer(?:ous)?|malignant|FOCUS)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"can lichen sclerosus turn into cancer?", "can the lumps become cancerous?": what it can lead to (labeling guide; before the rules for a link between two conditions)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:(?:happen|occur)(?:s|ing)? again\b.{0,60}\b(?:baby|babies|child|children|kids|pregnan\w*)|(?:baby|babies|child|children|kids|pregnan\w*)\b.{0,60}\b(?:happen|occur)(?:s|ing)? again|(?:if|when|though|but) (?:i|he|she|we|they) (?:don'?t|doesn'?t|do not|does not) have (?:it|this|FOCUS) (?:myself|himself|herself|themselves|ourselves)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"we wanted more children - what are the chances it would happen again?", "how does that work if I don\'t have it myself?": how it passes in a family',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:stop|prevent|avoid) (?:the |these |those |my |his |her |further |more )(?:\w+ )?(?:attacks|episodes|flares|flare-ups|crises|relapses|migraines)\b/i,
    kinds: CONDITIONLIKE,
    why: '"what can I do to stop the attacks?": preventing attacks (labeling guide)',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:could|would|might|should|can|will)(?:n'?t| not)? (?:\w+ ){1,8}?have (?:prevented|avoided|stopped) (?:it|this|that|FOCUS|(?:him|her|them|me|us) (?:from )?(?:getting|having))\b/i,
    kinds: CONDITIONLIKE,
    why: '"would giving her vitamin D as a child have prevented it?", "could we have prevented it by breastfeeding?": whether it can be prevented, asked of the past',
  },
  {
    type: 'susceptibility',
    pattern:
      /\bpass (?:it|this|them) (?:on )?to (?:his|her|my|our|their|the) (?:little |big |older |younger |baby )?(?:sisters?|brothers?|siblings?|friends?|partners?|husband|wife|boyfriend|girlfriend|classmates?)\b/i,
    kinds: CONDITIONLIKE,
    why: '"can he pass it to his little sister if they have a bath together?": catching it from someone (passing it to children is inheritance)',
  },
  {
    type: 'inheritance',
    pattern: /\b(?:who|which (?:parent|side)) (?:\w+ )?pass(?:es|ed)? (?:it|this|FOCUS) (?:on|down)\b/i,
    kinds: ['disease'],
    why: '"is it the mom who passes it on?": which parent it comes from (after the rules for passing it to a friend or partner)',
  },
  {
    type: 'lifestyle',
    pattern:
      /^(?!.*\b(?:give|take|use)\b (?:\w+ )?FOCUS)(?:.*\b)?(?:can|could|should|may) (?:i|he|she|they|we) (?:still )?(?:\w+ ){1,4}?(?:at|to|in) (?:school|work|college|university|nursery|the pool|the gym|swimming)\b/i,
    kinds: CONDITIONLIKE,
    why: '"can I wear a wig at school?": daily life with it',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:can|could|should) (?:i|we|she) (?:keep|continue|still) (?:on )?breast ?feed(?:ing)?|(?:can|could) (?:he|she|the baby) (?:still )?(?:drink|have) (?:my |the )?breast ?milk)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"can I keep breastfeeding him?" of a baby with PKU: what the baby can eat (for a mother\'s medicine it is a precaution)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:have|need) to be (?:taken out|removed|operated on|cut out)|(?:take|taking|cut|cutting) (?:it|them) out)\b/i,
    kinds: CONDITIONLIKE,
    why: '"does it have to be taken out if it\'s small?": treatment',
  },
  {
    type: 'find_specialist',
    pattern: /\b(?:anywhere|somewhere|someone|anyone|a place|a group|groups?) (?:\w+ ){0,4}?to talk to\b/i,
    why: '"is there anywhere for families like us to talk to people who get it": people to turn to (before the risk rules, whose "people who get it" would take it)',
  },
  {
    type: 'lifestyle',
    pattern:
      /\bhow (?:do|does|can|will|would) (?:adults|people|kids|children|teens|teenagers|someone|he|she|they|i|you|my \w+)(?: with FOCUS)? (?:manage|cope|get on|do|get by) (?:at|in|with) (?:work|school|college|university|jobs?|the workplace|exams)\b/i,
    kinds: CONDITIONLIKE,
    why: '"how do adults with ADHD manage at work?": daily life with it',
  },
  {
    type: 'research',
    pattern: /\b(?:anybody|anyone|someone|scientists?|doctors?|people) (?:\w+ )?researching\b/i,
    why: '"is anybody researching it?": research on it',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:do|does|will|can|could) (?:people|patients|kids|children|adults|someone|he|she|they|i|my \w+)(?: with FOCUS)? (?:ever |actually |really |eventually )?(?:fully |completely )?(?:get better|recover|improve)\b/i,
    kinds: CONDITIONLIKE,
    why: '"do people with borderline personality disorder actually get better?": the outlook',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:can|does|could|do) (?:it|FOCUS|this) (?:start|begin|show up|present|first appear) (?:with|as)\b/i,
    kinds: CONDITIONLIKE,
    why: '"can Huntington\'s disease start with mood changes before the movements?": how it shows',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:harder|difficult|more difficult|impossible|hard) (?:for (?:me|her|us|you) )?to (?:get pregnant|conceive|have (?:a baby|children|kids))|(?:pregnancy|birth|labou?r|delivery) (?:\w+ ){0,4}?(?:more )?(?:difficult|harder|risky|riskier|dangerous|complicated)|(?:can|could|will|would) (?:we|i|he|she|they) (?:ever )?(?:have|father|conceive) (?:biological |our own |his own |her own )?(?:children|kids|a baby|babies)|affects? (?:my|her|his|our|their|your) (?:own )?(?:chances? of (?:getting|becoming|being able to get) pregnant|chances? of (?:having|conceiving) (?:a baby|children|kids)|fertility)|what (?:could|can|will|would|might) happen to (?:my|his|her|their|the|your) (?:\w+ )?(?:liver|kidneys?|heart|eyes|eyesight|brain|lungs?|bones|joints|nerves|body))\b/i,
    kinds: CONDITIONLIKE,
    why: '"how much does PCOS affect my chances of getting pregnant", "what could happen to my liver if my levels stay high": what the condition leads to (before the risk rules, whose "chances" would take it)',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:(?:can|could|might|may|will|would|do|does) (?:set off|trigger|bring on|cause|provoke) (?:an? |the |my |his |her )?(?:\w+ )?(?:attacks?|episodes?|flares?|flare-ups?|crises|crisis|relapses?|rhythms?|arrhythmias?|spasms?)|(?:can|could|might|may|will|would|do|does) (?:[\w']+ ){1,5}?(?:set off|trigger|bring on|provoke|be (?:setting off|triggering|bringing on|causing|provoking)) (?:an? |the |my |his |her )?(?:\w+ )?(?:attacks?|episodes?|flares?|flare-ups?|crises|crisis|relapses?|rhythms?|arrhythmias?|spasms?))\b/i,
    kinds: CONDITIONLIKE,
    why: '"is it true that echinacea can set off a flare?", "could the pill be triggering my attacks?", "does beer and red meat bring on gout attacks?": what brings its attacks on (labeling guide)',
  },
  {
    type: 'association',
    pattern:
      /\b(?:could|can|might|is|would) (?!(?:it|this|that)\b)(?:\w+ ){1,3}?be (?:what'?s|what is|the thing) (?:causing|behind|triggering) (?:my|his|her|the|their|FOCUS)\b/i,
    kinds: CONDITIONLIKE,
    why: '"could low iron be what\'s causing my restless legs?": a named thing asked as its cause (labeling guide: association)',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:keep|keeps|keeping) (?:(?:it|this|FOCUS|him|her|me|them) )?(?:in remission|at bay|from (?:coming back|returning|flaring))|make sure (?:it|this|that|FOCUS) (?:never|doesn'?t|does not|won'?t|will not) (?:happens?|comes? back|returns?) again|(?:cut down|reduce|lower) how (?:many|often) (?:i|he|she|they|we|you) (?:get|have)\b/i,
    kinds: CONDITIONLIKE,
    why: '"does curcumin help keep ulcerative colitis in remission?", "will magnesium cut down how many I get?", "what can she do to make sure it never happens again?": keeping attacks or relapses away',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:is|are) (?:\w+ ){1,3}?(?:any good|worth (?:it|trying|taking|the money)|effective|helpful) for (?:my |his |her |the )?(?:\w+ )?FOCUS|for FOCUS\W+(?:\w+ )?(?:worth (?:it|the money|trying)|any good)|(?:does|do|will|would|can|could) (?!(?:it|this|that|FOCUS)\b)(?:\w+ ){1,3}?(?:really |actually )?(?:help|work for|improve) (?:with )?(?:the )?(?:\w+ )?(?:in )?(?:my |his |her )?FOCUS|(?:will|would|can|could|do|does) (?:the )?(?:tablets?|pills?|supplements?|injections?|shots?|medicines?|medications?|creams?|surgery|an operation) (?:\w+ )?(?:fix|cure|sort out|clear up|get rid of) (?:it|this|that|them)|(?:do|does|will|would|can|could) (?:those|these|the|this|that) (?:\w+ ){0,2}?\w+ (?:really |actually )?(?:help|work)(?=\W*$| (?:well|for|enough|on|at)\b)|should (?:she|he|i|we|they) (?:also )?be on (?:\w+ )?(?:medication|medicine|meds|tablets|pills|something)\b)\b/i,
    kinds: CONDITIONLIKE,
    why: '"is melatonin any good for insomnia?", "probiotics for IBS - worth the money?", "does CBD oil really help the seizures in Dravet syndrome?", "will tablets fix it?": whether something treats it',
  },
  {
    type: 'susceptibility',
    pattern:
      /\b(?:risks?|chances?|likely|prone|susceptible)\b.{0,20}?\bFOCUS\b.{0,30}?\b(?:because of|due to) (?:her|his|my|their|our|the|having) (?:\w+ )?FOCUS\b/i,
    minFoci: 2,
    exceptKinds: DRUGLIKE,
    about: 'first',
    why: '"is my daughter at higher risk for celiac disease because of her diabetes?": who is at risk for the first condition (as the rule below, in the other order)',
  },
  {
    type: 'susceptibility',
    pattern:
      /^(?=[^?]*?\b(?:if|whether)\b|\W*(?:(?:and|but|so|also|or|now|then)\s+)?(?:can|could|does|do|did|is|are|am|was|were|will|would|might|may|has|have)\b).*?\bFOCUS\b.{0,60}?\b(?:risks?|chances?|odds|likelihood|(?:more|less) likely|(?:more |less )?(?:prone|predisposed|susceptible))\b.{0,40}?\bFOCUS\b/i,
    minFoci: 2,
    exceptKinds: DRUGLIKE,
    about: 'last',
    why: '"does having X make you more likely to get Y", "are people with X at higher risk of Y": X is asked about as a risk factor of Y, and who is at risk for Y is where the answer is kept (before the association rule below; a drug raising a risk is a side effect)',
  },
  {
    type: 'symptoms',
    pattern: X_CAUSES_Y,
    minFoci: 2,
    exceptKinds: DRUGLIKE,
    sign: 'last',
    about: 'first',
    why: '"does Alport syndrome cause hearing loss?", "can panic attacks cause chest pain?": whether a sign belongs to the condition (before the association rule below)',
  },
  {
    type: 'symptoms',
    pattern:
      /\bFOCUS\b.{0,40}?\b(?:(?:be|is|are) (?:\w+ )?(?:from|due to|because of|caused by|part of|a (?:sign|symptom) of)|comes? from)\b.{0,30}?\bFOCUS\b/i,
    minFoci: 2,
    exceptKinds: DRUGLIKE,
    sign: 'first',
    about: 'last',
    why: '"the pain in the knees can be from the Crohn also?": a sign blamed on a condition asks whether it belongs to it',
  },
  {
    type: 'complications',
    pattern: X_CAUSES_Y,
    minFoci: 2,
    exceptKinds: DRUGLIKE,
    newLast: true,
    about: 'first',
    why: '"I have ADPKD ... can ADPKD cause brain aneurysms?": what the condition the message is about may lead to, the other one named only in the question (two conditions the person already has are an association, below)',
  },
  {
    type: 'association',
    pattern: new RegExp(
      `${YES_NO}.*?(?:\\bFOCUS\\b.{0,50}?\\b(?:caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|trigger(?:s|ed|ing)?|brings? on|brought on|set(?:s|ting)? off|result(?:s|ed)? in|(?:make|makes|making|made) .{0,25}?\\b(?:worse|more likely)|worsen(?:s|ed|ing)?|aggravat(?:e|es|ed|ing)|affect(?:s|ed|ing)?|increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|risk|likely|chances?|due to|because of|responsible for|(?:is|are|was|were|be) (?:\\w+ )?from|comes? from|came from|turn(?:s|ed|ing)? into|develop(?:s|ed|ing)? into|progress(?:es|ed|ing)? (?:in)?to)\\b.{0,50}?\\bFOCUS\\b|\\bFOCUS\\b.{0,50}?\\b(?:make|makes|making|made) (?:\\w+ ){0,2}?FOCUS (?:\\w+ )?worse\\b)`,
      'i',
    ),
    minFoci: 2,
    exceptKinds: DRUGLIKE,
    why: 'a yes-no question with two conditions and a word of cause or influence between them ("can X cause Y", "can X turn into Y", "does having X make Y more likely", "are the X making her Y worse"): how the two relate (not "I have X which causes Y, how do I treat it") ("what causes X" names one, and stays a cause question; a drug blamed for a complaint is a side effect)',
  },
  {
    type: 'cause',
    pattern: namedAgent(String.raw`(?:trigger(?:ing)?|bring(?:ing)? on|set(?:ting)? off)`),
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"can stress bring on the swellings?", "does staying up late bring on seizures?", "can surgery set off a crisis?": what brings on its attacks (guide: cause, as "does beer bring the attacks on?"; something named as causing the condition itself is an association, below)',
  },
  {
    type: 'association',
    pattern: namedAgent(
      String.raw`(?:cause|lead to|raise|increase|worsen|aggravate|(?:make|making) (?:\w+ ){0,3}?(?:worse|flare)|affect|give (?:you|people|someone|me|him|her|kids|children))`,
    ),
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"can stress cause X", "could the cat be making his X worse", "vaccines can cause it": something else named as a cause of the condition (a question opening with "what" asks for causes and is left out; "which other genes can cause it" asks for the genes)',
  },
  {
    type: 'association',
    pattern:
      /\b(?:could|can|might|is|was) (?:the |my |all the |that |this )?(?!it\b|this\b|that\b)\w+(?: \w+)? (?:be |have been )?(?:what (?:gave|caused|triggered|brought on|started|set off) (?:it|this|FOCUS)|how (?:i|he|she|we|they) (?:got|caught|picked up) (?:it|this|FOCUS))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"could the dust be what gave it to me", "could the tattoos be how I got hepatitis C?": the condition blamed on something named (as the rule below)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:can|could|does|do|will|might|may) (?:the|these|those|his|her|my|your|their) (?:medicines?|medications?|meds|drugs?|pills?|tablets?|shots?|injections?|infusions?) (?:ever |also |really |sometimes )?(?:cause|trigger|give (?:you|me|him|her|them|people))\b/i,
    minDrugs: 1,
    why: '"can the shots cause high blood pressure or clots?": a problem blamed on the medicine of the message, called by what it is (before the rule for something named as a cause)',
  },
  {
    type: 'side_effects',
    pattern: new RegExp(
      `\\b(?:${BLAMED}(?:normal )?(?:from|caused by|due to|because of) (?:the |my |his |her )?(?:FOCUS|it|them|(?:the |these |those )?(?:tablets|pills|medicine|meds|drops|injections?|shots?))(?=\\W*$)|^\\W*(?:(?:also|and|so|but)\\s+)?(?:is|could) (?:it|this|that) (?:be )?(?:just )?(?:the|my|his|her) FOCUS\\W*$|\\b(?:it|they|FOCUS) (?:gives?|gave|is giving) (?:me|him|her|them|us) (?:the )?\\w+|(?:could|can|might|would) (?:the |my |his |her )?FOCUS (?:\\w+ )?have done (?:that|this|it|them)\\b|(?:could|can|might|is|are) (?:the |my |his |her )?FOCUS (?:\\w+ )?(?:be )?(?:giving|causing|doing) (?:him|her|me|them|us|this|that|these|those)\\b|(?:can|could|does|do|will|might|may) (?:it|they|FOCUS) (?:ever |also |really |sometimes |still )?(?:cause|trigger|make (?:\\w+ ){0,2}?(?:worse|sick|ill|tired|sleepy|drowsy|dizzy|depressed|moody|fat|bleed|itchy|(?:hair|teeth|nails) (?:fall out|thin)|(?:go )?(?:too )?(?:low|high))|give (?:you|me|him|her|them|people) )\\b)`,
      'i',
    ),
    kinds: DRUGLIKE,
    why: '"are these from the pyridostigmine?", "is that normal from it?", "is it the statin?", "it gives me the runs", "could the Keytruda have done that?", "does it cause nausea?", "can it make asthma worse?", "will it make my hair fall out?": a complaint blamed on the medicine asked about ("could the metoclopramide have caused it?", of a condition named, is left to the association rules)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:is|are|could|can|might) (?:that|this|it|these|those|they) (?:\w+ )?(?:be )?(?:from|caused by|due to|because of) (?:the|my|his|her) (?:tablets?|pills?|medicines?|medications?|meds|drugs?|injections?|jabs?|shots?)(?=\W*$)|(?:on|from|with) (?:it|this|that|them|FOCUS),? (?:is|are) (?:that|this|it|these|those) (?:common|normal|usual|expected)\b)/i,
    minDrugs: 1,
    why: '"I get cramps half an hour after a dose, is that from the tablets?", "people get pins and needles on it, is that common?": a complaint blamed on a medicine of the message (before the rule for a sign of the condition)',
  },
  {
    type: 'symptoms',
    pattern: new RegExp(
      `\\b${BLAMED}(?:from|because of|due to|caused by|part of) (?:the |my |his |her |our |their )?(?:FOCUS(?:'s)?|same (?:disease|condition|illness|syndrome|thing|problem))(?:,? or (?:from |is it |are they )?(?:something|anything) (?:else|other))?\\W*$|\\b(?:can|could|does|do) (?:it|this|FOCUS) (?:\\w+ )?cause (?:a |an |the )?(?:\\w+ ){1,3}?like (?:this|that|these|mine|his|hers)\\b`,
      'i',
    ),
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"I get headaches when I cough. Is that from the Chiari?", "is that part of the same disease?", "are the dark skin and the salt craving from Addison disease?", "can MS cause mood changes like this?": whether a sign belongs to the condition (before the rule for a condition blamed on something named; a medicine blamed is a side effect)',
  },
  {
    type: 'association',
    pattern:
      /\b(?:is|are|was|were|could|can|might|may|would) (?:it|this|that|these|those|they|FOCUS|(?:my|his|her|our|their|the) (?:\w+ )?FOCUS) (?:\w+ )?(?:be |have been )?(?:from|caused by|triggered by|brought on by|made worse by|due to|because of) (?!(?:the |my |his |her |our |their |this |these )?(?:medicines?|medications?|meds|drugs?|pills?|tablets?|shots?|injections?|vaccines?)\b)(?:the|my|his|her|our|their|this|that|these|those|too much|all (?:the|that)|\w+ing)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"could his X be caused by the Agent Orange", "could it be from the detergent we use": the condition blamed on a particular thing the person names (a medicine blamed is a side effect, above)',
  },
  {
    type: 'association',
    pattern:
      /\b(?:is|was|could|can|might) (?:it|this|that) (?:\w+ )?because (?:i|he|she|we|they|my \w+) (?:am|is|are|was|were|have|has|had|eat|drink|smoke)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"is it because I am overweight": the condition blamed on something about the person',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:thins?|thinning|weakens?|damages?|rots?|harms?|ruins?) (?:your|the|his|her|my|their) (?:bones|teeth|liver|kidneys?|stomach|heart|eyes|eyesight|hearing)\b/i,
    kinds: DRUGLIKE,
    why: '"a friend told me it thins your bones if you take it for years": harm a medicine does to the body',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:safe|ok|okay|dangerous|risky|a problem)\b.{0,40}\b(?:surgery|operation|procedure|anaesthe\w*|anesthe\w*|dental (?:work|surgery|treatment)|(?:tooth|teeth|dental) (?:implants?|extractions?)|(?:tooth|teeth|wisdom teeth) (?:pulled|out|removed|taken out)|implants?|extractions?|colonoscopy|biopsy|epidural)|(?:surgery|operation|procedure|dental (?:work|surgery)|implants?|extractions?)\b.{0,40}\b(?:while|whilst) (?:(?:i'?m|i am|he'?s|he is|she'?s|she is|still|being) )*(?:on|taking|using))\b/i,
    minDrugs: 1,
    why: '"is it safe to have the surgery while I am still on aspirin": a precaution with a medicine of the message (before the treatment rules, whose "surgery" would take it; stopping it before is how it is taken)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:is it|is that|would it be|it is) (?:\w+ )?(?:safe|ok|okay) to give (?:my |our |a |her |his )?(?:\d+ ?(?:yr|year|month|week)s?[ -]?old|baby|toddler|child|kid|newborn|infant|little (?:one|boy|girl)|(?:\d+ ?(?:yr|year|month)s?[ -]?old )?(?:son|daughter|boy|girl)) (?:\w+ )?(?:FOCUS|it|this|that)|(?:safe|ok|okay|dangerous|harmful|too young)\b.{0,40}\b(?:bab(?:y|ies)|infants?|toddlers?|newborns?|\d+[- ]?(?:month|week)s?[- ]?olds?|(?:that|so|this) young|at (?:his|her|their|that|this) age)|(?:safe|ok|okay) for (?:my|his|her|their|your) (?:\w+ )?(?:kidneys?|liver|heart)|should (?:someone|somebody|people|a person|anyone|patients|older people|the elderly) (?:with\b.{0,40}?\b)?(?:be )?(?:taking|take|using|use|on) (?:it|this|that|them|FOCUS)|(?:get|gets|pass|passes|go|goes|come|comes) (?:in ?to|through(?: to| into)?) (?:my |the |her |his )?(?:breast ?)?milk|in (?:my |the |her )?breast ?milk)\b/i,
    kinds: DRUGLIKE,
    why: '"is it safe to give Benadryl to a baby that young", "is it safe to give my 4yr old benadryl?", "is that safe for his kidneys", "should someone with bad kidneys be taking it", "will it get into my milk": who a medicine suits, and its precautions',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:wait|waiting) (?:\w+ )?(?:\d+|an?|half an?|one|two) (?:minutes?|mins?|hours?|hrs?) (?:before|after) (?:breakfast|eating|food|meals?|lunch|dinner|i eat)\b/i,
    kinds: PRODUCTLIKE,
    why: '"do I still need to wait 30 minutes before breakfast?": when to take it (before the storage rules\' "wait")',
  },
  {
    type: 'storage_disposal',
    pattern:
      /\b(?:(?:what|how) (?:do|should|can|would) (?:i|we|you) do with (?:what(?:'s| is) left|the (?:rest|leftovers?|empty ones|empties|unused \w+|old \w+))|how long (?:is|are|does|do|will) (?:it|they|this|that|FOCUS|an? (?:\w+ )?(?:inhaler|bottle|pen|tube|pack)|the (?:\w+ )?(?:inhaler|bottle|pen|tube|pack)) (?:\w+ )?(?:good for|keep|stay good))\b/i,
    kinds: PRODUCTLIKE,
    why: '"what do I do with what is left in the bottle?", "how long is an inhaler good for once you start using it?": keeping or getting rid of a medicine',
  },
  {
    type: 'interactions',
    pattern:
      /\bFOCUS (?:doesn'?t|does not|won'?t|will not|might not|may not) work (?:as well|properly|as it should)? ?(?:when|if|with) (?:you |i |he |she )?(?:take |are taking |also take )?FOCUS\b/i,
    kinds: DRUGLIKE,
    minDrugs: 2,
    why: '"I read that Plavix doesn\'t work as well when you take omeprazole": one medicine making another fail',
  },
  {
    type: 'interactions',
    pattern: /\b(?:that|this|the) (?:combination|combo|mix)\b/i,
    kinds: DRUGLIKE,
    minDrugs: 2,
    why: '"is that combination a problem?" of two medicines named',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:it|they|FOCUS) (?:gives?|makes?|gave|made) (?:me|him|her|them|us) .{1,30}?\b(?:is|are) (?:that|this|it) (?:normal|common|usual|expected|ok|okay)\b/i,
    kinds: DRUGLIKE,
    why: '"it gives me the runs, is that normal?": a complaint from a medicine',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:can|could|should|may) (?:i|we) (?:still )?give (?:FOCUS|it|this|that|them) to (?:my|our|a|an) (?:\d+[- ](?:month|year|yr|week)s?[- ]old|baby|toddler|infant|newborn)\b/i,
    kinds: DRUGLIKE,
    why: '"can I give Benadryl to my 18 month old?": whether a medicine suits young children',
  },
  {
    type: 'storage_disposal',
    pattern:
      /\b(?:(?:is|are) (?:it|they|this|that|FOCUS|the \w+) still (?:good|ok|okay|usable|effective|any good|safe to (?:use|give|take))(?=\W*$)|(?:gone|going|go|went) bad|cooler|ice ?packs?|cool ?bags?|(?:left|sat|sitting|stayed) (?:out|on the (?:counter|side|table))|(?:get rid of|throw (?:\w+ ){0,3}?(?:out|away)|toss) (?:\w+ ){0,4}?(?:left ?overs?|rest|unused|extra|empty|old)|(?:left ?overs?|unused|what(?:'s| is) left|left over)\b.{0,40}\b(?:get rid of|throw|toss|do with)|do with (?:what'?s|what is) left|do with (?:the )?(?:left ?overs?|rest|unused)|(?:throw|toss) (?:\w+ ){0,3}?(?:out|away)|(?:regular|household|normal|the) (?:trash|garbage|rubbish|bin)|flush(?:ed)? (?:\w+ ){0,2}?(?:down|toilet)|flush(?:ing)? (?:it|them|FOCUS|the (?:\w+ )?(?:pills?|tablets?|medicines?)))\b/i,
    kinds: DRUGLIKE,
    why: '"is it still good?" after a night out of the fridge, "in the cooler", "how do I get rid of what is left over", "can it go in the regular trash": keeping or throwing away a medicine (leftovers are not a condition to get rid of)',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:why (?:can'?t|shouldn'?t|couldn'?t) (?:i|he|she|we|they) (?:just )?stop|(?:dangerous|safe|ok|okay|bad|harmful) to (?:just )?(?:stop|quit)\b|stop(?:ping)? (?:taking )?(?:it|them|FOCUS) (?:early|now|on my own|myself|right now|right away)|(?:should|can|could|may) (?:i|he|she|we) (?:just |simply )?stop (?:taking )?(?:it|them|FOCUS)(?: (?:now|right now|right away|straight away|today))?(?=\W*$|\W+or\b| for (?:a |the )?(?:few|couple|while|week|month)| to see\b))/i,
    kinds: DRUGLIKE,
    why: '"why can\'t I just stop?", "is it dangerous to stop it early?", "should I stop taking it right now": stopping a medicine is how it is taken (before the side-effect reading of "dangerous"; stopping it before trying for a baby is a precaution, below)',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:does|do|can|could|will|would|why does|how does|why do) (?:\w+ )?(?:smoking|alcohol|drinking|caffeine|coffee|grapefruit|food|cannabis|marijuana|nicotine) (?:affect|change|alter|interfere with|mess with) (?:my |his |her |the )?(?:FOCUS|levels?|it|them)\b|\b(?:FOCUS|it|they|that|this) (?:can |could |may |might |will |would )?(?:affect|affects|change|changes|alter|alters|raise|raises|lower|lowers) (?:my |his |her |the )?FOCUS levels?\b/i,
    kinds: DRUGLIKE,
    minDrugs: 1,
    why: '"why does smoking affect clozapine?": a habit or food changing how a medicine works (before the rule for one thing affecting another)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:groggy|drowsy|sleepy|dizzy|hungover) (?:from|on|after) (?:it|them|FOCUS)|make (?:you|me|him|her|them) (?:drowsy|dizzy|sleepy|groggy|infertile|sterile|put on weight|gain weight))\b/i,
    minDrugs: 1,
    why: '"will I still be groggy from it when I drive?", "does it make you drowsy?": a side effect of a medicine of the message',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:be )?(?:given|give|used) (?:to|for|in) (?:a |my |his |her )?(?:child|children|kids?|bab(?:y|ies)|toddlers?|infants?|teenagers?)\b/i,
    kinds: DRUGLIKE,
    why: '"can ibuprofen be given to a child with chickenpox?": who a medicine suits',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:can|could|will|would|does|do|might|may) (?:it|they|this|that) (?:give|cause)|(?:it|they) (?:can|could|will|may|might) (?:give|cause)) (?:me|you|him|her|them|us)? ?FOCUS/i,
    minDrugs: 1,
    why: '"is it bad to take it so long, it can give me osteoporosis?" of a medicine of the message: harm it does',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:is|would) (?:it|this|that) (?:be )?(?:ok|okay|safe|alright|fine) for (?:me|him|her|them|my \w+) to (?:take|use|have)(?=\W*$)/i,
    kinds: DRUGLIKE,
    why: '"I have been treated for depression, so is it ok for me to take?": whether the medicine suits the person',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:(?:have|having) a (?:drink|beer|glass of wine|few drinks)|(?:after|before|while) (?:drinking|a drink|having a drink|alcohol))\b/i,
    minDrugs: 1,
    why: '"how long after my last tablet can I have a drink?", "take her night dose after drinking": alcohol with a medicine of the message',
  },
  {
    type: 'ingredients',
    pattern: /\b(?:have|has|contain|contains) (?:anything|something) (?:in (?:it|them)|like)\b/i,
    kinds: DRUGLIKE,
    why: '"does the liquid have anything in it like sugar or colouring?": what a medicine contains',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:safe|ok|okay|dangerous) to (?:get|become|be) pregnant (?:while|whilst|when) (?:(?:i'?m|i am|she'?s|she is|still) )*(?:on|taking|using)|(?:use|put|give|apply|rub) (?:it|this|them|FOCUS) (?:on|to) (?:my |our |a |the |his |her )?(?:\d+[- ]?(?:week|month)s?[- ]?old )?(?:bab(?:y|ies)|infants?|newborns?|toddlers?))\b/i,
    minDrugs: 1,
    why: '"is it safe to get pregnant while taking it?", "can I put it on my 6 week old baby?": who a medicine suits (before the rule for pregnancy with a condition)',
  },
  {
    type: 'indication',
    pattern:
      /\b(?:how (?:does|do) (?:it|this|that|they|FOCUS) (?:actually |even |really )?(?:make|get|stop|lower|raise|reduce|increase|block|kill|clear)\b|(?:is|are) (?:it|they|FOCUS) (?:only|just|also) (?:used )?for\b)/i,
    minDrugs: 1,
    why: '"how does it actually make hair grow?", "or is it only for male baldness?": how a medicine works and what it is for',
  },
  {
    type: 'storage_disposal',
    pattern:
      /\b(?:how long (?:does|will|do|can|would) (?:it|they|them|FOCUS|(?:the|a|an|my|his|her|each) (?:\w+ )?(?:pens?|bottles?|vials?|tablets?|liquid|inhalers?)) (?:\w+ )?(?:keep|last|stay good|be good)\b|glove ?(?:box|compartment)|(?:live|stay|be kept|be left|leave (?:it|them)) in (?:the|my|his|her|a) (?:car|bag|handbag|backpack|locker)\b|(?:where|how) (?:do|should|can|must) (?:i |we |you )?(?:\w+ )?(?:the )?(?:needles|sharps|syringes|used pens|patches) go\b|sharps (?:box|bin|container)|(?:what|how) (?:do|should|can) (?:i|we) (?:do with|get rid of) (?:the |my |his |her )?(?:used |old )?(?:needles|syringes|sharps|pens))/i,
    kinds: DRUGLIKE,
    why: '"how long does it keep once it\'s opened?", "can my son\'s EpiPen live in the glovebox?", "where do the needles go?": keeping or throwing away a medicine',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:is|would|could) (?:it|this|that|they) (?:\w+ )?(?:safe|ok|okay|dangerous|risky) (?:for|in) (?:someone|somebody|people|a person|patients?|anyone|the elderly|older people) (?:with|who)\b(?!.*\bto (?:fly|travel|swim|drive|exercise|run|play|dive|ski|work)\b)/i,
    minDrugs: 1,
    why: '"is it safe in someone with dementia?" of a medicine the message names: who it suits, though the question names the disease',
  },
  {
    type: 'side_effects',
    pattern: /\b(?:reaction|allergy|FOCUS) (?:to|from) (?:the |his |her |my )?FOCUS(?=\W*$)/i,
    kinds: DRUGLIKE,
    minFoci: 2,
    why: '"is this an allergic reaction to the amoxicillin?": a complaint blamed on the medicine',
  },
  {
    type: 'interactions',
    pattern: /\bstop(?:s|ping)? (?:it|them|FOCUS) (?:from )?working\b/i,
    minDrugs: 1,
    why: '"I chew Tums most nights, will that stop it working?": one product making a medicine of the message fail',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:increase|raise|lower|reduce|change|double|halve|up) (?:my|his|her|their|the) (?:\w+ )?dose\b/i,
    minDrugs: 1,
    why: '"should I increase my dose myself now or wait for my blood test?": how a medicine of the message is taken (before the test rules)',
  },
  {
    type: 'drug_usage',
    pattern: /\bskip(?:ping)? (?:it|them|FOCUS)\b/i,
    kinds: DRUGLIKE,
    why: '"is it OK to skip it on weekends?": when a medicine is taken',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:is|could) (?:this|that|it) (?:be )?(?:the|a|an) (?:\w+ ){0,2}?(?:rash|reaction|allergy|allergic reaction)\b/i,
    kinds: DRUGLIKE,
    why: '"is this the dangerous rash everyone warns about?" after starting a medicine: a side effect',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:ok|okay|safe|fine) (?:to (?:take|use|give|have) )?(?:alongside|along with|together with) (?:it|them|FOCUS)(?=\W*$)/i,
    minDrugs: 2,
    why: '"can we give her ibuprofen at school - is that OK alongside it?": a second medicine with the first',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:safe|ok|okay|fine|dangerous) to (?:take|use|have) (?:\w+ ){0,2}?(?:alongside|along with|together with|at the same time as) (?:my |his |her |the )?FOCUS\b/i,
    minDrugs: 1,
    why: '"is black cohosh safe to take alongside tamoxifen?": something taken with a medicine of the message, though only the medicine is named',
  },
  {
    type: 'ingredients',
    pattern: /\bis there (?:any )?(?:\w+ ){1,2}?in (?:it|them|this|these|those|FOCUS)(?: at all)?(?=\W*$)/i,
    kinds: DRUGLIKE,
    why: '"is there any THC in them at all?": what a product contains',
  },
  {
    type: 'drug_usage',
    pattern:
      /\bwhen (?:should|do|can|must) (?:i|he|she|we) (?:start|begin) (?:taking |giving )?(?:it|them|FOCUS)\b/i,
    kinds: DRUGLIKE,
    why: '"when should I start it: now, or once I am pregnant?": when to take it (before the pregnancy precautions)',
  },
  {
    type: 'side_effects',
    pattern:
      /\bFOCUS (?:can |could |may |might |will |do |does )?(?:cause|causes|caused|give|gives|lead to|leads to|trigger|triggers) (?!by\b)(?:\w+ ){0,2}?FOCUS/i,
    kinds: DRUGLIKE,
    minFoci: 2,
    why: '"I read that calcium supplements cause heart attacks! Is that true?": harm blamed on a product the question names',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:keep|carry on|go on|continue) (?:using|taking|giving|applying|putting on|with) (?:it|them|FOCUS|the (?:\w+ )?(?:drops|cream|tablets|pills|medicine|spray|inhaler))\b.{0,40}\b(?:once|after|when|until|even (?:if|though|when)|now that)\b/i,
    minDrugs: 1,
    maxDrugs: 1,
    why: '"do I keep using it once the white spots are gone?": how long a medicine of the message is taken (with a second medicine named, "can I keep taking fish oil now that I am on Eliquis?" asks how they go together)',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:take|taking|give|giving) (?:it|them|(?:the |his |her |my )?FOCUS|the (?:\w+ )?(?:tablets?|pills?|capsules?|dose|medicine)) (?:\w+ ){0,3}?(?:before|after|with|without) (?:a |my |his |her |their )?(?:(?:morning|evening|night|bedtime|last) )?(?:food|meals?|eating|breakfast|lunch|dinner|bed(?:time)?|feeds?|feeding|bottle)\b/i,
    minDrugs: 1,
    why: '"does that mean I have to take it an hour before breakfast?", "should he take it with his morning feed?": when a medicine of the message is taken',
  },
  {
    type: 'indication',
    pattern:
      /\b(?:how (?:does|do|would|will|can|could) (?:it|this|that|they|FOCUS|(?:this|that|the) (?:medicine|medication|drug|pill|tablet)) (?:actually |even |really )?(?:work|help|act) (?:(?:you|people|me|him|her|them) )?(?:for|with|in|on|against|to|stop|quit|FOCUS)\b|how (?:is|are) (?:it|this|that|they|FOCUS) (?:supposed|meant) to (?:work|help)\b|what (?:does|do) (?:it|this|that|they|FOCUS) (?:actually |really |exactly )?do(?=\W*$)|why (?:has|have|did|would) (?:the |my |his |her )?(?:\w+ ){0,3}?(?:put|started|prescribed|given) (?:(?:him|her|me|them|my \w+) )?(?:on )?(?:FOCUS|it|this)\b|why (?:would|do|does|did) (?:they|doctors?|(?:my|the|her|his) \w+|you|he|she) (?:give|prescribe|put) (?:(?:me|him|her|them|us) )?(?:on )?(?:this|that|it|FOCUS)(?=\W*$)|(?:isn'?t|is) (?:that|it|this|FOCUS) (?:a|an) (?:\w+ ){1,2}?(?:medicine|medication|drug|pill)\b)/i,
    minDrugs: 1,
    why: '"how does it help lupus?", "why would they give her this?", "isn\'t that a malaria medicine?": what a medicine of the message is for and how it works, though the question names the disease',
  },
  {
    type: 'indication',
    pattern: /\b(?:isn'?t|is) (?:that|it|this) (?:a|an|also an?) FOCUS(?=\W*$)/i,
    kinds: DRUGLIKE,
    why: '"isn\'t that an antidepressant?" of a medicine prescribed for something else: what it is for',
  },
  {
    type: 'storage_disposal',
    pattern:
      /\b(?:(?:how|where) (?:should|do|can) (?:i|we|you) (?:store|keep|dispose)|(?:hot|cold) car|(?:stay|kept|be kept|keep (?:it|them)) (?:cold|cool|refrigerated|frozen)|stored?|storage|refrigerat\w*|fridge|freezer|frozen|dispos(?:e|al) of|get rid of (?:\w+ ){0,2}?(?:needles|syringes|sharps|pens|pills|tablets|patches|medicines?|medications?|FOCUS)|expir(?:ed|ation date)|shelf life|room temperature)\b/i,
    kinds: DRUGLIKE,
    why: 'storage words only make sense for a product',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:is|are|could|can|might) (?:the|my|his|her) (?:\w+ )?\w+ (?:be )?(?:from|caused by|due to|because of) (?:the )?FOCUS\W*$|(?:is|are) (?:that|this|it|these|they) (?:normal|common|expected|usual|typical) (?:with|on|from|for) (?:FOCUS|it|this)\b)/i,
    kinds: DRUGLIKE,
    why: '"is the tremor from the lithium?", "is that normal with Eliquis?": a complaint blamed on the medicine',
  },
  {
    type: 'side_effects',
    pattern:
      /(?:^|\s)\W*(?:(?:and|so|but)\s+)?(?:is|could|might|can) (?:that|this|it|these|those) (?:all )?(?:(?:likely|going|supposed) to )?(?:be )?(?:from |caused by |due to |because of )?FOCUS\W*$/i,
    kinds: DRUGLIKE,
    why: '"Since then she has had cramps. Is that the drug?" ("the drug" stands for the medicine): a problem blamed on the medicine (before the diagnosis rule\'s "could this be X")',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:take (?:it|them|FOCUS) with (?:food|meals?|a meal|milk|breakfast)|be (?:given|done|administered|infused|injected|taken) (?:\w+ )?(?:at home|by a (?:visiting )?nurse|by myself|by me|by (?:his|her|my) (?:mum|mom|dad|parents?))|(?:mix|mixed|dissolve|dissolved|put|stir) (?:it|them|FOCUS|the \w+) (?:in|into|with) (?:\w+ ){0,2}?(?:juice|water|milk|food|yoghurt|yogurt|apple ?sauce|puree|formula)|what (?:would|will|could|might) happen if (?:i|he|she|we|they) (?:stop|stopped|miss|missed|skip|skipped) (?:it|them|FOCUS|taking))\b/i,
    kinds: PRODUCTLIKE,
    why: '"can it be given at home by a nurse", "can I mix it into orange juice", "what would happen if I stopped it": how a medicine is given, taken or stopped',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:(?:take|taking|have|having|give|giving) (?:it|this|that|them|FOCUS) (?:\w+ ){0,2}?with (?:my |his |her |a |the |some )?(?:morning |evening |usual )?(?:yog(?:h)?urts?|milk|dairy|cheese|coffee|tea|(?:orange |grapefruit |apple )?juice|grapefruit|alcohol|wine|beer|antacids?|calcium|iron|vitamins?|supplements?)|apart from (?:my |his |her |the |other |FOCUS)|(?:how (?:far|many hours|long)|space (?:\w+ ){0,3}?)apart)\b/i,
    kinds: PRODUCTLIKE,
    why: '"can I take it with my morning yogurt", "how far apart from my calcium and iron supplements", "do I need to space the Urso apart from the other two": a medicine with a named food, drink or other medicine (before the rule for taking it with food or on an empty stomach)',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:(?:before|after|with|without) (?:a )?(?:food|meals?|eating|breakfast|milk)\b.{0,30}\bor\b|(?:taken|take|taking) (?:it |them |this |FOCUS )?(?:with|without|after|before) (?:a |some |any )?(?:fatty |big |light )?(?:food|meals?|snacks?|eating)\b|\bor (?:with|without|before|after) (?:a )?(?:food|meals?|eating|breakfast)|on an empty stomach|(?:crush(?:ed)?|split|chew(?:ed)?|dissolv(?:e|ed)|cut) (?:\w+ ){0,2}?(?:in half|into|and (?:mixed|put|added|mix|put|add|stir))|be (?:crushed|split|chewed|cut|opened|dissolved)|open(?:ing)? (?:the |a |his |her )?capsules?|(?:at night|in the (?:morning|evening))\b.{0,20}\bor\b|(?:morning|night|evening) or (?:at )?(?:night|morning|evening)|the day (?:after|before) (?:the |my |his |her )?(?:shot|injection|dose|infusion)|(?:what|which) time of (?:the )?day|(?:every|each) (?:day|week|other day) or|or (?:every|each) (?:day|week|other day)\b)/i,
    kinds: PRODUCTLIKE,
    why: '"with food or on an empty stomach", "should it be taken with food?", "can it be crushed", "at night or in the morning": how to take it (before the rules for food and drink with a drug)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:safe|ok|okay|dangerous) (?:\w+ )?in the (?:first|second|third|1st|2nd|3rd|last) trimester|(?:take|have|use|get) (?:it|them|this|FOCUS) at (?:his|her|my|their|your|that|this) age)/i,
    kinds: DRUGLIKE,
    why: '"is it safe in the third trimester?", "can she take aspirin at her age?": who should not take it, and when (when to stop it before trying for a baby is how it is taken, below)',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:(?:take|taking|give|giving) (?:two|2|both|double|an extra|extra) (?:\w+ )?(?:doses?|tablets?|pills?|capsules?)\b.{0,30}\b(?:together|at once|at the same time|the next (?:day|morning))|double (?:up|the dose|dose)|(?:stop|stopping) (?:it|them|FOCUS|taking (?:it|them|FOCUS)) (?:directly|suddenly|abruptly|at once|all at once|cold turkey|straight away|immediately)|(?:reduc\w*|lower\w*|decreas\w*|cut down)\b.{0,20}\b(?:slowly|gradually|little by little|step by step)|(?:how long|how soon|when) (?:before|after)\b.{0,40}\b(?:stop(?:ped)?|come off|restart(?:ed)?)|(?:should|must|can|could) (?:it|they|FOCUS) be (?:stopped|restarted)\b)/i,
    minDrugs: 1,
    why: '"can I take two tablets together next morning" after a forgotten dose, "can I stop it directly or must I reduce slowly": how to take or stop a medicine of the message (two doses of one medicine are not an interaction)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:safe|ok|okay|alright|fine) (?:to take )?(?:for|in) (?:someone|somebody|people|a person|patients?|anyone) (?:with|who (?:has|have))\b|(?:safe|ok|okay|alright|fine) with (?:my|his|her|their|bad|weak|poor) (?:\w+ )?(?:kidneys?|liver|heart|kidney (?:disease|function)|liver (?:disease|function)))/i,
    kinds: DRUGLIKE,
    why: '"is hydroxychloroquine safe for someone with long QT?", "is it still safe with my kidneys?": who should take care with a medicine (before the interaction rules, whose "safe with" would take it)',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:give|take) (?:him |her |them |me |the baby )?(?:another|a second|an extra) (?:one|dose|tablet|pill)\b/i,
    minDrugs: 1,
    why: '"if he spits up right after, do I give him another one?": a dose repeated is how a medicine is taken',
  },
  {
    type: 'storage_disposal',
    pattern:
      /\b(?:(?:does|do|will|can|would) (?:the )?(?:heat|sun|sunlight|cold|freezing|frost|a hot car|high temperatures?) (?:ruin|damage|spoil|affect|harm|destroy)|(?:will|does|has|could) (?:it|they|them|FOCUS) (?:\w+ )?(?:go|gone|goes) off)\b/i,
    kinds: DRUGLIKE,
    why: '"does heat ruin them?", "will it go off?": how a medicine keeps',
  },
  {
    type: 'interactions',
    pattern: /\b(?:don'?t|do not|doesn'?t|does not|shouldn'?t) mix\b/i,
    minDrugs: 1,
    why: '"she is on the pill and has heard they don\'t mix": two products together',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:(?:change|changes|affect|affects|alter|alters|reduce|reduces) how (?:well )?(?:FOCUS|it|they|the other) (?:works?|is absorbed)|(?:making|make|makes|made) (?:the|my|her|his) (?:\w+ )?(?:pill|contraceptives?|birth control|FOCUS) (?:not work|stop working|less effective|ineffective))\b/i,
    minDrugs: 1,
    why: '"does carbamazepine change how everolimus works", "it making the pill not work": one product changing how another works',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:space (?:the |my |his |her )?doses|(?:can|could|should|may|must) (?:it|they|FOCUS|the dose|(?:his|her|my) dose) be (?:given|taken) (?:at bedtime|at night|in the (?:morning|evening)|before bed)|(?:does|do) (?:it|they) (?:have|need) to be (?:given |taken )?(?:at bedtime|at night|in the (?:morning|evening)|before bed)|(?:taking|take|give|giving) (?:it|them|(?:the |his |her |my )?FOCUS|the dose|his dose|her dose|my dose) (?:at bedtime|at night|in the (?:morning|evening)|with (?:breakfast|food|meals?|dinner)|before bed)\b.{0,30}\binstead\b|instead of (?:with |at |in the )?(?:breakfast|food|meals?|bedtime|night|morning|evening))\b/i,
    kinds: DRUGLIKE,
    why: '"would taking it at bedtime instead of with breakfast help", "should I space the doses differently", "can guanfacine be given at bedtime?": when a medicine is taken',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:grapefruit|alcohol|wine|beer|booze|coffee|caffeine|milk|dairy|antacids?|FOCUS (?:and |with |\+ |& )?FOCUS)(?: juice)?\b.{0,20}\b(?:ok|okay|safe|fine|allowed|a problem)\b/i,
    kinds: DRUGLIKE,
    why: '"colchicine grapefruit juice ok?", "lamictal and alcohol ok": a food, drink or second product with the medicine',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:(?:how many |how long |how far )?(?:hours?|time) apart|apart from each other|keep (?:them|it|the two) apart|space (?:them|it) out)\b/i,
    minDrugs: 2,
    why: '"how many hours apart should they be": keeping two medicines of the message apart is about how they interact',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:spread (?:them|it|the (?:doses|tablets|pills|capsules)) (?:out|over)|space (?:them|the doses) out|(?:take|give) (?:all |both )?(?:\d+|two|three|four|them all|both doses|(?:the|her|his|my) (?:\d+|two|three|four) (?:tablets|pills|capsules|doses)) (?:at once|together)\b.{0,40}\b(?:or|instead)\b)/i,
    minDrugs: 1,
    why: '"should she take all 3 together or spread them out over the day?": how the doses of one medicine are taken (before the interaction wording, whose "take ... together" would take it)',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:interact\w*|(?:take|taking|mix|mixing|combine|combining|use|using) .{1,40}\b(?:together|at the same time|with (?:alcohol|grapefruit|other (?:drugs|medications|medicines))))\b/i,
    why: 'interaction wording',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:(?:stop|keep|prevent) (?:the |my |her |his |your )?(?:\w+ ){0,2}?(?:pills?|FOCUS|medicines?|medications?|contracepti\w+|birth control)s? from working|make (?:the |my |her |his |your )?(?:\w+ ){0,2}?(?:pills?|FOCUS|medicines?|medications?|contracepti\w+|birth control) (?:less effective|not work|stop working))\b/i,
    kinds: PRODUCTLIKE,
    why: '"modafinil can stop the contraceptive pill from working": one product making another fail',
  },
  {
    type: 'ingredients',
    pattern:
      /\b(?:(?:have|has|contain|contains) (?:any )?(?:alcohol|caffeine|sugar|gluten|lactose|gelatin) in (?:it|them)|is there (?:any )?(?:alcohol|caffeine|sugar|gluten|lactose|gelatin) in (?:it|them|FOCUS))\b/i,
    kinds: PRODUCTLIKE,
    why: '"does the liquid form of sertraline have alcohol in it?": what it contains (before the rules for alcohol with a medicine)',
  },
  {
    type: 'interactions',
    pattern: /\b(?:eat|drink|have|eating|drinking|having) (?:\w+ )?FOCUS\W*$/i,
    kinds: DRUGLIKE,
    minDrugs: 2,
    why: '"I take simvastatin and amlodipine ... can I still eat grapefruit?": a food or drink the sources list as a product, with the medicines of the message',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:(?:does|do|should|must|can) (?:it|they|this|these|FOCUS) (?:have to|need to|has to) be taken (?:with|without|after|before|on) (?:an? |the )?(?:\w+ )?(?:food|meals?|milk|breakfast|dinner|empty stomach)\b|how (?:should|do|does|must|can|would) (?:i|he|she|we|they|you|my \w+) (?:\w+ )?(?:take|use|give|apply|inject) (?:it|them|this|FOCUS)\b|(?:is it|is that|would it be) too late to (?:give|take|have) (?:it|them|him|her|the \w+|his \w+|her \w+)\b)/i,
    kinds: DRUGLIKE,
    why: '"does Lipitor have to be taken with food?", "how should he take it?", "is it too late to give it?" after a missed dose: how to take it (before the rule for foods with a drug)',
  },
  {
    type: 'side_effects',
    pattern:
      /\b(?:(?:could|can|might|would|is) (?:it|this|that|they|these|FOCUS) (?:really |actually |also )?(?:be )?the (?:reason|cause) (?:why |that )?(?:she|he|i|they|we|my \w+|his|her|my)\b|(?:can|could|will|would) too much (?:of (?:it|this|that) |FOCUS )?(?:hurt|harm|damage|be bad for|be dangerous for|make|be harmful|be dangerous|be toxic)\b)/i,
    kinds: DRUGLIKE,
    why: '"could it be the reason she has gone off her food?", "can too much levothyroxine hurt her?": a complaint blamed on the medicine, or its harm in excess (before the rule for foods and drinks with a drug)',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:drink (?:alcohol )?(?:on|while on|with) (?:it|them|this|FOCUS)|alcohol|wines?|beers?|liquor|sherry|whisk(?:e)?y|gin|vodka|rum|cider|lager|pints?|cocktails?|champagne|prosecco|drinking|drinks|grapefruit|caffeine|coffee|marijuana|cannabis|foods?|spinach|kale|salads?|greens|broccoli|liquorice|licorice)\b/i,
    kinds: DRUGLIKE,
    why: 'a drink or food together with a drug',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:people|someone|patients|anyone|those|a person) with (?:\w+ ){1,3}?(?:ought not|should not|shouldn'?t|must not|mustn'?t|cannot|can'?t)(?: to)? (?:take|use|have|be given) (?:it|this|that|them|FOCUS)\b/i,
    kinds: DRUGLIKE,
    why: '"should people with weak kidneys not take it": who the medicine does not suit (before the rule for a second medicine "with" a first)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:with (?:that|this|her|his|my|an?|the|their) (?:\w+ )?allerg(?:y|ies)|with (?:that|this|such an?) FOCUS)\b/i,
    kinds: DRUGLIKE,
    told: /\ballerg/i,
    why: '"is it safe for her to take cephalexin with that allergy?": whether a medicine suits someone allergic to another (before the rule for a second medicine "with" a first)',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:together|along with|same time|combine|with|while (?:(?:i'?m|i am|he'?s|he is|she'?s|she is|they are|we are|being) )?(?:on|taking|using))\b/i,
    minDrugs: 2,
    kinds: DRUGLIKE,
    why: 'taking a second drug alongside a first one ("is it ok to take fish oil while I am on warfarin"; a question about a disease or a procedure "with" nothing taken is not one)',
  },
  {
    type: 'ingredients',
    pattern:
      /\bwhat(?:'s| is) (?:actually |exactly |really )?in (?:it|this|them|FOCUS|the (?:\w+ )?(?:tablets?|capsules?|liquid|solution|injections?|pills?))\b/i,
    kinds: DRUGLIKE,
    why: '"what is actually in it?": what the medicine contains',
  },
  {
    type: 'ingredients',
    pattern: /\bwhat (?:(?:the|this|that|my|his|her|these|those) )?(?:\w+ ){0,2}?contains?\b/i,
    kinds: PRODUCTLIKE,
    why: '"what the levothyroxine tablets contain": what a product contains',
  },
  {
    type: 'ingredients',
    pattern:
      /\b(?:ingredients?|gluten|lactose|latex|gelatin|dyes?|sulfites?|(?:contain|contains) (?:any )?\w+|made (?:of|from|with))\b/i,
    kinds: DRUGLIKE,
    why: 'asks what a product contains',
  },
  {
    type: 'ingredients',
    pattern:
      /\b(?:(?:does|do|is|are) (?:there )?(?:the |this |that |my |a )?(?:FOCUS|it|this|that|they) (?:have|has|contain|made with) (?:any )?(?:\w+ ){0,2}?(?:in (?:it|them)|inside)|what(?:'s| is| are) (?:in|inside) (?:the |this |that |a |my |his |her |these |those )?(?:FOCUS|it|them|this|that|pills?|medicines?|medications?|tablets?|capsules?|vaccines?|shots?)(?=\W*$))/i,
    kinds: PRODUCTLIKE,
    why: '"does the flu vaccine have egg in it", "what is in it": what a product (a medicine, a supplement, a vaccine) contains',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:come|coming|get|getting|be|stay|go|going) off (?:it|this|that|them|FOCUS)|stop (?:taking |using )?(?:it|this|that|them|FOCUS)|(?:have|need) to wait)\b/i,
    kinds: DRUGLIKE,
    told: /\b(?:pregnan\w*|conceiv\w*|(?:trying|try) for (?:a|another) baby|before (?:we |i )?(?:start )?(?:try|trying)\b|ttc|breast ?feed\w*|nursing|have (?:a|another) baby)/i,
    why: '"is modafinil safe while pregnant, do I have to come off it?", "how long before trying do I need to be off it?": stopping a medicine for a pregnancy is whether it is safe then (before the rule for stopping a medicine)',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:(?:should|can|could|do|does|must) (?:i|he|she|we|they|my \w+|our \w+) (?:just )?(?:take|give|have) (?:two|2|double|a double dose|an extra(?: dose)?|both)(?: (?:doses?|tablets?|pills?))?(?: (?:today|tonight|tomorrow|together|now|at once))?(?=\W*$|\W+(?:or|to|and)\b)|what (?:happens|should i do|do i do|do we do) if (?:i|he|she|we|they) (?:miss|forget|skip)(?:es|s)? (?:a|one|the|my|his|her) (?:day|dose|tablet|pill|injection|shot)|(?:have|take) a break (?:from (?:it|them|FOCUS)|(?:over|during|for) (?:the )?(?:summer|holidays?|winter|school holidays|a (?:week|month|while)))|switch (?:it |the dose |my dose |his dose |her dose |(?:the )?injections? )?to (?:a )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|night|nights|the morning|the evening|mornings|evenings)\b|(?:need|have) to stop (?:it|them|taking it|FOCUS) before|how long (?:will|do|does|would|must|should) (?:i|he|she|we|they|my \w+) (?:\w+ )?(?:have to |need to )?(?:take|be on|stay on|keep taking) (?:it|them|FOCUS)|(?:take|be on|stay on) (?:it|them|the FOCUS|FOCUS) (?:for )?(?:the rest of (?:his|her|my|their|your) li(?:fe|ves)|for life|forever)|(?:late|early) with (?:the|my|his|her) (?:shot|injection|dose|infusion)|switch(?:ing)? between (?:different )?(?:makers|brands|manufacturers|generics))\b/i,
    kinds: DRUGLIKE,
    why: '"should she take two today?", "what happens if I miss a day?", "a break from it over the holidays", "can he take a break over the summer?", "can I switch to Friday night?", "do I need to stop it before surgery?", "for the rest of his life", "a month late with the shot": how the medicine is taken, missed or stopped',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:dos(?:e|age|ing)s?|milligrams?|mg|how (?:much|many) (?:\w+ )?(?:pills?|tablets?|capsules?|mg|milligrams?)|how (?:much|many) (?:\w+ ){0,2}?(?:FOCUS|of (?:it|this|that|FOCUS)|pills?|tablets?|capsules?|mg|ml|drops?|puffs?|units?|spoons?|teaspoons?)\b(?! (?:cost|costs|are in|come in)\b)|how much .{0,30}\b(?:take|give|have)|miss(?:ed)? (?:a )?dose|forg[eo]t (?:to take )?(?:a |my )?(?:dose|pill)|taper\w*|wean\w* (?:off|from)|overdose|stop taking|coming off|come off|get off (?:it|this|them|FOCUS)|how (?:much|often|long) should (?:i|he|she|we) take|how many times (?:a|per|each|every) (?:day|week|night)|how often (?:should|do|can|must) (?:i|he|she|we|you|they) (?:take|use|give))\b/i,
    kinds: DRUGLIKE,
    why: 'dose and taking instructions ("how much childrens motrin for 2 yr old", not "how much does it cost")',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:(?:something|a drug|a medicine|one) (?:that )?(?:i|he|she|you|we|they) (?:have to |need to |must |will )?take (?:for life|forever|long[- ]term)|(?:take|taking|be on|stay on|staying on) (?:it|this|them|FOCUS) (?:for life|forever|for the rest of (?:his|her|my|their|your) li(?:fe|ves)|for good|long[- ]term)|(?:can|could|should|will) (?:i|he|she|we|they|my \w+) (?:ever |eventually |just |simply )?(?:stop|come off) (?:taking )?(?:it|this|them|FOCUS)\b)/i,
    kinds: DRUGLIKE,
    why: '"does he have to take it for the rest of his life, or can he stop": how long a medicine is taken is how it is used',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:monitoring (?:requirements?|needed|required)|(?:blood|eye|liver|kidney|heart) (?:monitoring|screening|checks?)|(?:what|which) (?:\w+ ){0,3}?(?:monitoring|screening|checks?|blood tests?) (?:does|do|should|would|is|are|will)\b|(?:her|his|my|your|the) blood (?:checked|tested|drawn)|blood (?:tests?|work|levels?) (?:done|checked|taken)?|(?:inr|levels?) (?:checked|tested|monitored)|(?:blood count|inr|levels?) (?:checks?|tests?)|what should (?:my|his|her|the) (?:\w+ )?levels? be|levels?\b.{0,30}\bhow often)\b/i,
    kinds: DRUGLIKE,
    why: '"how often does she need her blood checked" on warfarin: the monitoring a medicine needs is part of how it is used',
  },
  {
    type: 'drug_usage',
    pattern:
      /\b(?:miss(?:ed)?|forg[eo]t(?: to take)?|skipp?(?:ed)?) (?:my|a|one|the|two|three|four|several|some|a few|\d+|his|her|a couple of) (?:\w+ ){0,4}?(?:pills?|doses?|tablets?|shots?|injections?|FOCUS)\b|\b(?:swallow(?:ed)?|took|taken|ate) (?:\w+ ){0,4}?(?:too many|extra|all (?:of )?(?:my|his|her|the)|one of (?:my|his|her|the)|(?:my|his|her|the) \w+'?s?) (?:\w+ ){0,2}?(?:pills?|tablets?|capsules?|medicines?|FOCUS)\b|\b(?:took|taken|gave|given) (?:my |his |her |the )?(?:it|them|FOCUS|pills?|tablets?|doses?|shots?|injections?) (?:(?:\w+ ){0,2}?(?:hours?|hrs?|days?) late|twice)\b|\b(?:a double|an extra|two) doses?\b/i,
    kinds: PRODUCTLIKE,
    why: '"I missed my birth control pill", "he swallowed one of my iron tablets", "took my mini-pill 4 hours late", "took his metformin twice today": a missed, late or double dose or too much of any product (contraceptive pills are a topic, not a drug, in the sources)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:safe|ok|okay|dangerous|bad|risky|harmful)\b.{0,30}\b(?:take|use|taking|using)\b.{0,30}\b(?:with|if (?:i|you|he|she|someone|they) (?:have|has)|when (?:i|you|he|she|someone|they) (?:have|has)|for (?:people|someone|patients|anyone) with)\s+(?:my |his |her |a |an )?(?:\w+ )?FOCUS/i,
    kinds: DRUGLIKE,
    why: '"is it safe to take ibuprofen with high blood pressure": whether a medicine suits people with a condition (a second medicine is an interaction, above)',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:is|would|could) (?:it|that|this|they) (?:be )?(?:\w+ )?(?:safe|ok|okay|dangerous|bad|risky|harmful) (?:to (?:take|use|mix|combine) )?(?:with|alongside) (?:the |my |his |her )?FOCUS\W*$/i,
    kinds: DRUGLIKE,
    exceptKinds: ['disease'],
    why: '"is this safe with the warfarin?": something taken weighed against a medicine named (a condition named is a contraindication, below)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:is|would|could) (?:it|that|this|they) (?:be )?(?:\w+ )?(?:safe|ok|okay|dangerous|bad|risky|harmful) (?:with|for (?:people|someone|anyone|patients) with|if (?:i|you|he|she|someone|they) (?:have|has)) (?:my |his |her |a |an )?(?:\w+ )?FOCUS/i,
    kinds: DRUGLIKE,
    why: '"can I take pseudoephedrine or is that dangerous with glaucoma": the medicine of the message weighed against a condition (a second medicine is an interaction, above)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:contraindicat\w*|pregnan\w*|trying (?:for a baby|to conceive|to have a baby|to get pregnant)|ttc|breast ?feeding|breast ?feed|nursing|allergic|(?:safe|ok|okay|dangerous) (?:to take )?(?:during|while|when|if|for|in) (?:pregnan\w*|breast ?feeding|nursing|children|kids|elderly|i am|i'm|someone|people|patients)|while (?:pregnant|breast ?feeding|nursing)|(?:safe|ok|okay|alright) to (?:take|use|be on|keep taking) (?:it |this |that |them |FOCUS )?(?:while|when|if) (?:we(?:'re| are)|i(?:'m| am)|she(?:'s| is)) trying|precautions?|who should not (?:take|use))\b/i,
    kinds: DRUGLIKE,
    why: 'asks whether it is safe for a group of people, or while trying for a baby ("is it safe to take while we\'re trying?")',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:(?:shouldn'?t|should not|can'?t|cannot|must not|mustn'?t) (?:children|kids|babies|infants|teens?|teenagers|pregnant women|older people|the elderly)|(?:should|can|must) (?:children|kids|babies|infants|teens?|teenagers|pregnant women|older people|the elderly) not) (?:be given|take|have|use)\b|\bwho (?:shouldn'?t|should not|can'?t|cannot|must not) (?:take|use|be given)\b/i,
    kinds: DRUGLIKE,
    why: '"why shouldn\'t children be given aspirin", "who should not take it": people it does not suit',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:take|taking|use|using|give|giving|have|having) (?:my |his |her |the |some |an? )?FOCUS\b.{0,60}\b(?:when|while|whilst|if) (?:you(?:'re| are)|i(?:'m| am)|he(?:'s| is)|she(?:'s| is)|we(?:'re| are)|they(?:'re| are)) (?:already |still |also )?(?:on|taking) (?:my |his |her |the )?FOCUS\b/i,
    minDrugs: 2,
    why: '"is it ok to take advil for a headache when you are on cyclosporine?": one medicine while on another is how they go together (before the rule for whether a medicine suits the person)',
  },
  {
    type: 'contraindications',
    pattern:
      /\b(?:is it|is that|would it be|it is) (?:\w+ )?(?:safe|ok|okay)(?: for (?:me|him|her|them|my \w+))? to (?:take|use|keep taking|keep using|continue taking|be on) (?:my |his |her |the |this )?(?:FOCUS|it|this|that)\b(?! (?:that|so) long| for (?:years|so long|a long time)| every day)/i,
    kinds: DRUGLIKE,
    why: '"is it safe to take naproxen for my back pain": whether the medicine suits the person (a second medicine named with "with" is an interaction, above)',
  },
  {
    type: 'interactions',
    pattern:
      /^\W*(?:i'?m |i am |he'?s |he is |she'?s |she is |been |while )?on FOCUS\b.{0,60}\b(?:can|could|may|should) (?:i|he|she|we) (?:take|use|have|give)\b/i,
    minDrugs: 2,
    why: '"on lisinopril for blood pressure can I take ibuprofen": a second medicine while on a first',
  },
  {
    type: 'interactions',
    pattern:
      /\b(?:also|too(?! (?:low|high|much|many|often|long|fast|slow|big|small|early|late|young|old|strong|weak)\b))\b/i,
    minDrugs: 2,
    kinds: DRUGLIKE,
    why: '"can I also take aspirin": a second drug alongside a first (after the questions of safety in pregnancy or with a condition)',
  },
  {
    type: 'indication',
    pattern:
      /\b(?:(?:is|are) (?:it|they|this|that|FOCUS) (?:really |actually |also |even |now )?(?:used|prescribed|given|approved) (?:for|to treat|in)|why (?:would|do|does|did) (?:they|doctors?|(?:my|the|her|his) \w+|you) (?:give|prescribe|use|want) (?:it|this|that|them|FOCUS|(?:me|him|her|them) (?:on )?(?:it|FOCUS)) for)\b/i,
    minDrugs: 1,
    why: '"is it really used for seizures in TSC?", "why would they give it for PCOS": what a medicine of the message is for, though the question names the disease',
  },
  {
    type: 'indication',
    pattern:
      /\b(?:what (?:is|are) .{0,30}\b(?:used|prescribed|given) for|(?:used|prescribed) (?:for|to treat)|what (?:does|do) .{0,30}\btreat|(?:meant|approved|indicated|licensed) for|(?:meant|supposed) to do (?:for|to)\b|what(?:'s|s| is) (?:it|this|that|FOCUS) (?:\w+ )?for(?=\W*$|\W+and\b)|what (?:exactly )?(?:is|does) (?:it|this|that|FOCUS|(?:this|the) (?:medicine|medication|drug)) (?:\w+ )?(?:do|doing) (?:for|to)\b)\b/i,
    kinds: DRUGLIKE,
    why: 'asks what a product is for ("which patients is it meant for", "what is this medicine doing for his disease")',
  },
  {
    type: 'association',
    pattern:
      /\b(?:(?:effects?|impact|influence) of FOCUS on|FOCUS (?:vs\.?|versus|or) FOCUS\b.{0,40}\b(?:better|worse|safer|difference)|(?:better|worse|safer) than FOCUS|compared? (?:to|with) FOCUS|(?:does|can|will|could) FOCUS (?:affect|harm|hurt) (?:my |the |a |an |his |her |our )?FOCUS)/i,
    why: 'the effect of one thing on another, or a comparison of two: both ask how a pair relates',
  },
  {
    type: 'symptoms',
    pattern: aspectQuery('signs?|symptoms?|signs and symptoms|warning signs'),
    kinds: CONDITIONLIKE,
    why: '"lupus symptoms in women", "early signs of parkinson\'s": a query for the symptoms',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:why (?:(?:is|does|do|did) (?:this|it|that|they) (?:keep )?(?:happen(?:ing)?|occur(?:ring)?|keep happening|come back)|(?:this|the|it|FOCUS) (?:\w+ )?(?:happens|occurs|comes on|develops))|what (?:sets off|triggers|brings on|causes) (?:the |an? |these |those |his |her |my |their )?(?:\w+ )?(?:attacks?|episodes?|flares?|flare-ups?|crises|crisis|seizures?|spells?)|what else (?:(?:could|can|might|may|would) (?:cause|make|trigger|explain)|causes)|(?:can|could|does|do|might|may|would) (?!FOCUS\b)(?:(?!FOCUS\b)\w+ ){1,5}?(?:bring on|brings on|trigger|set off|cause|make|provoke) (?:an? |the |my |his |her |these |those )?(?:\w+ )?(?:attacks?|episodes?|flares?|flare-ups?|crises|crisis|seizures?|swellings?|relapses?)|(?:bring|brings|bringing|brought|set|sets|setting) (?:it|them|this|these|those|(?:the |an? )?FOCUS|(?:an? |the )?(?:attacks?|episodes?|flares?|flare-ups?|crises|crisis)) (?:on|off))\b/i,
    kinds: CONDITIONLIKE,
    why: '"why is this happening", "why this illness happens", "what sets off the attacks", "does beer bring it on": asks what causes it',
  },
  {
    type: 'cause',
    pattern: aspectQuery('causes?|cause of|reasons?'),
    kinds: CONDITIONLIKE,
    why: '"causes of hair loss in women": a query for the causes',
  },
  {
    type: 'genetic_changes',
    pattern: aspectQuery('genes?|genetics|mutations?|genetic (?:cause|basis)'),
    kinds: CONDITIONLIKE,
    why: '"huntington disease gene": a query for the gene',
  },
  {
    type: 'complications',
    pattern: aspectQuery(
      'complications|(?:heart|kidney|eye|vision|lung|breathing|bone|skin|liver|hearing|growth|dental|nerve) (?:problems|complications|issues)',
    ),
    kinds: CONDITIONLIKE,
    why: '"Turner syndrome heart problems", "complications of diabetes": a query for what else it leads to',
  },
  {
    type: 'research',
    pattern:
      /\b(?:clinical (?:trials?|stud(?:y|ies))|trials?|research(?:ers)? (?:on|into|about|for|being done|stud)|(?:any|some|a|new|latest|current|recent) (?:research|stud(?:y|ies))\b|research stud(?:y|ies)|(?:in|under) (?:research|development|testing)\b|experimental treatments?|registry|being (?:studied|researched|developed|investigated)|(?<!\b(?:their|his|her|my|our|your|them|him|me|us|sons|daughters|children|kids|brothers|sisters|siblings|relatives|family) )being tested)\b/i,
    why: 'trials and studies are the research section ("their being tested", "my sons being tested": relatives tested, not a treatment)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:need|needs|require|requires) (?:an? |the |more |some |any )?(?:\w+ )?(?:treatment|therapy|surgery|operation|transplant|transfusions?|infusions?)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"does she need the light treatment in the hospital": a treatment needed, wherever it is given (before the rule for doctors and hospitals)',
  },
  {
    type: 'find_specialist',
    pattern:
      /\b(?:(?:find|locate|recommend|refer|know of|looking for|search(?:ing)? for|suggest|need|see|contact)\b.{0,40}\b(?:doctors?|physicians?|specialists?|experts?|clinics?|cent(?:er|re)s?|hospitals?|surgeons?|\w+ologists?|ents?|paediatricians?|pediatricians?|consultants?|professionals?|someone who)|(?<!\b(?:at|from|in) (?:our|my|the|a|his|her) )support groups?|(?:parent|parents'?|family|families|mums'?|moms'?|dads'?) (?:support )?groups?|(?:is|are) there (?:an? |any )?(?:\w+ |\/ ){0,7}?(?:clinics?|cent(?:er|re)s?|services?|specialists?|teams?|units?)\b(?! (?:for|of) (?:treatment|testing))|(?:hospitals?|clinics?|cent(?:er|re)s?|doctors?|units?) (?:that|which|who) speciali[sz]es?\b|(?:ask|asked|be|get|getting) (?:to be )?referred to\b|(?:get|find|arrange|access|go for|be referred for|have) (?:\w+ ){0,2}?genetic counsell?(?:ing|ors?)|genetic counsell?ors? (?:near|in|who|that|for)|patient (?:organi[sz]ations?|groups?|advocacy)|(?:an?|any) (?:organi[sz]ations?|charit(?:y|ies)|foundations?|associations?|societ(?:y|ies)) (?:that|which|for|to|who|with)|(?:what|which) (?:kind of |type of )?(?:doctors?|specialists?|physicians?|hospitals?|clinics?|cent(?:er|re)s?|surgeons?)|(?:best|good|top) (?:hospitals?|clinics?|cent(?:er|re)s?|surgeons?) (?:for|in)|who (?:treats|specializes)|specialists? (?:in|for|on)|foundations? for|(?:anyone|someone|somebody|anybody) (?:i|we) (?:can|could) (?:talk|speak) to\b|(?:anyone|someone|somebody|anybody) (?:near|close to|around|in) (?:us|me|my|our|here)\b(?! (?:situation|position|shoes|case|condition|age|state)\b)|where (?:in (?:\w+ ){1,2})?(?:is|are|can|could) (?:this|it|that|they|the (?:\w+ ){0,2}?\w+) (?:be )?(?:done|offered|available|performed|given)|who (?:works?|deals?|is experienced|has experience) with|where (?:do|can|should) (?:people|ppl|i|we|you|families) go (?:for|to)|(?:other )?(?:parents|families|people|mums|moms|dads) (?:\w+ ){0,3}?(?:we|i|she|he|they) (?:could|can|might) (?:talk|speak) (?:to|with)|(?:talk|speak) (?:to|with) other (?:parents|families|people)|(?:which|what) (?:\w+ )?(?:service|services|team|unit|department)\b|refer (?:him|her|them|the patient|the pt|pt) to\b|who (?:coordinates|manages|looks after|oversees) (?:his|her|their|my|our) (?:\w+ ){0,4}?care|(?:adult|transition(?:ing)? to adult) (?:services|care|clinics?|teams?|doctors?))\b/i,
    why: 'asks for people or organizations (also where to go for a service, who coordinates care, adult services)',
  },
  {
    type: 'symptoms',
    pattern:
      /^\W*(?:(?:and|also|so|but)\s+)?(?:do|does|can|could|will|would) (?:\w+ ){1,5}?(?:have|get|show|develop) (?:any |some |mild |the )?(?:\w+ )?(?:symptoms|signs)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"do women who are carriers have any symptoms themselves": whether some people show signs (before the inheritance rules, whose "carriers" would take it)',
  },
  {
    type: 'genetic_changes',
    pattern:
      /(?:^|[-–—,:]\s)\W*(?:(?:and|also|so|but)\s+)?(?:which|what) (?:\w+ )?genes?\b(?! (?:tests?|testing|counsell?ing|counsell?or))/i,
    kinds: CONDITIONLIKE,
    why: 'a question opening with "which gene" asks about the gene, even when it goes on about carriers or screening (before the inheritance rules)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:chances?|likely|risk|odds) (?:that )?(?:it|this) (?:will )?(?:happens?|comes?) (?:again|back)\b/i,
    kinds: CONDITIONLIKE,
    told: /\b(?:baby|babies|born|pregnan\w*|expecting)\b/i,
    why: '"Our first baby was born with spina bifida. What are the chances it happens again?": in a next baby, which is how it passes in families (labeling guide)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:(?:get|got|inherit|inherited) (?:it|this|FOCUS) (?:\w+ )?from (?:me|us|one of us|him|her|(?:my|his|her|our|their) (?:dad|father|mom|mum|mother|parents?|side)))\b/i,
    kinds: CONDITIONLIKE,
    told: /\b(?:dad|father|mom|mum|mother|husband|wife|parents?)\b/i,
    why: '"My husband has Fabry disease. We are expecting a girl. Can she get it from him?", "my dad has it, did I get it from him?": having it from a parent is how it passes in families ("catch it from" is catching it)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:chances?|odds|likelihood|risk|possibility|probability) (?:that )?(?:i|he|she|we|they|my \w+) (?:got|have|has|inherited|carry|carries|will get|will develop)(?: it| this| the gene| FOCUS)?(?:\W*$|,)/i,
    kinds: CONDITIONLIKE,
    told: /\b(?:mom|mum|mother|dad|father|parents?|grand(?:mother|father|ma|pa|mum|mom|dad)|brother|sister|aunt|uncle|cousin|family)\b/i,
    why: '"My mom has Huntington\'s disease ... What are the chances I got it?": the chance of having it from a relative is how it passes in families',
  },
  {
    type: 'inheritance',
    pattern: new RegExp(
      `\\b(?:(?:chances?|odds|likelihood|likely|risk|possibility|probability|50/50|50-50|fifty[- ]fifty)\\b.{0,30}?\\b(?:(?:our|my|his|her|their|the|a|any|each|every) (?:\\w+ )?${RELATIVE}|next one) (?:\\w+ ){0,3}?(?:have|has|having|get|gets|getting|ends? up with|develop|develops|inherit(?:s|ing)?|carry|carries|(?:be|is|being) (?:affected|born with|sick|ill))|(?:will|would|could|can|might|may) (?:our|my|his|her|their|the) (?:\\w+ )?${RELATIVE} (?:also |ever |too )?(?:inherit|be (?:affected|born with))|(?:will|would|could|can|might|may) (?:our|my|his|her|their|the) (?:next|future|unborn|second|other) (?:baby|child|one|pregnancy) (?:also |ever |too )?(?:have|get|be)|(?:another|a second|a next|one more) (?:baby|child|pregnancy)\\b.{0,40}\\b(?:have|get|be affected|be born with|happen again|happens again)|(?:will|would) (?:our|my|his|her|their) (?:\\w+ )?${RELATIVE} (?:also |ever )?(?:get|have|develop) (?:it|this|FOCUS)(?: too| as well| later| one day)?(?=\\W*$)|(?:chances?|odds|likelihood|risk) (?:of|that) (?:\\w+ ){0,2}?having (?:a|an|another) (?:\\w+ )?(?:baby|child|son|daughter) (?:with|who has)|(?:our|my) (?:\\w+ )?${RELATIVE} (?:will|would|is going to) (?:also |definitely )?(?:have|get|inherit|be born with) (?:it|this|FOCUS)|^(?=.*\\b(?:bab(?:y|ies)|pregnanc(?:y|ies)|child(?:ren)?|kids)\\b).*\\b(?:chances?|odds|likelihood|risk) (?:of |that )?(?:it|this|that) (?:will )?(?:happens?|happening|occurs?|occurring) again|(?:chances?|odds|likelihood|risk|probability) (?:that )?(?:he|she|they) (?:also |too )?(?:has|have|will have|gets|get|will get|is affected|are affected|inherits|inherit|inherited|carries|carry) (?:it|this|FOCUS)|happen(?:s|ing)? again\\b.{0,30}\\b(?:another|next|future|a second) (?:baby|child|pregnancy)|(?:is|are|would|will) (?:my|our|his|her) (?:\\w+ )?${RELATIVE} (?:now |also )?(?:more |less )?(?:likely|at risk) to (?:get|have|develop)|(?:chances?|odds|likelihood) (?:that )?i (?:also )?(?:have|carry|inherited|got|will get|will have) (?:it|this|FOCUS) (?:too|as well)|(?:do|does|would|will) (?:her|his|my|our|their) (?:\\w+ ){0,2}?${RELATIVE} (?:also )?(?:have|has) (?:a )?(?:higher|greater|bigger|increased) (?:chance|risk)|(?:more|less) likely to (?:get|develop|have|inherit) (?:it|this|FOCUS) because (?:i|we|my \\w+|her \\w+|his \\w+) (?:have|has|had)|^(?![^?]*\\b(?:tests?|tested|testing|screen\\w*|detect\\w*|checked)\\b).*\\b(?:our|my|the|a|his|her) (?:next|future|second) (?:baby|babies|child|children|kids?|pregnancy|pregnancies)|(?:any|my|our) (?:other|future|more) ${RELATIVE} (?:\\w+ ){0,3}?(?:have|get) (?:it|this|FOCUS)|^(?=.*\\b(?:more|other|future) (?:children|kids|babies)\\b).*\\b(?:will|would|could) (?:they|he|she) (?:\\w+ )?(?:have|get) (?:it|this|FOCUS)|(?:should|do|must) (?:my|our) (?:\\w+ )?${RELATIVE} (?:\\w+ ){0,3}?be (?:worried|concerned|scared)|(?:is|could|can|might) (?:it|this|that|FOCUS) (?:\\w+ )?(?:be )?genetic\\b(?! test)|(?:parents?|couples?|people) (?:\\w+ ){0,2}?(?:can|could) have (?:a|an|another) (?:\\w+ )?(?:baby|child) with (?:it|this|FOCUS)|de novo)\\b`,
      'i',
    ),
    kinds: CONDITIONLIKE,
    why: 'asks whether a child, a next baby or another relative will have it ("will my daughters get it", "can two average-height parents have a baby with it"; "can my kids get it" stays with catching it), or what a new (de novo) change means for them: recurrence in families is answered by how it is inherited (before susceptibility, whose "chance of getting it" would take it)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:(?:pass|hand) (?:it|this|FOCUS) (?:on|down) to (?:her|his|my|our|their|your) (?:own )?(?:children|kids|bab(?:y|ies)|sons?|daughters?)|(?:has|have|had) (?:\w+ )?(?:children|kids|babies)\b.{0,30}\b(?:will|would|could|might) (?:they|the kids|the children) (?:\w+ )?(?:have|get|inherit) (?:it|this|FOCUS))\b/i,
    kinds: CONDITIONLIKE,
    why: '"could she pass it on to her own children one day?", "if she has children one day, would they have FOP too?": whether it passes to a child (before the rule for catching it, whose "pass it on to her" would take it)',
  },
  {
    type: 'complications',
    pattern:
      /^\W*(?:(?:and|but|so|also)\s+)?(?:is it true (?:that )?)?(?:(?:(?:is|am|are) (?:he|she|i|they|we)|(?:he|she|they|we|i)(?:'s|'re|'m| is| are| am)) (?:\w+ )?(?:at (?:a )?(?:higher|increased|greater|more) risk (?:of|for)|more at risk (?:of|for)|more likely to (?:get|develop|have)) (?:\w+ )?FOCUS|(?:how high|what) is (?:his|her|my|their|the) risk of (?:\w+ )?FOCUS|(?:does|do|will|would|can|could) (?:it|this condition|this disease) (?:raise|increase) (?:my|his|her|their|the) (?:risk|chances?) of (?:\w+ )?FOCUS)(?:(?!\b(?:because|from|due to|after)\b).)*$/i,
    kinds: ['disease'],
    aboutEarlier: true,
    why: '"Our son has Crohn\'s disease. Is he at higher risk of colon cancer later on?", "is she more likely to get skin cancer?", "is it true he\'s more at risk of lymphoma?": another condition the one named before leads to (a risk blamed on an exposure, "because of the radiation", is who is at risk)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:(?:chances?|odds|risk|likely|likelihood|could|can|will|would|might) (?:\w+ ){0,5}?(?:happen(?:s|ing)? (?:again|a second time)|another (?:baby|child|son|daughter|one) with (?:it|this|FOCUS)))\b/i,
    kinds: CONDITIONLIKE,
    told: /\b(?:another (?:baby|child|pregnancy)|next (?:baby|child|pregnancy)|(?:future|later|new) pregnanc(?:y|ies)|more (?:children|kids|babies)|try(?:ing)? (?:again|for (?:another|a second))|pregnant again|second (?:baby|child))\b/i,
    why: '"we would like another baby, what are the chances it happens again?", "are we likely to have another baby with it?": the chance that a next baby has it (guide: inheritance; whether it happens again to the person is who is at risk, below)',
  },
  {
    type: 'susceptibility',
    pattern:
      /\b(?:more (?:common|likely|frequent|prone) (?:in|among|for)|risk factors?|(?:am|are|is) (?:i|we|he|she|they) at (?:higher |greater |more |any )?risk|(?:men|women|males|females|children|adults|boys|girls) (?:or|vs|versus) (?:men|women|males|females|children|adults|boys|girls)|(?:chances?|odds|likelihood|likely|risk) (?:to (?:us|me|him|her|them|others|other people) )?(?:of|that|for) (?:me |him |her |us |them |my \w+ )?(?:getting|get|developing|develop|catching|catch)|contagious|(?:could|can|will|might|would) (?:i|he|she|we|you) (?:\w+ )?(?:give|pass|spread|transmit) (?:it|this|FOCUS) (?:on )?to (?:him|her|them|others|other people|people|(?:my|his|her|our) (?:partner|husband|wife|boyfriend|girlfriend|friends?|flatmates?|colleagues?|classmates?))\b(?! (?:own )?(?:children|kids|bab(?:y|ies)|sons?|daughters?|grandchildren)\b)|(?:is|are) (?:it|this|that|they|FOCUS) (?:\w+ )?(?:catching|infectious|transmissible)|(?:can|could|will|would) (?:i|you|he|she|we|they|a person|someone|(?:my|our|his|her|their) \w+) (?:also |still |ever )?(?:get|catch|develop|contract|inherit) (?:it|this|FOCUS)(?! from (?:me|us|(?:his|her|their|my|our) (?:mother|father|mom|dad|mum|parents?)))|(?:will|would) (?:i|you|he|she|we|they|(?:my|our|his|her|their) \w+) (?:also |ever )?have (?:it|this|FOCUS)(?: too| as well| later)?(?=\W*$)|(?:am|is|are) (?:i|he|she|we|they|(?:my|our|his|her|their) \w+) (?:also )?going to (?:get|have|develop) (?:it|this|FOCUS)|at (?:a |an )?(?:high|higher|increased|greater|more|any|bigger|special) risk|(?:more |less )?(?:prone|susceptible|predisposed) to|(?:am|are|is) (?:i|we|he|she|they|my \w+|our \w+) (?:more |less )?likely to (?:get|develop|have|catch)|(?:spread|transmitted|passed) (?:from|to|between) (?:person|people|others|humans|partners)|(?:get|catch) (?:it|this|FOCUS) off (?:me|him|her|us|them)\b|(?:is|are|will|would) (?:she|he|they|it|i|FOCUS) (?:still )?(?:be )?(?:infectious|contagious|catching)\b|(?:get|catch) (?:it|this|FOCUS) from(?! (?:one of )?(?:us|me|(?:his|her|their|my|our) (?:mother|father|mom|dad|mum|parents?|husband|wife|partner)))|how (?:is|are|does|do|can|could|did|would) (?:FOCUS|it|this|that|you|one|people|someone|a person|i|he|she|we|they|my \w+) (?:\w+ )?(?:spread|transmitted|caught|catch|contract(?:ed)?)|(?:chances?|odds|likelihood|risk) (?:of |that )?(?:it|this|that) (?:will )?(?:happens?|occurs?|comes? back|happening|occurring) again|(?:chances?|odds|likelihood|risk) (?:that )?(?:i|he|she|we|they|my \w+) (?:will )?(?:have|get|develop|inherit(?:ed)?) (?:it|this|FOCUS)|(?:boys|girls|men|women|males|females|children|adults|people|kids|patients|those) (?:with FOCUS )?(?:get|have|develop) (?:it|this|FOCUS) (?:worse|more(?: often)?|less|earlier|later)|having (?:another|a second|more) (?:baby|babies|child|children|kids?) with(?! (?:it|this|FOCUS)))\b/i,
    why: 'asks who is more likely to get it, whether (and how) one can catch it, or whether it happens again in the family',
  },
  {
    type: 'frequency',
    pattern:
      /\b(?:how (?:common|rare|prevalent|frequent)|how many (?:people|children|persons|cases|individuals)|prevalence|incidence|how often (?:does )?FOCUS (?:occurs?|happens?))\b/i,
    why: 'asks how many are affected ("how often achondroplasia occurs")',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:how (?:is|was|can|could|would|will|do you|do they|do doctors) (?:it|this|that|FOCUS|the diagnosis)? ?(?:\w+ )?(?:be )?(?:confirmed|proven|proved|ruled (?:in|out)|confirm(?: it| that| this)?)\b|(?:need|have|get|getting|having) (?:\w+ ){0,2}?(?:yearly|annual|regular|routine|follow-up) (?:checks?|check-?ups?|scans?|echos?|eye (?:tests?|exams?)|blood tests?|screening|monitoring)|how often (?:should|do|does|will|must) (?:i|he|she|we|they|my \w+|our \w+) (?:\w+ ){0,2}?(?:getting|get|have|having|need) (?:an? )?(?:checks?|check-?ups?|scans?|echos?|echocardiograms?|eye (?:tests?|exams?)|blood tests?|mris?|ultrasounds?))\b/i,
    kinds: ['disease'],
    why: '"how is it confirmed then?", "does she still need yearly checks?", "how often should I be getting echos?": the tests that confirm it or keep watch on it',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:siblings|brothers?|sisters?|children|kids|sons?|daughters?|family(?: members)?|relatives|parents)\b.{0,40}\b(?:tested|screened|checked|testing|screening)\b.{0,40}\b(?:carriers?|carry (?:it|the gene)|for the gene)\b/i,
    kinds: CONDITIONLIKE,
    why: '"do his sisters need testing to see if they are carriers": whether relatives carry it is inheritance (whether they should be tested at all is diagnosis, below)',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:(?:could|might|can) (?:it|this|that) (?:be|really be) FOCUS (?:instead|after all|too)|(?:do|could|might|may|can) (?:i|we) (?:also )?have (?:it|this|that|FOCUS) (?:too|as well)|should (?:he|she|i|we|they|my \w+|our \w+) (?:also )?be having (?:\w+ )?(?:checks|check-ups|scans|tests|screening))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"could it be haemophilia instead?", "could I have it too?", "should she be having heart checks now?": whether someone\'s signs are it, and checks for it (labeling guide: diagnosis; whether a sibling has it too is inheritance)',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:how (?:is|are|was|do|does|can|would|will) .{0,40}\bdiagnos\w*|diagnostic tests?|(?:what|which) (?:kind of |sort of |type of )?(?:other |more |further |additional |else )?(?:tests?|scans?|exams?) (?:would|will|can|could|should|do|does|to|is|are)\b|how to (?:know|tell|find out|check|confirm) (?:if|whether)|how (?:do|does|can|would|will) (?:doctors?|they|you|the doctors?) (?:decide|tell|know|determine|distinguish|differentiate)\b|(?:how|when|where) (?:is|are|was|would|will|can|could|do|does) (?:\w+ ){0,3}?(?:picked up|detected|spotted|screened)\b|(?:part of|included in) (?:the |a )?(?:newborn |baby )?(?:heel[- ]prick|newborn screen(?:ing)?|screen(?:ing)? test)|what (?:is|are) the (?:\w+ )?(?:tests?|scans?|screening)\b|how (?:is|are) (?:the |a |this )?(?:\w+ )?(?:tests?|screening|scans?|biops(?:y|ies)) (?:done|performed|carried out|taken)\b|(?:possible|able|a way|any way|test) to (?:know|tell|find out|check|see|detect)\b.{0,40}\b(?:if|whether)\b|(?:told|tell|telling) (?:\w+ )?apart|what do (?:they|you|the doctors) do (?:for|in|during|at) the (?:\w+ )?(?:test|scan|biopsy|mri|assessment|appointment)\b|(?:does|do) (?:that|this|it|these|those) sound like (?:it|FOCUS|what)\b|(?:need|needs) (?:\w+ )?screening\b|(?:need|needs|have to have|have|get|getting) (?:an? |the )?(?:\w+ ){0,2}?(?:biops(?:y|ies)|scans?|mri|ct scan|x-?rays?|blood tests?|genetic tests?|echo(?:cardiogram)?|ecg|ekg|ultrasound|endoscopy|colonoscopy|lumbar puncture)\b|(?:distinguished|differentiated|told) from|(?:get|getting) (?:myself|himself|herself|themselves|ourselves|yourself) (?:checked|tested|screened)|(?:should|do|must|can|could|will) (?:they|he|she|i|we|you|my \w+|our \w+) (?:\w+ )?(?:have|get|do|take) (?:the |a |an )?(?:gene|genetic|blood|dna|carrier|predictive) tests?\b|(?:can|could|will|would) (?:they|you|doctors?|the doctors?) (?:test|check|screen) (?:the |my |our |a )?(?:baby|babies|child|fetus|unborn)|(?:get|getting|be|being) (?:tested|screened(?![^?]*\b(?:runs? in (?:the )?famil|inherit|hereditary)))|(?:should|must|can|could|do|does|will|would) (?:she|he|they|i|we|you|the rest of (?:us|them|the family)|(?:his|her|my|our|their) (?:\w+ )?(?:\w+ (?:and|or) )?(?:sisters?|brothers?|siblings?|sons?|daughters?|children|kids|twins?)) (?:also |too |anyway |still )?(?:be|get) checked\b(?![^?]*\b(?:runs? in (?:the )?famil|inherit|hereditary))|(?:can|could|will|would) (?:they|you|doctors?|the doctors?|we|anyone) (?:\w+ )?(?:tell|know|see|find out|check|detect|test)\b.{0,40}\b(?:whether|if) (?:the |my |our |a )?(?:baby|child|fetus|he|she|it)\b|tests? (?:for|to (?:confirm|detect|diagnose|check))|screen(?:ing|ed)? for|genetic testing|(?:do|could|might|can) (?:i|he|she|they|my \w+) (?:have|has|be having) FOCUS|(?:could|might|do|can) (?:i|he|she|they|my \w+) (?:have|has) (?:it|this|that)(?=\W*$|\s+(?:even though|even if|without (?:knowing|symptoms))\b)|(?:does|do) (?:that|this|it|these|those|the (?:\w+ )?results?) mean (?:that )?(?:i|he|she|we|they|my \w+|our \w+) (?:definitely |really |actually |probably |certainly )?(?:have|has|got)\b(?! to\b| (?:a|an|the) (?:\S+ )?(?:chance|risk)\b)|(?:is|could|can|might) (?:this|it|that) (?:really |actually |possibly |still |also )?(?:be )?(?:also |really )?(?:the |a |an )?FOCUS(?=\W*$| (?:in|for) (?:my|our|his|her|him|me|us)\b)|^\W*(?:could|might|can) (?:it|this) (?:really )?be that\W*$|^\W*(?:can|could|might|may|does|do|would) (?:\w+ ){1,4}?(?:be a sign of|be|mean) (?:i have |he has |she has |they have )?FOCUS(?=\W*$)|(?:is|could|might|can) (?:this|it|that) (?:really |actually |possibly )?(?:be )?what (?:i|he|she|they|we|my \w+|our \w+) (?:have|has|got|am suffering from|suffer from)\b|(?:can|could) (?:it|this|that|FOCUS) be (?:checked|tested|detected|seen|found|picked up|diagnosed) (?:for )?(?:early|before|during|in|on|at)\b|what (?:do|does) (?:my|the|these|this|his|her) (?:(?:test|lab|blood|urine|mri|scan|biopsy|genetic) )*(?:results?|levels?|numbers?|readings?|report|findings?) mean|how (?:can|do|would|will|could) (?:i|we|you|they|one|a person|someone|doctors?) (?:know|tell|find out|be sure) (?:if|whether|that) (?:i|he|she|it|you|we|they|someone|a person|one|(?:my|his|her|our|their) \w+) (?:has|have|is|are|got))\b/i,
    why: 'asks how it is found or tested, or whether this is it',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:inherit\w*|hereditary|heredity|pass(?:ed|ing)? (?:it |this |on |down )?(?:on|down|to (?:my|our|his|her|their) (?:children|kids|baby|son|daughter))|runs? in (?:the |my |our )?famil\w*|carriers?|autosomal|x-linked|skip (?:a )?generations?|(?:got|gotten|inherited) from (?:me|us|(?:his|her|their|my|our) (?:mother|father|mom|dad|mum|parents?|side of the family))\b|(?:get|got|inherit(?:ed)?) (?:it|this|FOCUS) from (?:one of )?(?:us|me|(?:his|her|their|my|our) (?:mother|father|mom|dad|mum|parents?|husband|wife|partner))|(?:chances?|odds|likelihood|risk) (?:that )?(?:this|the|our|my|her|his|their) (?:\w+ )?(?:baby|child|son|daughter|boy|girl|kids?|children)\b.{0,25}\b(?:will|would) (?:be affected|have it|get it|inherit)|(?:chances?|odds|risk) (?:of|that) (?:\w+ ){0,3}?(?:having|carrying|inherit\w*|have|carry) (?:the )?(?:same )?(?:gene|mutation|variant)|(?:come|came|comes|coming) from (?:one of |either of |both of )?(?:us|me|the parents|(?:his|her|their|my|our) (?:mother|father|mom|dad|mum|parents?|family|side)))\b/i,
    why: 'asks whether it passes in families ("did she get it from one of us", "could it have come from one of us")',
  },
  {
    type: 'genetic_changes',
    pattern:
      /\b(?:which|what) (?:other |else |specific )?(?:genes?|mutations?|chromosomes?)\b|\bthe (?:gene|mutation|variant|genetic change) (?:that|which) causes?\b|\b(?:a|any|one) (?:particular |specific |single |known )?(?:gene|mutation) (?:that|which) (?:causes?|is responsible|gives)\b|\bwhat (?:is|are) (?:that|this|the) (?:genes?|mutations?|variants?)\b|\bis (?:that|this|it) the (?:gene|mutation)\b|\bthe (?:gene|mutation|variant) (?:behind|responsible for|linked to|for FOCUS)\b|\bgene(?:tic)? (?:mutations?|changes?|defects?)\b|\bwhat (?:does|do) (?:the|that|this|these|those) (?:\w+ )?genes? (?:\w+ )?do\b/i,
    why: 'asks about the gene or mutation, or what the gene does',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:did (?:we|i|she|he|they) do (?:something|anything) (?:wrong|to cause)|(?:is|was) (?:it|this|that) (?:my|our|his|her) fault|(?:something|anything) (?:that )?(?:i|we|she|he) did (?:\w+ ){0,4}?caused?|(?:could|did) (?:i|we|she|he) (?:have )?caused? (?:it|this|that|FOCUS))\b/i,
    kinds: CONDITIONLIKE,
    why: '"did we do something wrong during the pregnancy", "is it my fault": parents asking whether they caused it ask what causes it',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:what (?:\w+ )?(?:should|can|do|will|would) (?:we|i|they|he|she|you|staff|carers|the family|(?:his|her|the) \w+) expect|(?:expected |usual |likely |natural )?course of (?:the )?(?:disease|illness|condition|FOCUS)|as (?:the |his |her )?(?:disease|illness|condition|FOCUS) progresses|what to expect(?= (?:as|when|over|in the (?:future|years|long))\b|\W*$)|how much time (?:we|i|he|she|they) (?:\w+ )?(?:might |may |will |would |still )?have)\b/i,
    why: 'what to expect (as it progresses), how much time we have: the outlook',
  },
  {
    type: 'cause',
    pattern:
      /\b(?:(?:does|do|can|could|will|would|might) (?!(?:it|this|that)\b)(?:\w+ ){1,3}?(?:(?<!help or )make (?:it|them|(?:his|her|my) \w+) (?:flare(?: up)?|worse)|bring (?:it|them|one|an attack|a flare|an episode) on)|(?:is|are) (?:\w+ ){1,3}?an? triggers?(?=\W*$)|what (?:is|might be|could be|would be|else could be) causing (?:it|this|that|them|these))\b/i,
    kinds: ['disease'],
    exceptKinds: DRUGLIKE,
    why: '"does the sun make it worse?", "can a chest infection make it flare up?", "is cold weather a trigger?", "what is causing it?": what brings it or its flares on (labeling guide: cause; "does alcohol make rosacea worse?", naming the condition, is left to the rules for a named exposure, as our early sets label it; "does exercise help or make it worse?" is daily life)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:if we (?:try|have another|have more)\b.{0,30}\b(?:could|will|would|might) (?:it|this) happen again|(?:get|got|inherit|inherited) (?:the |this |that |her |his )?(?:\w+ )?(?:mutation|gene|variant|change) from (?:one of us|us|me|him|her|(?:his|her|my|our) \w+)|(?:can|could|do|does) (?:daughters|sons|girls|boys|women|men|females|males) (?:carry|be carriers|pass)|how (?:did|could|can) (?:i|he|she|they|we|my \w+) (?:get|have) (?:it|this)\b.{0,40}\b(?:neither|none|nobody|no one)\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"if we try again, could it happen again?", "did she get the mutation from one of us?", "can daughters carry it?", "how did I get it when neither of my parents has it?": how it passes in families (labeling guide: inheritance)',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:will (?:it|this|FOCUS|the (?:\w+ )?(?:rash|patches|spots|swelling|numbness)) (?:\w+ )?spread (?:to|up|down|all over|through|over)|(?:is|are) (?:that|it|this|they|the \w+) (?:\w+ )?going to be permanent|(?:will|would|do|does) (?:he|she|they|i|we|my \w+|our \w+|kids|children) (?:\w+ )?(?:outgrow|grow out of) (?:it|this|that|them)|(?:will|is) (?:he|she|they|my \w+|our \w+) (?:going to )?be (?:ok|okay|alright|all right|fine)(?=\W*$)|(?:my|his|her|our) \w+ will be (?:ok|okay|alright|all right|fine)(?=\W*$)|will (?:he|she|they|i) have (?:\w+ ){0,2}?problems (?:later|when (?:he|she|they) (?:is|are|gets?) older|as (?:he|she|they) (?:grows?|gets?) (?:up|older)))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"will it spread up her leg?", "is that going to be permanent?", "will he outgrow it?", "my daughter will be okay?", "will he have learning problems later on?": the course of the condition (labeling guide: prognosis)',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:(?:at what age|what age|how old) (?:do|does|will|would|are|is) (?:\w+ ){0,4}?(?:usually |typically |normally )?(?:stop|lose|start losing|need) (?:walking|talking|the ability to \w+|a wheelchair)|(?:will|would|could) (?:he|she|i|they|we|my \w+|our \w+) (?:eventually |ever )?lose the ability to \w+|life expectancy|lifespan|life span|outlook|prognosis|survival (?:rate|chances?)|how (?:long|much time|many years) (?:will|can|do|does) .{0,30}\blive|will (?:he|she|they|i|we|my \w+|our \w+) ever (?:be able to )?(?:sit|stand|walk|talk|speak|run|see|hear|read|get (?:better|back|those|it back|over)|recover|improve|catch up)\b|(?:what (?:does|will) (?:the|his|her|their|my|our) future (?:look like|hold)|future (?:looks? like|holds?) for)|(?:will|would|am|is|are) (?:i|he|she|they|we|my \w+)? ?(?:eventually |going to |gonna )?end up (?:on|in|needing)|(?:does|will|would) (?:it|this|they|FOCUS) ever (?:go away|stop|get better)|(?:does|will|would|could) (?:it|this|they|FOCUS) (?:eventually )?stop (?:at some point|eventually|on its own|by itself|getting worse|progressing|spreading)|is (?:it|this) for life|(?:get|gets|getting) worse to the point\b|will (?:my|his|her|their|our) (?:\w+ ){0,2}?(?:sight|eyesight|eye sight|vision|hearing|speech|memory|strength|movement|walking|feeling) (?:ever )?(?:come back|return|recover|improve)\b|(?:is|are) (?:he|she|i|they|we|my \w+) (?:\w+ )?likely to (?:keep|continue|go on) (?:having|getting)\b|will (?:his|her|my|their|our) (?:kidneys?|liver|heart|lungs?|eyesight|vision|hearing|muscles?) (?:\w+ )?(?:fail|give up|stop working|give out)|(?:is it|how) likely (?:that )?(?:he|she|i|they|we|my \w+) (?:will|would) (?:stop|lose|need|end up)|how long (?:until|before|till) (?:i|he|she|they|we|my \w+|our \w+) (?:\w+ ){0,2}?(?:need|needs|end up|lose|loses|can'?t|cannot|become|becomes|stop|stops)\b|(?:is|are|am) (?:he|she|i|they|we|my \w+) (?:\w+ )?likely to need\b|will (?:he|she|i|they|we|my \w+) (?:eventually |ever |one day )?need (?:a |an )?(?:dialysis|transplant|kidney transplant|liver transplant|wheelchair|ventilator|feeding tube)\b|what happens to (?:a|the|our|my|his|her) (?:\w+ )?(?:baby|babies|child|children|kids?|person|people|patients?) (?:who|that|with)\b|(?:can|could|will|would|might|may|does) (?:it|this|they|(?:the )?FOCUS|the (?:\w+ )?(?:tumou?rs?|cancer|cysts?|growths?|polyps?|stones?|lumps?|rash|cataracts?)) (?:ever )?(?:come back|return|recur)(?: (?:afterwards|after(?: the)? (?:\w+ )?(?:surgery|operation|treatment|transplant))| later| again)?(?=\W*$)|what happens (?:to (?:\w+ ){1,4}?)?(?:in|during|after|as|when) (?:adulthood|adult life|puberty|old age|(?:he|she|they) (?:gets?|grows?) (?:older|up))|keep (?:growing|getting (?:worse|bigger)|progressing|spreading)|how long (?:does|do|will|would) (?:she|he|they|i|we|my \w+|FOCUS) (?:\w+ )?(?:have|last)(?: left)?(?=\W*$)|(?:is|are) (?:it|this|that|they|FOCUS) (?:\w+ )?(?:fatal|terminal|deadly|serious|life[- ]threatening)|(?:get|gets|getting) (?:worse|worse or better|better or worse) (?:fast|quickly|slowly|over time|as time goes on|with (?:time|age))|(?:go|goes|going|went) downhill|(?:likely|going) to (?:get|become|go on getting) worse|will (?:it|this|FOCUS|he|she|they|(?:my|his|her|the) (?:disease|condition|illness)) (?:\w+ )?(?:get|become) worse\b|(?:it|this|FOCUS) (?:can|will|may|might|could) (?:\w+ )?(?:get|become|keep getting) worse (?:until|till|over|as|with)\b|live (?:into|to|past|beyond) (?:their |his |her |my |our )?(?:\w+ )?(?:teens|twenties|thirties|forties|fifties|sixties|adulthood|old age)|live (?:a )?(?:long|normal|full) li(?:fe|ves)|(?:get|gets|getting) better with (?:the |his |her )?(?:treatment|time|medicine|medication|therapy)|how long (?:does|will|did|would) (?:it|this|FOCUS) (?:usually |normally )?take (?:before|until|to)\b(?! (?:start |begin )?(?:work|kick in|help|take effect))|(?:go|goes|keep|keeps) on getting worse|what (?:is likely to|will|would|might) happen\b(?! if (?:i|he|she|we|you) (?:miss|forget|stop|take))|how (?:fast|quickly) (?:will|does|do|is|are) (?:it|this|FOCUS|they|(?:his|her|my) \w+) (?:\w+ )?(?:progress|progressing|get worse|getting worse|spread)|(?:any|is there|there is|no) hope|recover(?:y)? (?:completely|fully)|full recovery|(?:will|do|does|can|would) (?:he|she|they|people|i|we|my \w+) (?:ever )?(?:fully |completely )?recover|will (?:he|she|they|i|we|my \w+|our \w+) (?:ever )?(?:be able to )?(?:look|be|speak|talk|walk|grow|live|develop|see|hear) (?:\w+ )?normal(?:ly)?|die (?:from|of))\b/i,
    why: 'asks about the course and outlook',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:grow out of (?:it|this|them|FOCUS)|(?:have|be stuck with|live with) (?:it|this|them|FOCUS) (?:forever|for life|for the rest of (?:my|his|her|their) li(?:fe|ves))|go away (?:on (?:its|their) own|by (?:itself|themselves)|alone|without (?:any )?(?:medicines?|medications?|treatment))|(?:is|will) (?:it|this|FOCUS) (?:be )?(?:permanent|last forever))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"will I grow out of it or have it forever", "will it go away on its own", "is possible the sarcoidosis go away alone without medicine?": the course it takes',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:(?:become|get|getting|becoming) (?:more|less) (?:frequent|common|often|severe|serious)\b|(?:become|get) more(?=\W*(?:in|with|during|as|later|$)\b))/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"do the fractures become less frequent as children get older", "will my seizures become more in pregnancy": how the condition changes over time',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:stop|stops|prevent|prevents|keep|keeps) (?:me|her|him|us|them|you|(?:my|our) (?:\w+ )?(?:son|daughter|child|wife|partner)) (?:from )?(?:having|getting) (?:children|kids|a baby|babies|pregnant)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"will it stop me having children": what the condition can lead to (before prevention, whose "stop ... from having" would take it)',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:be prevented|prevention|(?:cut down|reduce|lower|lessen|decrease) (?:\w+ ){0,3}?(?:how many|the number of|how often) (?:\w+ ){0,2}?(?:attacks?|episodes?|flares?|crises|seizures?|infections?)|stop (?:(?:her|him|me|them|us|you|my \w+) )?(?:from )?(?:getting|having|developing|catching) (?:them|it|this|these|those|any more|more|another|again|so many|all the time)\b|stop (?:her|him|me|them|us|you) (?:from )?having (?:further|more|any more|another|new|repeated) (?:\w+ )?(?:attacks?|relapses?|episodes?|seizures?|flares?|flare-ups?|crises|crisis|strokes?|clots?|infections?)|(?:anything|something|ways?|medicines?|medications?|treatments?|drugs?) (?:that |which )?(?:(?:can|could|will|would|might|to) (?:help )?prevent|prevents) (?:it|this|them|FOCUS)\b|(?:have|get|having|getting) (?:fewer|less) (?:\w+ )?(?:attacks?|episodes?|flares?|flare-ups?|crises|migraines|seizures|infections|headaches|relapses)\b|(?:to|can (?:i|we|she|he)|could (?:i|we|she|he)) keep (?:\w+ )?from (?:swelling|bleeding|flaring|having|getting) |stop (?:having|getting) (?:more|further|any more|another|new|repeated) (?:\w+ )?(?:attacks?|episodes?|flares?|flare-ups?|crises|crisis|relapses?|infections?|stones?|clots?|bleeds?|seizures?)|(?:stop|keep) (?:it|them|this|FOCUS) (?:from )?(?:flaring(?: up)?|coming back|recurring|returning)|stop (?:this|it|that|these|them) (?:from )?happening (?:again|every time|each time|so often|all the time)|(?:how|way) (?:can|do|could|to|would)? ?(?:i|we|you(?: guys| all)?|one|people|someone)? ?(?:prevent|avoid getting|avoid catching|stop getting|stop catching)|vaccines? (?:for|against)|(?:lower|reduce|decrease|cut) (?:my|the|our|their|his|her|your|its) (?:\w+ )?(?:risk|chances?)|(?:stop|keep|protect)\b.{0,40}\bfrom (?:getting|catching|developing|having)|(?:don'?t|do not|doesn'?t|won'?t|never) (?:get|have|develop|catch) (?:another|it again|them again|one again|that again)|(?:keep|stop) (?:it|them|this|FOCUS) from (?:coming back|happening again|returning|recurring)|do to (?:avoid|prevent|keep from getting|not get)|how (?:can|do|could|should|to) (?:i |we |you |one |they )?protect\b|(?:stop|stops|keep|keeps|prevent|prevents) (?:the |his |her |these |those |my |our )?(?:\w+ )?(?:crises|crisis|attacks?|episodes?|flares?|flare-ups?|seizures?|swellings?|ulcers?|it|them|FOCUS) (?:from )?(?:happening|coming back|coming|starting|occurring|returning|recurring)\b|(?:stop|keep|prevent) (?:it|this|them|FOCUS) (?:from )?(?:turning|developing|progressing|becoming|going) (?:into|to)\b|(?:does|do|can|will|would) (?:the |a |this |that )?(?:\w+ )?(?:vaccines?|shots?|jabs?|injections?|FOCUS) (?:\w+ )?prevent\b|(?:are|is) (?:\w+ )?(?:attacks?|episodes?|crises|crisis|flares?|it|they|FOCUS) prevented|(?:stop|keep|protect|prevent) (?:him|her|them|me|us|you|(?:my|our|his|her) \w+) (?:from )?(?:getting|catching|developing|having) (?:it|this|FOCUS)|(?:stop|prevent|keep) (?:them|it|these|those|FOCUS) (?:\w+ )?before (?:they|it) (?:even )?(?:start|begin|happen|come)|(?:avoid|prevent) (?:an? |the )?(?:\w+ )?(?:flare(?:-?ups?)?|attacks?|episodes?|crisis|crises|relapses?)\b|(?:to|for) protect (?:her|him|them|my|our|your|it)(?:self|selves)?\b|so (?:that )?(?:i|he|she|we|they|you|it) (?:do(?:es)?n'?t|do(?:es)? not|won'?t|will not|never) (?:get|have|develop|catch|form) (?:more|another|any more|it again|them again|one again))\b/i,
    why: 'asks how to avoid it, or how not to get it again ("what can I do to avoid it", "what should he eat so he does not get more stones")',
  },
  {
    type: 'complications',
    pattern:
      /\bwhat (?:other (?:\w+ )?(?:problems|issues|conditions|complications|illnesses|diseases) (?:should|could|can|might|may|do|does|will)|(?:\w+ )?(?:problems|issues|complications) (?:should|do|must|would|will) (?:we|i|you|they) (?:be )?(?:watch|watching|look|looking) (?:out )?for|(?:problems|issues|complications|damage) (?:can|could|might|may|will|does|do) (?:it|this|that|they|FOCUS) (?:cause|lead to|bring|do))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what other problems should we be watching out for", "what problems can it lead to that we should watch out for": what else the condition leads to (before the rule for signs to watch for)',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:(?:what|which) (?:are )?(?:the )?(?:(?:first|early|warning|usual|common|main|typical) )?(?:signs?|symptoms?)\b(?! (?:of (?:an? )?)?(?:overdose|side effects?))|(?:early |warning )?(?:signs?|symptoms?) (?:of FOCUS|to (?:look|watch) (?:out )?for)|(?:are|is) (?:these|this|that|those|they|it) (?:\w+ )?(?:signs?|symptoms?|part) of (?:FOCUS|it)|(?:look|looking|watch|watching) out for|(?:is|does) (?:this|that|it) (?:what )?FOCUS (?:looks?|sounds?|feels?) like|(?:this|that|it) (?:looks?|sounds?) like FOCUS|(?:is|are) (?:the |his |her |my |their |this |these |that )?(?:\w+ ){1,6}?(?:really |also |just )?part of (?:FOCUS|it|the (?:condition|disease|syndrome|illness))\b|is (?:it|this|that) (?:normal|common|usual|typical) (?:to|for (?:\w+ ){1,2}to) (?:get|have|feel|be|see|lose|go)\b|(?:is (?:that|this) )?how (?:it|this|FOCUS|they) (?:usually )?(?:starts?|begins?)\b|(?:can|could|might|is) (?:this|that|it|these|those) (?:be )?(?:an? )?(?:\w+ ){0,3}?(?:signs?|symptoms?)\b|(?:know|tell|notice) (?:if|whether|when) (?:it'?s|it is|(?:she|he|they|i) (?:is|are|am)|FOCUS is) (?:getting|becoming) worse)\b/i,
    kinds: CONDITIONLIKE,
    why: '"what signs should I look out for", "are these symptoms of X", "how would she know if it is getting worse": asks what the condition looks like',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:so (?:that )?(?:this|it|that) (?:doesn'?t|does not|won'?t|will not|never) happens? again|how (?:do|can|could|should) (?:i|we|he|she|they) (?:stop|avoid|prevent) (?:\w+ )?(?:flar(?:e|es|ing)|flare-?ups?|attacks?|crises|episodes|relapses?)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"what can he do so this doesn\'t happen again?", "how do I stop flaring every finals week?": preventing it, or its attacks',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:signs|symptoms|warning signs) (?:that )?(?:we|i|they|you|he|she) (?:should|could|might|would) have (?:noticed|seen|spotted|caught|picked up)\b/i,
    kinds: ['disease'],
    why: '"were there any signs we should have noticed earlier?": its signs',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:can|could|does|will) (?:it|this|FOCUS) (?:really |actually )?kill (?:you|him|her|me|them|people|someone)\b/i,
    kinds: ['disease'],
    why: '"can Wolff-Parkinson-White syndrome really kill you?": the outlook',
  },
  {
    type: 'find_specialist',
    pattern:
      /\bwho (?:should|can|could|would) (?:she|he|i|we|they|you) (?:be )?(?:see|seeing|go to|ask)\b|\bwho (?:can|could) (?:assess|test|diagnose|examine) (?:him|her|me|us|them)\b/i,
    kinds: CONDITIONLIKE,
    why: '"who should she be seeing?", "who can assess him?": which doctor or service',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:what|which|any) (?:\w+ )?(?:support|help|accommodations?|adjustments?) (?:will|would|does|do|should|might|could) (?:she|he|they|i|we) (?:need|get|have) (?:at|in|from) (?:school|nursery|college|university|work)|(?:realistic|feasible|sensible) (?:for (?:me|him|her|them) )?to (?:do|go|study|travel|work|live|move|spend)\b|what (?:will|would|is) (?:school|nursery|college|work|daily life) (?:going to )?be like\b)/i,
    kinds: ['disease'],
    why: '"what support will she need at school?", "would it be realistic to do a year abroad?": school and daily life',
  },
  {
    type: 'inheritance',
    pattern: /\bsomething (?:\w+ ){1,3}?carr(?:y|ies|ied)\b/i,
    kinds: ['disease'],
    why: '"is it something his birth mother carries?": carriers',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:could|can|will|might|would|does|do) (?:my|his|her|their|our|the) (?:aorta|heart|kidneys?|liver|lungs?|spleen|bowel|retinas?|eyes?) (?:\w+ ){0,2}?(?:tear|burst|rupture|fail|give out|collapse|detach|stop working|pack up)|(?:can|could|might|will|has|have) (?:it|this|they|the (?:\w+ ){0,2}?\w+) (?:already )?(?:have )?(?:damaged|harmed|hurt) (?:my|his|her|their|the) (?:heart|liver|kidneys?|lungs?|brain|eyes?|bones|joints|nerves|pancreas))\b/i,
    kinds: ['disease'],
    why: '"could my aorta actually tear?", "could his kidneys fail eventually?", "can the excess iron already have damaged my liver?": an organ the condition can harm or has harmed',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:could|might|can|do|does) (?:i|he|she) (?:also )?(?:have|has) (?:got )?the same (?:thing|condition|disease|problem)\b/i,
    kinds: ['disease'],
    why: '"my late brother had it ... could I have the same thing?": whether someone\'s signs could be it',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:is|are) (?:alcohol|drinking|wine|beer|coffee|caffeine) (?:\w+ )?(?:ok|okay|safe|allowed|alright|fine)\b/i,
    kinds: CONDITIONLIKE,
    maxDrugs: 0,
    why: '"I have hemochromatosis. Is alcohol ok?": a drink with a condition is daily life (with a medicine it is an interaction)',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:is there|are there|any) (?:an? )?(?:increased|higher|raised|greater|bigger) (?:risk|chance) of FOCUS\b/i,
    kinds: ['disease'],
    aboutEarlier: true,
    why: '"I have achalasia ... is there an increased risk of oesophageal cancer?": another condition the one named before leads to',
  },
  {
    type: 'prognosis',
    pattern:
      /\bhow long (?:is|will|does|do|are) (?:he|she|i|they|we|(?:my|our|his|her) \w+) (?:going to |gonna )?(?:feel|be|stay|remain) (?:this|so|that|as) (?:tired|ill|sick|weak|exhausted|poorly|unwell|rough|bad)\b/i,
    kinds: ['disease'],
    why: '"how long is she going to feel this tired?": how long the illness lasts',
  },
  {
    type: 'prevention',
    pattern:
      /\b(?:do|does|should|will) (?:i|he|she|we|they|(?:my|our|his|her) \w+) (?:still |also )?need (?:a|an|the|another|any) (?:\w+ )?(?:jab|booster|vaccine|vaccination|immuni[sz]ation)\b/i,
    kinds: ['disease'],
    why: '"do I need a jab?" after a rusty nail, "does she need a booster?": a vaccine against the condition',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:can|could|should|may) (?:i|he|she|we|they|my \w+) (?:still )?(?:shave|wax|wear make-?up|dye (?:my|his|her) hair|get (?:my|his|her) (?:ears|nose) pierced|get a tattoo)\b|(?:no more |never (?:eat|have) (?:a |any )?|can'?t (?:eat|have) (?:a |any )?)(?:\w+ )?(?:pizza|bread|cake|pasta|burgers?|takeaways?|sweets|chocolate|junk food|fast food|beer)\b|(?:changes?|adjustments?|adaptations?|accommodations?) (?:at|in|to) (?:work|the workplace|school|(?:my|his|her) (?:job|work|workplace))|(?:carry on|keep on|continue) (?:with (?:my|his|her|their) (?:training|job|work|studies|course|degree)|lifting|carrying|standing|driving|working|walking|climbing|cooking|teaching|nursing)|(?:move|switch|transfer) (?:him|her|me|them) to (?:a )?(?:different|another|new|lighter|desk|other) (?:role|job|position|duties|shift|work)|(?:what|which) (?:\w+ )?(?:jobs?|work|roles?|duties|tasks) (?:would|could|are|is) (?:be )?(?:safe|suitable|ok|okay)|(?:manage|cope with|handle) (?:full[- ]time |part[- ]time )?(?:work|a job|their jobs?|school|university|studying)|(?:is|are) (?:walking|running|standing|working|exercise|exercising|lifting|swimming|cycling) (?:\w+ ){0,3}?(?:bad|good) for|(?:pick|lift) (?:him|her|them|the baby) up|change (?:his|her|their|the baby's) (?:nappy|nappies|diapers?)|(?:dress|bath|bathe|hold|carry) (?:him|her|them|the baby)\b.{0,30}\bwithout\b|(?:keep|continue|go back to|return to|still|carry on) (?:cycling|working|work|school|college|university|nursery|driving|drive|playing|exercising|running|swimming|travel\w*|flying|football|sports?|pe|dancing|dance|ballet|gymnastics|the gym|gym|(?:his|her|my|their) (?:job|sports?|dancing|football))|(?:be )?able to (?:do|go to|go back to|take part in|join in) (?:pe|sports?|dancing|dance|ballet|gymnastics|swimming|football|games)|(?:allowed|safe|ok|okay|fine) (?:for (?:me|him|her|them|us) )?to (?:fly|travel|drive|go abroad|go on holiday|take a plane|get on a plane|go on a plane)|(?:be|go|stay|eat|eating|keep) (?:completely |strictly |100% )?gluten[- ]free|(?:any|which|what) (?:\w+ )?(?:sports?|activit(?:y|ies)|exercises?) (?:that )?(?:(?:can|could|should|is|are|would) (?:he|she|i|they|we|my \w+)|(?:he|she|i|they|we) (?:can|could|should|would))\b|(?:what|how) (?:do|does|can|should|could|would|will) (?:\w+ ){0,2}?(?:schools?|teachers?|nurser(?:y|ies)|employers?|colleges?|universit(?:y|ies)) (?:\w+ ){0,3}?(?:put in place|provide|offer|do to help|arrange)\b|(?:ok|okay|safe|fine|alright|all right) (?:for (?:him|her|me|them|us) )?to (?:drink|have) (?:alcohol|a drink|drinks|beer|wine)\b|(?:flying|altitude|high altitude|the heat|long flights?|the flight|long[- ]haul|(?:outdoor |night |shift )?work(?:ing)?|(?:night )?shifts?|hot weather|cold weather|the cold) (?:\w+ ){0,3}?(?:ok|okay|safe|a problem|dangerous|risky)\b|(?:go back to|get back to|return to) (?:lifting|weights|weight ?lifting|training|exercise|exercising)\b|(?:do|change|eat|cut) (?:\w+ ){0,3}?(?:with|in|to) (?:my|his|her|our|the) diet\b|(?:go|going|get|stay|staying|be|come) (?:back )?on (?:a |the |this |that |her |his |my )?(?:\w+ ){0,2}?diet\b|(?:tell|inform|ask|talk to|explain to) (?:my|his|her|our|their|the) (?:\w+ )?(?:boss|employer|manager|owner|hr|work|colleagues|team|company|workplace|teachers?|school|coach)|(?:teachers?|school|coach|boss|employer|babysitter) (?:should|need to|needs to|must) know|(?:should|does|do|must) (?:the |his |her |my |our )?(?:teachers?|school|coach|boss|employer|nursery|daycare|babysitter) (?:need to )?know|(?:(?:his|her|my|our|the) school (?:can|could|will|would|should)|(?:can|could|will|would|should) (?:his|her|my|our|the) school) (?:handle|manage|deal with|cope with|help with)|(?:can|could|should|may) (?:i|he|she|we|they|you|my \w+) (?:still )?(?:drive|work|exercise|swim|fly|travel|play sports|go to (?:school|work|the gym|(?:a |the )?(?:normal |regular |mainstream |ordinary )?(?:school|daycare|nursery|preschool|kindergarten|college)))\b|go(?:ing)? to the gym|(?:be )?able to (?:drive|work|exercise|swim|fly|travel|play(?: sports| football| soccer)?|go to school|do sports|eat|drink|breast ?feed|nurse (?:her|him|the baby|my baby))\b|(?:can|could|should|may) (?:i|he|she|we|they|my \w+) (?:still )?(?:play (?:sports?|football|soccer|basketball|baseball|hockey|rugby|tennis|outside)|go (?:swimming|running|jogging|hiking|skiing|camping|to (?:daycare|camp|the pool)))\b|(?:do|doing) (?:running|jogging|sports?|exercises?|yoga|swimming|workouts?|pe|gym|games|ballet|dance|dancing|football)\b|(?:stop|give up|quit|avoid|avoiding|be avoiding) (?:playing |doing )?(?:gymnastics|trampolin(?:e|ing)|forward rolls|contact sports?|climbing|\w+ club|football|soccer|rugby|sports?|pe|dancing|dance|ballet|swimming|running|gym|training|basketball|hockey|netball)\b\b|(?:stop|avoid|cut out|give up|quit) (?:eating|drinking)\b|(?:what|which) (?:foods?|kind of food|diet)\b|what (?:should|can|could|must) (?:i|he|she|we|they) (?:\w+ )?(?:not )?(?:be )?(?:eat|drink)(?:ing)?\b|what (?:are|am|is) (?:you|we|i|he|she|they) supposed to (?:eat|drink|avoid)\b|(?:will|would|does|do|should|must) (?:his|her|my|our|their|the) (?:school|teachers?|nursery|employer|boss|coach) (?:have to |need to )?know\b|foods? (?:to|i should|should i|we should|should we) (?:avoid|eat)\b|(?:what|which) (?:kinds?|types?|sorts?) of (?:exercises?|sports?|activit(?:y|ies)|work|jobs?)\b)/i,
    kinds: ['disease', 'other', null],
    exceptKinds: DRUGLIKE,
    why: '"can I keep working", "can he still drive", "can he play football", "what will he be able to eat", "what kind of exercise is safe": living with the condition (school, work, food, driving, sport)',
  },
  {
    type: 'lifestyle',
    pattern: new RegExp(
      String.raw`\b(?:(?:can|could|may|should|is|are) (?:i|he|she|we|they|my \w+|our \w+|[a-z]+) (?:still |safely |ever |really )?(?:eat|have|drink|be allowed) (?:\w+ ){0,3}?${FOOD}|(?:is|are) ${FOOD} (?:\w+ )?(?:off the (?:menu|table)|allowed|banned|forbidden|out)|(?:not allowed|stay away from|have to avoid|need to avoid|cut out|give up|go without) (?:any )?(?:\w+ ){0,2}?${FOOD}|(?:separate|own) (?:toaster|chopping board|pans?|butter|kitchen))\b`,
      'i',
    ),
    kinds: ['disease', 'other', null],
    exceptKinds: DRUGLIKE,
    maxDrugs: 0,
    why: '"can she still have oats?", "is chocolate off the menu now?", "can I still drink wine?", "does she need a separate toaster?": food and drink with the condition (in a message naming a medicine, maybe an interaction: left to the other rules)',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:is it|would it be|is that) (?:\w+ )?(?:ok|okay|safe|fine|alright|all right|wise|a good idea) (?:for (?:me|him|her|them|us|my \w+|our \w+) )?to |(?:can|could|should|may) (?:i|he|she|we|they|my \w+|our \w+) (?:still |safely |even )?)(?:do|go|play|try|start|keep|continue|take up|go to)\b.{0,30}?\b(?:gym|exercise|exercising|sports?|swimming|running|jogging|yoga|pilates|weights|weight training|weightlifting|lifting|football|soccer|rugby|basketball|cycling|dancing|dance|hiking|climbing|martial arts|karate|judo|trampolin\w*|skiing|diving|scuba|gymnastics|ballet|boxing|marathons?|triathlons?)\b/i,
    kinds: ['disease', 'other', null],
    exceptKinds: DRUGLIKE,
    why: '"is it ok to do weight training or pilates?", "can I do yoga?": exercise with the condition',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:can|could|will|would) (?:you|i|he|she|they|we|people|someone) (?:even |still |really |ever )?(?:do|manage|cope with|handle|hold down|keep up with) (?:\w+ ){0,4}?(?:(?:night |day |long |12[- ]hour )?shifts?|full[- ]time|a full (?:day|week)|(?:a |my |his |her )?(?:job|jobs|work|teaching|school day|commute))\b/i,
    kinds: ['disease', 'other', null],
    exceptKinds: DRUGLIKE,
    why: '"will I manage a full day of teaching with it?", "can you even do night shifts with it?": work with the condition',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:what|how) (?:\w+ ){0,4}?(?:can|could|should|do|must|would) (?:i|we|they|the school|teachers?|staff)\b.{0,50}\b(?:at|in|during|around) (?:work|the workplace|the office|school|class|the classroom|(?:my |our |the |his |her )?(?:lessons?|pe|gym class|training|practice|matches|games|nursery|daycare|playground))\b|(?:what|which|any) (?:\w+ )?(?:adjustments?|accommodations?|adaptations?) (?:should|can|could|do|must|would|to|at|in|for|have|help|helped|work)\b|(?:sports?|exercises?|exercising|training|stretching|flexibility|physical activit(?:y|ies)|activit(?:y|ies)|dancing|dance|ballet|swimming|running|football|soccer|basketball|marathons?|cycling|hiking|climbing|weights|lifting|(?:paddling )?pool|baths?|bathing)\b.{0,60}\b(?:safe|ok|okay|dangerous|risky|allowed|avoid)\b|\b(?:safe|ok|okay|allowed) (?:for (?:\w+ ){1,2})?to (?:play|do sports|take part|join in|exercise|train|dance|swim|run|do (?:these|those|the|such|all the) (?:\w+ )?(?:activities|sports|things))\b|\bsit out (?:of )?(?:pe|sports?|games|lessons|matches|training)\b|\b(?:allowed|able) to do (?:\w+ )?(?:at|in|during) (?:playtime|break ?time|recess|pe|games)\b|\b(?:classroom|teaching|school) (?:strategies|support|adjustments|tips)\b|\b(?:go|come|get) (?:in|into) the (?:pool|water|sea)\b|\bfoods?\b.{0,25}\b(?:avoid|allowed|manage|limit)\b|(?:manag(?:e|ing)|handl(?:e|ing)|plan(?:ning)?|control(?:ling)?) (?:\w+ )?(?:food|meals|eating|snacks|diet)\b|(?:participation|adaptations?|adjustments?|accommodations?) (?:in|at|for|during) (?:school|work|class|pe|sports?)\b|(?:diet|food|meals?|lunch\w*) at school|school (?:lunch\w*|meals?|dinners?)\b|diet (?:tips|advice|ideas|plans?|suggestions)\b|\bdiets? (?:that|which) (?:helps?|works?|could help|might help)|(?:special|particular|specific) diets?\b|(?:look for|find|get|need) (?:a )?(?:different|another|new) (?:job|career|line of work)\b|(?:change|quit|leave|give up) (?:my |his |her |their )?(?:job|career)\b|(?:carry on|keep on|go on) (?:driving|working|walking|living|travel+ing|flying)\b|(?:long )?(?:flights?|flying|air travel|travel+ing abroad) (?:is |be )?(?:advisable|safe|ok|okay|allowed|wise|sensible)\b|(?:manage|cope|get by|live) (?:from )?day to day\b|(?:exercise|walking|dancing|swimming|activity|sports?)\b.{0,40}\b(?:do (?:him|her|me|them|us) good|be good for (?:him|her|me|them|us))|go to (?:a |the )?(?:normal|regular|mainstream|public|ordinary|local) school\b|(?:attend|start) (?:\w+ )?school\b|(?:give up|cut out|avoid(?:ing)?|stop eating|no more)\b.{0,20}\b(?:chocolate|shellfish|nuts|dairy|milk|cheese|meat|sugar|salt|bread|gluten|coffee|alcohol|wine|beer|fruits?|vegetables|fish|eggs|soy|fried food|caffeine|carbs|sweets)\b|(?:does|do|would|can|will) (?:\w+ )?(?:diet|food|exercise|eating|sleep)\b.{0,20}\b(?:matter|help|affect|make a difference))/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what adjustments should we make at work", "what can we do in the classroom to help her", "what physical activity is safe for him", "which foods must she avoid", "can he go to a normal school": living with the condition at school, at work, in sport and at the table (before the rules for what can be done about it)',
  },
  {
    type: 'inheritance',
    pattern:
      /\b(?:how (?:can|could|did|does) (?:she|he|they|(?:my|our) \w+) (?:have got|have|get|got) (?:it|this|FOCUS) (?:if|when) (?:we|neither|none|nobody|no one|i|my (?:husband|wife|partner)|(?:his|her) (?:parents|mum|mom|dad))|(?:50\/50|50-50|fifty[- ]fifty|1 in 2|one in two) chance\b(?! of (?:surviv|recover|success|cure|work))|(?:50\/50|50-50|fifty[- ]fifty|1 in 2|one in two|1 in 4|one in four) chance (?:of|that) (?:\w+ ){0,3}?(?:having|getting|carrying|inheriting|has|have|gets|get|carries|inherits?) (?:it|this|the gene|FOCUS))\b/i,
    kinds: CONDITIONLIKE,
    why: '"how can she have it if we don\'t?", "does she have a 50/50 chance of having it too?": how it passes in a family',
  },
  {
    type: 'prognosis',
    pattern:
      /\b(?:(?<!\b(?:doesn'?t|don'?t|not|never|won'?t) )end up (?:on|in|like)|(?:spread|progress|move) to (?:the rest of|all of) (?:his|her|my|the|their|your) body|(?:spread|progress|move) to (?:his|her|my|the|their|your) whole body|(?:will|is|does|going to) (?:it|this|they|FOCUS) (?:\w+ ){0,2}?keep (?:coming back|recurring|happening))\b/i,
    kinds: CONDITIONLIKE,
    why: '"does this mean I\'ll end up on dialysis like her?", "is this going to spread to the rest of his body": the course it takes',
  },
  {
    type: 'lifestyle',
    pattern:
      /\b(?:(?:realistic|doable|feasible|manageable|sensible|wise) (?:for|with) (?:someone|somebody|a person|people|anyone|me|him|her)\b|(?:marathons?|running|jogging|sports?|football|rugby|gym|weights|training|swimming|diving|skiing|climbing|cycling|boxing)\b.{0,30}\bshould (?:i|he|she|we) (?:stop|quit|give (?:it|them) up|carry on|keep (?:going|on)|continue)\b)/i,
    kinds: CONDITIONLIKE,
    why: '"is that realistic for someone with Addison\'s?" of a trek, "I run marathons, should I stop?": daily life and sport with it',
  },
  {
    type: 'association',
    pattern:
      /\b(?:could|can|might|is|would) (?:the |my |his |her |their )?FOCUS (?:be )?(?:causing|behind|the cause of|responsible for|to blame for) (?:the |my |his |her |their )?FOCUS/i,
    minFoci: 2,
    why: '"could my thyroid be behind the hair loss?": a condition blamed for a sign the message is about (labeling guide: association)',
  },
  {
    type: 'symptoms',
    pattern:
      /\b(?:could|can|might|is|would) (?:the |my |his |her |their )?FOCUS (?:be )?(?:causing|behind|the cause of|responsible for|to blame for) (?:that|this|it|these|those|them|all (?:that|this|of (?:that|this|them)))\b/i,
    kinds: CONDITIONLIKE,
    why: '"I have been exhausted and my hair is falling out. Could the Hashimoto\'s be causing that?": whether signs told of belong to it (a sign named as the focus and blamed on a condition is an association)',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:(?:get|gets|spread|spreads|go|goes) (?:in ?to|to) (?:his|her|my|your|the|their) (?:blood(?:stream)?|bones?|brain|lungs?|heart|kidneys?|spine)|(?:cause|causes|give you|lead to|leads to) (?:any )?(?:\w+ )?problems (?:with|in|for) (?:your|the|his|her|my|their) (?:\w+ )?\w+)\b/i,
    kinds: CONDITIONLIKE,
    why: '"can it get into his blood", "does diabetes cause problems with your feet": what else the condition leads to',
  },
  {
    type: 'diagnosis',
    pattern:
      /\b(?:(?:home )?(?:screening|testing|test) kits?|screening (?:tests?|programmes?|programs?)|how (?:accurate|reliable|sure|certain) (?:is|are)|false (?:alarm|positive|negative)s?|what (?:does|do|will|would) (?:the |a |an |this |that )?(?:\w+ ){0,2}?(?:test(?:ing)?|screen(?:ing)?|scans?|procedure|process|biops(?:y|ies)|study) (?:\w+ )?involve|(?:get|getting|receive|receiving) (?:the |my |his |her |our )?results?|(?:need|have|get) an? (?:amnio\w*|cvs)|amniocentesis|chorionic villus)\b/i,
    kinds: CONDITIONLIKE,
    why: '"do I wait for the home screening kit?", "how accurate is the heel prick screen, could it be a false alarm?", "what does the testing process involve", "how long does it take to get the result", "would I need an amnio": how it is tested for (before the treatment and outlook rules)',
  },
  {
    type: 'prevention',
    pattern: /\b(?:boosters?|(?:still |be )protected)\b/i,
    kinds: ['disease'],
    exceptKinds: PRODUCTLIKE,
    why: '"do I need a booster to still be protected?": preventing it',
  },
  {
    type: 'treatment',
    pattern: /\b(?:go|switch|change|move) (?:on ?to|to) (?:tablets|pills|injections|a pump|insulin)\b/i,
    kinds: CONDITIONLIKE,
    why: '"can I go onto tablets at some point?": how it is treated',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:what (?:happens|will happen|would happen|could happen) if (?:we|he|she|i|they|you) (?:just )?(?:wait|waits|hold off|holds off|delay|delays|put it off|puts it off|do nothing|leave (?:it|them)(?: (?:that|so|this) long| alone)?|don'?t (?:use|wear) (?:it|them|the \w+)|don'?t treat(?: it)?)|(?:risks?|chances?) (?:of (?:an? |the )?(?:\w+ ){1,2}?)?(?:if|when) (?:we|he|she|i|they|you) (?:wait|waits|hold off|holds off|delay|delays|put it off|puts it off|do nothing|leave (?:it|them))|if (?:we|he|she|i|they) (?:wait|waits|hold off|holds off|delay|delays)\b.{0,40}\b(?:worse|damage|risk)\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what happens if he waits", "the risk of a stroke if we hold off surgery": what the condition leads to without treatment (labeling guide: complications)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:pros and cons|(?:is|are|would|will) (?:\w+ ){0,4}?(?:better|safer|more effective|best|the best option|the better option) (?:to (?!know|find out|test|be tested|get tested|wait and see)|than|for (?:him|her|me|us|them|a child|a baby|my|his|her)|option|choice|in the long run)|which (?:treatment|option|operation|surgery|procedure|approach|of the (?:treatments|options|two|operations)) (?:\w+ ){0,3}?(?:better|best|safer|recommend)|would you recommend|(?:is|are) (?:the |a |an )?(?:\w+ ){1,2}?as (?:effective|good|safe) as|works? as well as|(?:is|are) (?:one|either) (?:better|safer) than the other|should (?:he|she|we|i|they) (?:switch|go for|choose|be on both|start (?:on |taking )?(?:the |a |an )?(?:\w+ )?(?:treatment|medicine|medication|therapy|injections?|infusions?|pills?|tablets?|drug)))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"which operation is better", "is one safer than the other", "would you recommend it", "does Schroth work as well as a brace": choosing between treatments of the condition',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:has|have) (?:anyone|anybody|any of you|you|others|other people)(?:'s| else'?s)? (?:\w+ )?(?:ever )?(?:tried|used|had (?:any )?(?:success|luck|results|experience) with)|what (?:\w+ )?(?:helped|helps|worked|works) (?:for )?(?:you|others|other people|people|anyone|everyone|your \w+))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"has anyone had success with acupuncture for X", "what helped you guys": what works for others',
  },
  {
    type: 'complications',
    pattern:
      /\b(?:long[- ]term (?:effects?|problems|damage|consequences|complications)|what (?:\w+ )?damage (?:can|could|does|do|will|would|might|may)\b|(?:what|which|any|possible|potential|other|future|later) (?:\w+ )?complications?|what (?:other |\w+ )?(?:problems|damage|harm|complications) (?:can|could|does|do|will|might) (?:FOCUS|it|this|that|they) (?:cause|do|lead to|bring)|(?:will|can|could|does|would|might) (?:FOCUS|it|this|that|they|(?:my|his|her|our|their) (?:\w+'?s )?FOCUS) (?:\w+ )?(?:affect(?:ed)?|damage[ds]?|harm(?:ed)?|hurt|spread to) (?:his|her|my|your|the|their|our|other) (?:fertility|heart|kidneys?|liver|spleen|pancreas|brain|eyes?|eyesight|vision|lungs?|bones?|nerves?|muscles?|teeth|hearing|skin|joints?|blood vessels|arteries|stomach|bowels?|intestines?|growth|development|memory|fertility|organs?|(?:unborn )?baby|pregnancy)|(?:be able to|can|could)(?: (?:i|she|he|we|they|my \w+))? (?:ever |still )?(?:have|father) (?:children|kids|a baby|babies|a child)|(?:can|could) (?:i|she|we) (?:still|ever) (?:get|become) (?:pregnant|pregant)|(?:be able to|ever) (?:get|become) (?:pregnant|pregant)|(?:become|go|get|going|turn) (?:blind|deaf|paralysed|paralyzed|disabled)|what else (?:could|can|might|may|will) (?:happen|(?:this|it|that|FOCUS) (?:lead to|cause|do))\b|risks? (?:does|do|would|will) (?:it|this|the condition|the disease|FOCUS) (?:carry|pose|bring)|(?:pose|carry|poses|carries) (?:any |a |an )?(?:\w+ )?risks? (?:with|for|during|under)|make (?:me|him|her|them|us|you) (?:infertile|sterile|blind|deaf)|risks? (?:of|with|from) (?:an? )?(?:general )?(?:an(?:a)?esthe\w*|surgery|operations?|pregnancy)|(?:an? )?(?:\w+ )?complications? (?:of|from|with) FOCUS|lose (?:some of |part of |all of )?(?:his|her|my|their|the|your) (?:sight|vision|eyesight|hearing))\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"the long-term effects of X", "what problems can X cause", "will her scoliosis affect her lungs", "will he be able to have children", "can I still get pregnant": what else the condition can lead to (for a medicine, that is its side effects)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:suggest\w*|recommend\w*|advi[cs]e|guid(?:e|ance)|prescribe|need|want|looking for|look for|seeking|searching for|info(?:rmation)?|know|learn|details|tell (?:me|us)|latest|newest|new|best|available|effective|possible|proper|right|permanent|good|kindly|any)\b.{0,30}?\b(?:treatments?|therap(?:y|ies)|cures?|remed(?:y|ies)|medicines?|medications?|meds|drugs?|tablets?|pills?|solutions?)\b/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"please suggest a treatment", "information on the treatment of X", "any ayurvedic medicine", "is there a permanent solution": a request for treatments or medicines, asked about a condition (every more specific rule comes first)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:what (?:should|can|could|do|would|must) (?:i|he|she|we|they|you) (?:take|use|try|give|apply|put on)\b|be (?:reversed|undone|cured|fixed|healed|corrected|repaired|treated)|revers(?:e|ed|ible|ing)\b|(?:make|get) (?:it|them|this|these|FOCUS) (?:to )?go away|(?:any|a|some|other|another) (?:way|ways|means) (?:to|of) (?:stop|slow|halt|reverse|fix|heal|improve|shrink|cure|ease|relieve|reduce|treat|get rid|control|manage|lessen)(?!\w| (?:getting|catching|developing|it from|them from|\w+ from getting))|slow (?:it|this|FOCUS|the (?:\w+ )?progression|(?:it )?down)\b|speed up (?:the |my |his |her |their )?(?:recovery|healing)|heal (?:it |them )?(?:faster|quicker|quickly)|(?:need|needs|require|requires|(?:have|has) to (?:have|get|take)) (?:an? |the |these |those |(?:my|his|her|their) |to (?:have|get|take) (?:an? )?)?(?:\w+ )?(?:surgery|operation|procedure|transplant|antibiotics?|steroids?|chemo\w*|radiation|laser|injections?|infusions?|transfusions?|shots?|physical therapy|physio(?:therapy)?|early intervention|speech therapy|occupational therapy|medication|medicine|meds|pills|treatment)\b|(?:have|has|need|needs) to be (?:removed|operated on|drained|cut out)|(?:do|does|can|could|would|will) (?:they|doctors?|surgeons?|you|hospitals?) (?:ever |still |even |also )?(?:do|perform|offer|try|recommend) (?:\w+ ){0,2}?(?:transplants?|surger(?:y|ies)|operations?|procedures?)\b|(?:the )?only (?:choice|option|treatment|cure|way out|thing (?:that )?(?:works|helps))\b|other (?:things|options|choices|ways|treatments) (?:that |which )?(?:work|help|can)\b|how (?:to|can (?:i|we|he|she|you|one)|do (?:i|we|you)) (?:overcome|beat|fight|combat|get over)\b)/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"what should he take", "can it be reversed", "any way to slow it down", "does he need surgery", "do they ever do heart transplants", "is that the only option", "how to overcome it": what can be done about the condition',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:(?:is|are) there (?:a |any )?(?:cure|treatments?|therap(?:y|ies)|medications? for)|what (?:\w+ )?(?:treatments?|therap(?:y|ies)|cures?|treatment options?) (?:is|are) (?:there|available|out there|offered)|how (?:is|are|was|can|could|should|do|does|would) .{0,40}\b(?:treat(?:ed)?|fixed|repaired|corrected)|how\b.{0,50}\b(?:treated|be treated|treat (?:it|this|them))|(?:is|are|would|will|can) (?:it|this|they|FOCUS) (?!not\b)(?:\w+ )?(?:be )?treated\b|treatment options?|(?:treatments?|therap(?:y|ies)|cures?) (?:of|for) FOCUS|cure[ds]?|curable|first[- ]line|what (?:is|are) (?:the|this|that) (?:new|newer|latest) (?:\w+ )?(?:injections?|drugs?|medicines?|medications?|treatments?|therap(?:y|ies)|pills?)\b|(?:current |usual |recommended |standard )?management(?! of (?:food|diet|meals|eating)))\b/i,
    why: 'asks how it is treated, cured or fixed ("is it treated the same way?", "what treatments are available once a baby is diagnosed?"; "treatment of X" as the whole question too)',
  },
  {
    type: 'storage_disposal',
    pattern:
      /\b(?:get rid of|dispose of|throw (?:away|out)|dump) (?:it|this|that|them|these|those|FOCUS|the (?:\w+ )?(?:pills?|tablets?|medicines?|medications?|bottles?|leftovers?|rest))\b/i,
    kinds: DRUGLIKE,
    why: '"I found half a bottle of amoxicillin that expired. How do I get rid of it?": getting rid of a medicine is disposal (before the treatment rule\'s "get rid of")',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:what (?:exactly |else |actually )?(?:can|could|should) (?:i|we|you|be|he|she) (?:\w+ )?do|why (?:would|do|did|don'?t|won'?t|wouldn'?t) (?:they|doctors?|the doctors?|(?:his|her|my|the) \w+) not treat|get rid of|remed(?:y|ies)|relief|(?:the )?best (?:thing|things|stuff) (?:to (?:do|take|use|give) )?(?:for|to do)\b|(?:take|give|use|try) (?:something|anything) for (?:it|this|them|FOCUS|the (?:\w+ )?(?:pain|symptoms?|attacks?|itch\w*))|what (?:\w+ )?helps\b|(?:anything|something) (?:safe |good |gentle )?(?:for|to help with) (?:the |his |her |my |their )?(?:pain|itch\w*|FOCUS)\b|relieve|(?:reduce|ease|lessen|soothe|calm|control|manage) (?:(?:the|his|her|my|their|this|these|our) (?:\w+ )?)?(?:FOCUS|pain|aches?|itch\w*|swelling|symptoms?|attacks?|seizures?|cramps?|spasms?|fatigue|nausea|crises|crisis|flares?)|therap(?:y|ies)|surgery|(?:medicines?|medications?|drugs?|pills?) (?:for|to (?:help|treat|stop))|options|(?:do|does|would|will|should) (?:i|he|she|we|they|my \w+) (?:need|have|get) (?:an? )?(?:surgery|operation|procedure|transplant|medication|medicine|treatment)|what (?:do|would) you (?:suggest|recommend|advise)|how (?:can|do|could|should) (?:i|we|you|he|she) (?:fix|heal|cure|reverse|manage|control|stop|treat|help|deal with|handle) (?:it|this|that|FOCUS|my|his|her|the)|is there (?:anything|something) (?:that )?(?:i|we|you|he|she|that)? ?(?:can|could) (?:do|take|try|help)|(?:anything|something) (?:that )?(?:actually |really |else )?(?:helps|works) (?:for |with |on )?(?:the |his |her |my |their )?(?:\w+ )?(?:FOCUS|pain|aches?|itch\w*|symptoms?)\b|what else (?:can|could|should) (?:i|we|he|she|they|you) (?:do|try|take|use)|what else is there|(?:best|most effective|right) (?:\w+ )?(?:treatments?|medicines?|medications?|drugs?|cure|remed(?:y|ies)|way to (?:treat|manage|control|get rid))|(?:what|which) (?:kind of |type of |sort of )?(?:FOCUS )?(?:medicines?|medications?|drugs?|treatments?|pills?|tablets?|creams?|ointments?|lotions?|gels?|shampoos?|antibiotics?|supplements?|vitamins?) (?:can|should|could|do|would|is|are|will) (?:i|we|you|he|she|they|best|good|safe|recommended|used|help)|what (?:next|now)(?=\W*$)|help (?:me |us |him |her |them )?with (?:my|his|her|our|their) (?:\w+'?s )?FOCUS)\b/i,
    kinds: CONDITIONLIKE,
    why: 'remedies, therapies, "which cream should we use", "anything that actually helps the pain", "what next?" and "help with my son\'s X" ask what can be done (last: every more specific rule comes first)',
  },
  {
    type: 'treatment',
    pattern:
      /\b(?:how (?:is|are|would|will) (?:that|this|it|they|the (?:\w+ ){0,2}?\w+) (?:given|administered|delivered)\b|what (?:does|do|would|will) (?:the|this|that|his|her) (?:\w+ )?(?:op|operation|surgery|procedure|treatment|transplant|therapy) (?:actually )?involve\b|(?:is|are|would) (?:\w+ ){1,3}?(?:a good idea|worth (?:it|trying)|any good|helpful|effective)(?: (?:for (?:her|him|me|them|it|this)|here))?\W*$|(?:would|will|could|can|does|do|might) (?:that|this|it|they|those|these|(?:an?|the|some|more) \w+(?: \w+)?) (?:really |actually |ever )?(?:help|stop|cure|fix|heal|work for|work in|work on|get rid of|clear up|take care of)\b(?! (?:to )?prevent))/i,
    kinds: CONDITIONLIKE,
    why: '"would that stop the infections", "would a hysterectomy help": whether a treatment works for the condition',
  },
  {
    type: 'information',
    pattern:
      /\b(?:explain (?:\w+ ){0,4}?what (?:it|this|that|FOCUS) (?:actually |exactly |really )?(?:is|means)\b|(?:info(?:rmation)?|literature|brochures?|material|details|facts|anything|something|questions?) (?:on|about|regarding|concerning|re) (?:(?:my|his|her|our|the|this) )?FOCUS|(?:an? )?(?:overview|summary|introduction|basic information|general information|explanation) (?:of|on|about) (?:(?:my|his|her|our|the|this) )?(?:FOCUS|condition|disease|syndrome|disorder|it)|(?:learn|know|read|hear|find out|understand) (?:more |anything |something |everything )?(?:about )?FOCUS|any help (?:with|on|regarding) FOCUS|^\W*(?:about|on|regarding) (?:the )?FOCUS\b)/i,
    why: 'a request for information on the condition itself, or an overview of it ("about X", what is left of "I would like to learn about X" once the request is read) (after every rule for a specific aspect)',
  },
  {
    type: 'information',
    pattern:
      /^\W*(?:(?:re|about|regarding|question|info(?:rmation)?)\W+)?FOCUS\W*(?:please|info(?:rmation)?)?\W*$|^\W*FOCUS\W*what(?:'s|s| is| are) (?:it|this|that|they)\W*$|^\W*(?:so |and |but )?what(?:'s|s|(?: exactly| actually| really)? is|(?: exactly| actually| really)? are) (?:it|this|that|they|(?:an? |the )?FOCUS)(?: exactly| actually| anyway)?\W*$/i,
    why: 'a message that only names the condition asks about it in general',
  },
  {
    type: 'treatment',
    pattern:
      /(?:\b(?:please|pls|plz|kindly)\s+(?:\w+\s+)?(?:help|advi[cs]e|suggest|guide)\b|(?:^|[,.!:]\s*|\b(?:please|pls|plz|kindly|can you|could you|would you|someone|anyone|somebody|anybody) )(?:help|save) (?:me|us|him|her|them|my \w+)\b|\bneed (?:your |some |urgent )?help\b|\bwhat (?:to|must (?:i|we)) do\b)(?!\s+(?:me |us |him |her )?(?:to )?(?:understand|know|learn|find|locate|get (?:info|information)|read))/i,
    kinds: CONDITIONLIKE,
    exceptKinds: DRUGLIKE,
    why: '"I have X, please help me", "kindly advise", "I need help", "please advice what to do": a plea about a condition asks what can be done (after the requests for information, so "information on X, please help" stays information)',
  },
];

/** Whether `rule` applies to the question: its conditions on what the message names, then its pattern. */
function applies(rule: TypeRule, text: string, context: RuleContext): boolean {
  if (rule.kinds && !rule.kinds.some((k) => context.kinds.has(k))) return false;
  if (rule.exceptKinds?.some((k) => context.kinds.has(k))) return false;
  if (rule.minFoci && context.foci < rule.minFoci) return false;
  if (rule.minDrugs && context.drugs < rule.minDrugs) return false;
  if (rule.maxDrugs !== undefined && context.drugs > rule.maxDrugs) return false;
  if (rule.aboutEarlier && !context.earlier) return false;
  if (rule.sign && !context.pair?.[rule.sign].sign) return false;
  if (rule.newLast && !(context.pair?.first.namedBefore && !context.pair.last.namedBefore)) return false;
  // (the pattern before what was told: it is the cheaper test, and the message before is built only then)
  if (!rule.pattern.test(text)) return false;
  return !rule.told || rule.told.test(`${context.before?.() ?? ''} ${text}`);
}

/**
 * The first rule matching the question, if any. With `onlyIf`, the first rule only when it is of that type
 * (null otherwise): the rules of that type are tried first, and all of them only when one of those matches.
 */
export function ruleType(
  text: string,
  context: RuleContext,
  onlyIf?: QuestionType,
): {
  type: QuestionType;
  why: string;
  about: 'first' | 'last' | 'both' | null;
  aboutEarlier: boolean;
} | null {
  if (onlyIf && !TYPE_RULES.some((rule) => rule.type === onlyIf && applies(rule, text, context))) return null;
  const rule = TYPE_RULES.find((r) => applies(r, text, context));
  if (!rule || (onlyIf && rule.type !== onlyIf)) return null;
  return { type: rule.type, why: rule.why, about: rule.about ?? null, aboutEarlier: !!rule.aboutEarlier };
}
