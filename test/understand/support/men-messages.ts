/**
 * "men" set. Messages about men's health conditions and their medicines (Klinefelter syndrome, low testosterone,
 * Peyronie disease, prostate conditions, male infertility), often brief. Written by someone who had read neither
 * the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.925, type F1 0.873). Scored by men.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --men --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const MEN_MESSAGES: ConsumerMessage[] = [
  {
    // "peyronies disease cure?" -> treatment (asks for a cure)
    message: 'peyronies disease cure?',
    focus: 'Peyronie disease',
    types: ['treatment'],
  },
  {
    // "Is it something he got from me or from his dad?" -> inheritance (whether it came from a parent)
    // "should his younger brother be tested too?" -> diagnosis (whether a relative should be tested)
    subject: 'son just diagnosed with Klinefelter',
    message:
      'Hi, our 15 year old was just diagnosed with Klinefelter syndrome (47,XXY) after the ' +
      "pediatrician noticed he wasn't developing like his friends. Is it something he got from me or " +
      'from his dad? And should his younger brother be tested too? Thank you.',
    focus: 'Klinefelter syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "do I take it at night or in the morning" -> drug_usage (timing of a dose)
    // "is the tamsulosin doing that" -> side_effects (whether dizziness comes from the medicine)
    message:
      'started tamsulosin 0.4 last week for my prostate. do I take it at night or in the ' +
      'morning? I get dizzy when I stand up fast, is the tamsulosin doing that',
    focus: 'tamsulosin',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "can i have a few beers if i took viagra" -> interactions (medicine with alcohol)
    message: 'can i have a few beers if i took viagra',
    focus: 'Viagra',
    types: ['interactions'],
  },
  {
    // "is it safe for me to handle his pills" -> contraindications (pregnancy precaution)
    // "can it affect his sperm" -> side_effects (a possible effect of the medicine)
    subject: 'boyfriend on finasteride',
    message:
      'My boyfriend takes finastride (Propecia) for his hairline. We are trying for a baby. Is ' +
      'it safe for me to handle his pills if I get pregnant? Can it affect his sperm?',
    focus: 'finasteride',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "whats bph mean" -> information (what the condition is)
    message: 'whats bph mean',
    focus: 'benign prostatic hyperplasia',
    types: ['information'],
  },
  {
    // "Is it true that most men with this kind die of something else?" -> prognosis (outlook)
    // "What are the options if it does start to grow?" -> treatment (therapies)
    // "is there a special diet he should be on?" -> lifestyle (diet)
    subject: 'husband, prostate cancer, "active surveillance"',
    message:
      'Hello, I am writing about my husband because he is 68 and too stubborn to ask himself. ' +
      'His PSA came back at 9 and the biopsy showed prostate cancer, Gleason 6. The urologist ' +
      'suggested "active surveillance" and he seems relieved, but I am worried sick that we are just ' +
      'sitting and waiting for it to spread. Is it true that most men with this kind die of something ' +
      'else? What are the options if it does start to grow? And is there a special diet he should be ' +
      'on? Thank you so much, I have nobody else to ask about this, our kids live far away and he ' +
      'refuses to talk about it.',
    focus: 'prostate cancer',
    types: ['prognosis', 'treatment', 'lifestyle'],
  },
  {
    // "do the vials go in the fridge or stay at room temp?" -> storage_disposal (storing)
    // "how do I get rid of the used needles" -> storage_disposal (throwing away)
    message:
      'New to testosterone injections (cypionate). Do the vials go in the fridge or stay at ' +
      'room temp? And how do I get rid of the used needles',
    focus: 'testosterone injection',
    types: ['storage_disposal'],
  },
  {
    // "How common is this in boys his age?" -> frequency (how common)
    // "will it go away on its own" -> prognosis (course)
    // "is surgery an option if it doesn't?" -> treatment (surgery)
    subject: 'my son (14)',
    message:
      'My son is 14 and has developed breasts, the doctor called it gynecomastia. He is so ' +
      'embarrassed he refuses to go swimming. How common is this in boys his age? Will it go away on ' +
      "its own, and is surgery an option if it doesn't?",
    focus: 'gynecomastia',
    types: ['frequency', 'prognosis', 'treatment'],
  },
  {
    // "could the cycle i ran have caused my gynocomastia" -> association (named exposure asked as cause)
    message:
      'did a steroid cycle for bodybuilding last year. could the cycle i ran have caused my ' +
      'gynocomastia',
    focus: 'gynecomastia',
    types: ['association'],
  },
  {
    // "What causes a low sperm count?" -> cause (why it happens)
    // "Does this mean we need IVF" -> treatment (therapy)
    // "is there a clinic in the Midwest that specializes in male infertility?" -> find_specialist (clinic)
    message:
      "We have been trying for two years and my husband's semen analysis showed a low count. " +
      'What causes a low sperm count? Does this mean we need IVF, or are there other treatments? And ' +
      'is there a clinic in the Midwest that specializes in male infertility?',
    focus: 'male infertility',
    types: ['cause', 'treatment', 'find_specialist'],
  },
  {
    // "Can a varicocele cause infertility?" -> complications (a problem it can lead to)
    message: 'Can a varicocele cause infertility?',
    focus: 'varicocele',
    types: ['complications'],
  },
  {
    // "How common is it?" -> frequency (how common)
    // "Does this mean my sisters and I are at higher risk?" -> inheritance (chance relatives get it)
    subject: 'Dad has breast cancer??',
    message:
      "My father was just diagnosed with male breast cancer. I didn't even know men could get " +
      'it. How common is it? Does this mean my sisters and I are at higher risk?',
    focus: 'male breast cancer',
    types: ['frequency', 'inheritance'],
  },
  {
    // "What exactly is the genetic change" -> genetic_changes (which chromosome change)
    // "Are there any research studies I could take part in?" -> research (studies)
    message:
      "I'm 34 and found out I have Klinefelters during a fertility workup. What exactly is " +
      'the genetic change in it? Are there any research studies I could take part in?',
    focus: 'Klinefelter syndrome',
    types: ['genetic_changes', 'research'],
  },
  {
    // "can I pass it on to my kids?" -> inheritance (passing to children)
    // "what are the odds her baby has it?" -> inheritance (chance a relative has it)
    // "Should she get tested before the baby is born?" -> diagnosis (testing)
    subject: 'hemophilia in our family',
    message:
      "My older brother has hemophilia A. I'm a guy and I don't have it, but can I pass it " +
      'on to my kids? My sister is pregnant with a boy, what are the odds her baby has it? Should she ' +
      'get tested before the baby is born?',
    focus: 'hemophilia A',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "any gene therapy trials for hemophilia B going on" -> research (trials)
    message: 'any gene therapy trials for hemophilia B going on right now? my son is 19',
    focus: 'hemophilia B',
    types: ['research'],
  },
  {
    // "is there really a link between ED and heart problems?" -> association (link between two conditions)
    message:
      "I'm 52 and it has been happening more often. My doctor mentioned that ED can be an " +
      'early warning for the heart. Is there really a link between ED and heart problems?',
    focus: 'erectile dysfunction',
    types: ['association'],
  },
  {
    // "Am I more at risk for erectile dysfunction because I have type 2 diabetes?" -> susceptibility (risk)
    message: 'Am I more at risk for erectile dysfunction because I have type 2 diabetes?',
    focus: 'erectile dysfunction',
    types: ['susceptibility'],
  },
  {
    // "how long before do I need to take the cialis" -> drug_usage (timing)
    subject: 'cialis timing',
    message: 'got the 10mg as needed ones, how long before do I need to take the cialis for it to ' + 'work',
    focus: 'Cialis',
    types: ['drug_usage'],
  },
  {
    // "Is sildenafil safe for someone with heart problems like his?" -> contraindications (precautions)
    subject: 'for my father',
    message:
      'Dad is 74, had a stent put in two years ago and still gets angina sometimes. He is too ' +
      'shy to ask his cardiologist. Is sildenafil safe for someone with heart problems like his?',
    focus: 'sildenafil',
    types: ['contraindications'],
  },
  {
    // "isn't that the viagra drug?" -> indication (what the medicine is for)
    // "how does it work for the lungs?" -> indication (how it works)
    message:
      "My brother (45) was prescribed sildenafil for pulmonary hypertension. Isn't that the " +
      'viagra drug? How does it work for the lungs?',
    focus: 'sildenafil',
    types: ['indication'],
  },
  {
    // "does proscar have lactose in it" -> ingredients (what the medicine contains)
    message: 'does proscar have lactose in it? im lactose intolerant',
    focus: 'Proscar',
    types: ['ingredients'],
  },
  {
    // "is it true my wife shouldn't even touch the capsules?" -> contraindications (pregnancy precaution)
    // "can it make my chest sore" -> side_effects (whether a problem comes from the medicine)
    message:
      "Urologist put me on Avodart. Is it true my wife shouldn't even touch the capsules? " +
      'Also can it make my chest sore, mine has been tender lately',
    focus: 'Avodart',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "Could this be Peyronie's?" -> diagnosis (whether signs could be it)
    // "does it keep getting worse?" -> prognosis (course)
    subject: 'embarrassing question',
    message:
      'Sorry this is awkward. Over the past few months it has started to bend to one side and ' +
      "it hurts when it's hard. I can feel a small hard spot. Could this be Peyronie's? And if it " +
      'is, does it keep getting worse?',
    focus: 'Peyronie disease',
    types: ['diagnosis', 'prognosis'],
  },
  {
    // "What causes Peyronie disease?" -> cause (why it happens)
    // "Could it be from an injury during sex" -> association (named exposure asked as cause)
    message: 'What causes Peyronie disease? Could it be from an injury during sex a while back?',
    focus: 'Peyronie disease',
    types: ['cause', 'association'],
  },
  {
    // "Could a lump like this be testicular cancer" -> diagnosis (whether signs could be it)
    // "could it be from getting hit with a puck" -> association (named exposure asked as cause)
    // "what are the survival rates" -> prognosis (outlook)
    message:
      "Found a pea sized lump on my left testicle in the shower, it doesn't hurt. Could a " +
      'lump like this be testicular cancer, or could it be from getting hit with a puck in hockey ' +
      "last month? If it is cancer what are the survival rates? Appointment isn't for 2 weeks and " +
      "I'm freaking out.",
    focus: 'testicular cancer',
    types: ['diagnosis', 'association', 'prognosis'],
  },
  {
    // "does that raise his risk of testicular cancer later on?" -> susceptibility (a condition raising risk)
    subject: 'undescended testicle',
    message:
      'My son had surgery for an undescended testicle as a baby. Does that raise his risk of ' +
      'testicular cancer later on?',
    focus: 'testicular cancer',
    types: ['susceptibility'],
  },
  {
    // "Is the breast thing part of it?" -> symptoms (whether a sign belongs to it)
    // "Which gene causes it?" -> genetic_changes (which gene)
    // "Does it shorten life?" -> prognosis (life expectancy)
    message:
      'My uncle has Kennedy disease (SBMA). He has weak legs, trouble swallowing, and has also ' +
      'grown breasts, which he hates. Is the breast thing part of it? Which gene causes it? Does it ' +
      'shorten life?',
    focus: 'Kennedy disease',
    types: ['symptoms', 'genetic_changes', 'prognosis'],
  },
  {
    // "Could this be Kallmann syndrome?" -> diagnosis (whether signs could be it)
    // "how do we find an endocrinologist who knows about it?" -> find_specialist (doctor)
    subject: 'no puberty at 16 and no sense of smell',
    message:
      "My son is 16 and hasn't started puberty, no voice change, no growth spurt. He also has " +
      'never been able to smell anything. Could this be Kallmann syndrome? If so how do we find an ' +
      'endocrinologist who knows about it? We live in a small town.',
    focus: 'Kallmann syndrome',
    types: ['diagnosis', 'find_specialist'],
  },
  {
    // "what are the signs of low T (hypogonadism)" -> symptoms (signs)
    message: 'what are the signs of low T (hypogonadism) in men',
    focus: 'hypogonadism',
    types: ['symptoms'],
  },
  {
    // "Can it raise my risk of prostate cancer?" -> side_effects (a problem caused by the medicine)
    // "is testostrone ok with sleep apnea?" -> contraindications (precaution)
    // "Will I have to stay on it for life" -> drug_usage (stopping)
    message:
      "I'm 58 and my doctor wants to start me on testosterone. Can it raise my risk of " +
      'prostate cancer? I also have sleep apnea, is testostrone ok with that? Will I have to stay on ' +
      'it for life or can I stop once I feel better?',
    focus: 'testosterone',
    types: ['side_effects', 'contraindications', 'drug_usage'],
  },
  {
    // "where on my body should I rub the testosterone gel" -> drug_usage (how to apply)
    // "can it rub off on my kids" -> contraindications (precaution for others)
    message:
      'Where on my body should I rub the testosterone gel? And can it rub off on my kids when ' +
      'I hug them in the morning?',
    focus: 'testosterone topical',
    types: ['drug_usage', 'contraindications'],
  },
  {
    // "What happens if an enlarged prostate isn't treated?" -> complications (when left untreated)
    // "Can it turn into cancer?" -> complications (turning into another condition)
    message:
      "Getting up 4 times a night to pee. What happens if an enlarged prostate isn't treated? " +
      'Can it turn into cancer?',
    focus: 'enlarged prostate',
    types: ['complications'],
  },
  {
    // "Is there anything I can do to prevent it?" -> prevention (preventing it)
    // "is it hereditary?" -> inheritance (runs in families)
    // "Does saw palmetto actually work for it?" -> treatment (a remedy)
    subject: 'BPH runs in my family?',
    message:
      "My father and both of his brothers had BPH. I'm 45 and fine so far. Is there anything " +
      'I can do to prevent it, and is it hereditary? Does saw palmetto actually work for it?',
    focus: 'benign prostatic hyperplasia',
    types: ['prevention', 'inheritance', 'treatment'],
  },
  {
    // "does medicare pay for the PSA prostate cancer screening every year" -> other (insurance coverage)
    message: 'does medicare pay for the PSA prostate cancer screening every year',
    focus: 'prostate cancer screening',
    types: ['other'],
  },
  {
    // "Does it really have to be taken on an empty stomach?" -> drug_usage (how to take it)
    // "can he still have his grapefruit juice in the morning?" -> interactions (medicine with food)
    subject: 'Zytiga',
    message:
      'My husband started Zytiga (abiraterone) for prostate cancer that has spread to his ' +
      'bones. Does it really have to be taken on an empty stomach? And can he still have his ' +
      'grapefruit juice in the morning?',
    focus: 'abiraterone',
    types: ['drug_usage', 'interactions'],
  },
  {
    // "Is that from the shots" -> side_effects (whether a problem comes from the medicine)
    message:
      'My dad gets Lupron (leuprolide) shots every 3 months for his prostate and now has ' +
      'terrible hot flashes and sweats at night, like my mom had in menopause. Is that from the ' +
      'shots?',
    focus: 'leuprolide',
    types: ['side_effects'],
  },
  {
    // "what is XYY syndrome, is it the same thing as Klinefelter?" -> information (what it is / same or not)
    message:
      'Amnio showed our baby boy has XYY syndrome. What is XYY syndrome, is it the same thing ' +
      'as Klinefelter?',
    focus: 'XYY syndrome',
    types: ['information'],
  },
  {
    // "What should I be eating" -> lifestyle (diet)
    // "is it ok to keep cycling 200km a week" -> lifestyle (exercise)
    message:
      'Diagnosed with male factor infertility. What should I be eating while we try, and is it ' +
      'ok to keep cycling 200km a week?',
    focus: 'male infertility',
    types: ['lifestyle'],
  },
  {
    // "Which gene is involved?" -> genetic_changes (which gene)
    // "how is it connected to cystic fibrosis" -> association (link between two conditions)
    subject: 'CBAVD',
    message:
      'Fertility doctor says I have congenital bilateral absence of the vas deferens and my ' +
      "wife and I both need genetic testing. Which gene is involved? I don't have any lung problems, " +
      'so how is it connected to cystic fibrosis?',
    focus: 'congenital bilateral absence of the vas deferens',
    types: ['genetic_changes', 'association'],
  },
];
