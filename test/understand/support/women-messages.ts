/**
 * "women" set. Messages about women's health conditions and their medicines (endometriosis, polycystic ovary
 * syndrome, primary ovarian insufficiency, fibroids, menopause, the pill, HRT). Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 0.900, type F1 0.871). Scored by women.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --women --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const WOMEN_MESSAGES: ConsumerMessage[] = [
  {
    // "Does endo run in families?" -> inheritance (whether it runs in families)
    // "should she be checked for it now or is she too young for that?" -> diagnosis (testing her)
    subject: 'my daughter and endo',
    message:
      'Hi, I was finally diagnosed with endometriosis at 31 after 15 yrs of being told it was ' +
      '"just periods". My daughter is 14 and already misses school every month with cramps and vomiting. ' +
      'Does endo run in families? And should she be checked for it now or is she too young for that? ' +
      'Thank you for any help.',
    focus: 'endometriosis',
    types: ['inheritance', 'diagnosis'],
  },
  {
    // "what causes PCOS" -> cause (why it happens)
    message: 'what causes PCOS',
    focus: 'polycystic ovary syndrome',
    types: ['cause'],
  },
  {
    // "Is it better taken in the morning or at night?" -> drug_usage (timing of the dose)
    // "is that from the letrozole?" -> side_effects (whether a problem comes from the medicine)
    subject: 'letrozole questions',
    message:
      'Hello, I have PCOS and my fertility clinic started me on letrozole 2.5mg days 3 to 7. Is it ' +
      'better taken in the morning or at night? Since starting I get hot flushes and a pounding headache, ' +
      'is that from the letrozole? thanks',
    focus: 'letrozole',
    types: ['drug_usage', 'side_effects'],
  },
  {
    // "can i take it with ibuprofen or naproxen?" -> interactions (with other medicines)
    // "is it safe for me to take?" -> contraindications (precaution given a family history of clots)
    message:
      'my GP gave me tranexamic acid (TXA) for my flooding periods. can i take it with ibuprofen ' +
      'or naproxen? also my mum had a blood clot in her leg at 40, is it safe for me to take?',
    focus: 'tranexamic acid',
    types: ['interactions', 'contraindications'],
  },
  {
    // "What heart problems can Turners cause?" -> complications (other problems it leads to)
    // "How long do women with it usually live?" -> prognosis (life expectancy)
    // "is it ok to keep doing half marathons?" -> lifestyle (exercise)
    subject: 'Turner syndrome, 34',
    message:
      'I am 34 and have Turner syndrome (45,X). My cardiologist keeps talking about my aorta and a ' +
      'bicuspid valve and I never really understood. What heart problems can Turners cause? How long do ' +
      'women with it usually live? I also love running, is it ok to keep doing half marathons?',
    focus: 'Turner syndrome',
    types: ['complications', 'prognosis', 'lifestyle'],
  },
  {
    // "What actually is it?" -> information (overview)
    // "Is it the same thing as early menopause?" -> information (whether two conditions are the same)
    subject: 'just diagnosed with POI',
    message:
      'My gynecologist told me today I have primary ovarian insufficiency. I am 27 and I cried the ' +
      "whole appointment and didn't take anything in. What actually is it? Is it the same thing as early " +
      'menopause?',
    focus: 'primary ovarian insufficiency',
    types: ['information'],
  },
  {
    // "my friend said HRT gives you breast cancer. Is that true??" -> side_effects (from the medicine?)
    message:
      'Im 52 and struggling badly with the menopause, but my friend said HRT gives you breast ' +
      'cancer. Is that true??',
    focus: 'hormone replacement therapy',
    types: ['side_effects'],
  },
  {
    // "Can menopause cause joint pain?" -> symptoms (whether a sign belongs to it)
    message:
      'Can menopause cause joint pain? 49, every joint aches and my periods have gone all over the ' +
      'place.',
    focus: 'menopause',
    types: ['symptoms'],
  },
  {
    // "What other treatments are there for uterine fibroids?" -> treatment (therapies besides surgery)
    // "Do they shrink on their own after the menopause?" -> prognosis (course over time)
    subject: 'fibroids',
    message:
      "I have 3 fibroids, the biggest is 7cm, and my gyne only offers a hysterectomy. I'm 46 and " +
      "don't want major surgery. What other treatments are there for uterine fibroids? Do they shrink on " +
      'their own after the menopause?',
    focus: 'uterine fibroids',
    types: ['treatment', 'prognosis'],
  },
  {
    // "What are the chances they have inherited it?" -> inheritance (chance that children have it)
    // "Should they get tested, and from what age?" -> diagnosis (whether relatives should be tested)
    // "Where can we find genetic counseling near Leeds?" -> find_specialist (genetic counseling)
    subject: 'BRCA1 positive',
    message:
      'Hi. I tested positive for a BRCA1 mutation after my sister had ovarian cancer at 44. I have ' +
      'two daughters, 19 and 22. What are the chances they have inherited it? Should they get tested, and ' +
      "from what age? Where can we find genetic counseling near Leeds? Sorry for so many questions, it's " +
      'all very new.',
    focus: 'BRCA1 hereditary breast and ovarian cancer syndrome',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  {
    // "What are the early signs of ovarian cancer?" -> symptoms (early signs)
    // "Is there a screening test for it like the smear test?" -> diagnosis (screening)
    message:
      "What are the early signs of ovarian cancer? I've been bloated for weeks and feel full " +
      'after a few bites. Is there a screening test for it like the smear test?',
    focus: 'ovarian cancer',
    types: ['symptoms', 'diagnosis'],
  },
  {
    // "can heavy bleeding like this make you aneamic?" -> complications (another problem it leads to)
    message:
      'My GP has written "menorrhagia" in my notes. I change a super tampon every hour on day 2. ' +
      'can heavy bleeding like this make you aneamic?',
    focus: 'menorrhagia',
    types: ['complications'],
  },
  {
    // "Can I just put them in the bin, or do they go back to the pharmacy?" -> storage_disposal (disposal)
    message:
      'I stopped taking the combined pill and have 4 unopened packs left. Can I just put them in ' +
      'the bin, or do they go back to the pharmacy?',
    focus: 'Birth control pills - combination',
    types: ['storage_disposal'],
  },
  {
    // "do I need to use condoms now or skip the placebo ones??" -> drug_usage (missed doses)
    subject: 'missed pills',
    message: 'missed 2 yaz pills in the 3rd week, do I need to use condoms now or skip the placebo ones??',
    focus: 'Yaz',
    types: ['drug_usage'],
  },
  {
    // "How rare is this?" -> frequency (how rare it is)
    // "Are there any clinical trials of womb transplants she could join later?" -> research (trials)
    // "Is there a support group for girls her age?" -> find_specialist (support groups)
    subject: 'MRKH - daughter 16',
    message:
      "Our daughter is 16 and hadn't started her periods. After an MRI we were told she has MRKH " +
      'syndrome and was born without a womb. She is devastated and so are we. How rare is this? Are there ' +
      'any clinical trials of womb transplants she could join later? Is there a support group for girls ' +
      'her age? Thank you so much.',
    focus: 'MRKH syndrome',
    types: ['frequency', 'research', 'find_specialist'],
  },
  {
    // "Can it turn into cancer?" -> complications (turning into another condition)
    // "is the steroid cream (clobetasol) the only treatment or is there anything else?" -> treatment (cures)
    message:
      'Diagnosed with lichen sclerosus last year (vulval). Can it turn into cancer? And is the ' +
      'steroid cream (clobetasol) the only treatment or is there anything else?',
    focus: 'lichen sclerosus',
    types: ['complications', 'treatment'],
  },
  {
    // "whats the difference between adenomyosis and endometriosis?" -> information (two conditions)
    message: 'whats the difference between adenomyosis and endometriosis?',
    focus: 'adenomyosis',
    types: ['information'],
  },
  {
    // "Why would my doctor give me metformin for PCOS when I'm not diabetic?" -> indication (what it is for)
    // "How is it supposed to help?" -> indication (how it works)
    message:
      "Why would my doctor give me metformin for PCOS when I'm not diabetic? How is it supposed " +
      'to help?',
    focus: 'metformin',
    types: ['indication'],
  },
  {
    // "why is that, is it dangerous in pregnancy?" -> contraindications (pregnancy)
    // "does it make you wee a lot" -> side_effects (a side effect of the medicine)
    message:
      'My dermatologist prescribed spironolactone for facial hair and acne from my PCOS. She said ' +
      'I must be on contraception while taking it, why is that, is it dangerous in pregnancy? Also does ' +
      "it make you wee a lot, I'm up 3 times a night.",
    focus: 'spironolactone',
    types: ['contraindications', 'side_effects'],
  },
  {
    // "Can my boyfriend catch it from me and give it back?" -> susceptibility (whether someone can catch it)
    // "Why do I keep getting it?" -> cause (why it happens)
    // "What can I do to stop it coming back?" -> prevention (preventing relapses)
    subject: 'thrush AGAIN',
    message:
      'This is my 5th vaginal yeast infection this year. Can my boyfriend catch it from me and ' +
      'give it back? Why do I keep getting it? What can I do to stop it coming back?',
    focus: 'vaginal yeast infection',
    types: ['susceptibility', 'cause', 'prevention'],
  },
  {
    // "Is there a special diet that helps?" -> lifestyle (diet)
    // "are there any studies on new treatments that aren't hormonal?" -> research (new treatments studied)
    message:
      "Hi, I have stage 4 endometriosis and I'm fed up with hormones. Is there a special diet " +
      "that helps? I've read about going gluten free. Also, are there any studies on new treatments that " +
      "aren't hormonal? x",
    focus: 'endometriosis',
    types: ['lifestyle', 'research'],
  },
  {
    // "How do I know if this is PMDD or just bad PMS?" -> diagnosis (telling it apart)
    // "Is it caused by my hormones being off?" -> cause (why it happens)
    // "do antidepressants actually work for it, or is the pill the only option?" -> treatment (medicines)
    subject: 'PMDD or PMS?',
    message:
      "Hello, I'm 38 with two kids. For about 10 days before every period I turn into a different " +
      'person: crying over nothing, screaming at my children, and some really dark thoughts that scare ' +
      "me. The day my period starts it just lifts and I'm me again. My GP said it's probably PMS and to " +
      "try evening primrose oil. I've been reading about PMDD and it sounds exactly like me. How do I " +
      'know if this is PMDD or just bad PMS? Is it caused by my hormones being off? And do ' +
      'antidepressants actually work for it, or is the pill the only option? Thank you for reading this.',
    focus: 'premenstrual dysphoric disorder',
    types: ['diagnosis', 'cause', 'treatment'],
  },
  {
    // "Which chromosome is affected exactly, is it just part of one X missing?" -> genetic_changes (change)
    // "could our daughter inherit it?" -> inheritance (chance a child has it)
    subject: 'wife has mosaic Turner',
    message:
      'My wife has mosaic Turner syndrome. Which chromosome is affected exactly, is it just part ' +
      'of one X missing? We are hoping to conceive naturally, could our daughter inherit it?',
    focus: 'Turner syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  {
    // "Do estradiol tablets contain lactose?" -> ingredients (what the medicine contains)
    message: "Do estradiol tablets contain lactose? I'm very intolerant and just started them.",
    focus: 'estradiol',
    types: ['ingredients'],
  },
  {
    // "Do I stick a new one on now or wait until my normal change day?" -> drug_usage (patch fell off)
    message:
      'My estradiol patch came off in the shower this morning. Do I stick a new one on now or wait ' +
      'until my normal change day?',
    focus: 'Estradiol Transdermal Patch',
    types: ['drug_usage'],
  },
  {
    // "What treatments actually work long term?" -> treatment (therapies)
    // "would insurance cover laser hair removal if a doctor says it's medical?" -> other (insurance)
    message:
      "Hi there, I've got hirsutism from PCOS and shave my chin every single day, it's " +
      'destroying my confidence. What treatments actually work long term? And would insurance cover laser ' +
      "hair removal if a doctor says it's medical?",
    focus: 'hirsutism',
    types: ['treatment', 'other'],
  },
  {
    // "Does early menopause put me at higher risk of osteoporosis?" -> susceptibility (raised risk)
    // "What can I do now to protect my bones?" -> prevention (preventing it)
    message:
      'I went through menopause at 41. Does early menopause put me at higher risk of osteoporosis? ' +
      'What can I do now to protect my bones?',
    focus: 'osteoporosis',
    types: ['susceptibility', 'prevention'],
  },
  {
    // "Could being on the pill for 11 years have caused it?" -> association (exposure as cause)
    subject: 'the pill and PCOS',
    message:
      'I was on the pill from 15 to 26 and stopped to try for a baby. My periods never came back ' +
      "and now I've been told I have polycystic ovary syndrome. Could being on the pill for 11 years " +
      'have caused it?',
    focus: 'polycystic ovary syndrome',
    types: ['association'],
  },
  {
    // "how does clomid actually work?" -> indication (how it works)
    // "is it true it gives you a higher chance of twinns" -> side_effects (an effect of the medicine)
    message: 'how does clomid actually work? and is it true it gives you a higher chance of twinns',
    focus: 'clomiphene',
    types: ['indication', 'side_effects'],
  },
  {
    // "Could this be Asherman syndrome?" -> diagnosis (whether her signs could be it)
    message:
      'I had a D&C after a miscarriage in March and since then my periods are barely there, just a ' +
      'day of spotting. Could this be Asherman syndrome?',
    focus: 'Asherman syndrome',
    types: ['diagnosis'],
  },
  {
    // "How high is the risk of cancer in her gonads?" -> complications (another problem it can lead to)
    // "which gene causes it" -> genetic_changes (which gene)
    subject: 'Swyer syndrome',
    message:
      'Our 17 year old has just been diagnosed with Swyer syndrome. The doctors say her gonads ' +
      'should be removed because of the cancer risk. How high is the risk of cancer in her gonads? And ' +
      'which gene causes it, her karyotype is 46,XY.',
    focus: 'Swyer syndrome',
    types: ['complications', 'genetic_changes'],
  },
  {
    // "Is her early menopause connected to the fragile X in the family?" -> association (a link)
    // "Should I get tested too" -> diagnosis (whether a relative should be tested)
    // "what are the chances my daughter carries it?" -> inheritance (carriers, chance for a child)
    message:
      'My nephew has fragile X syndrome, and now my sister (his mum) has gone through menopause at ' +
      '36. Her doctor mentioned fragile X-associated primary ovarian insufficiency. Is her early ' +
      "menopause connected to the fragile X in the family? Should I get tested too, I'm 31? And if I " +
      'carry it what are the chances my daughter carries it?',
    focus: 'fragile X-associated primary ovarian insufficiency',
    types: ['association', 'diagnosis', 'inheritance'],
  },
  {
    // "Can it harm the baby?" -> complications (other problems it leads to)
    // "What can she safely take for it?" -> treatment (medicines)
    // "How long does it usually last, will it stop after the first trimester?" -> prognosis (course)
    subject: 'wife with HG',
    message:
      'My wife is 11 weeks pregnant and has hyperemesis gravidarum, she vomits 15-20 times a day ' +
      'and has been on a drip twice. Can it harm the baby? What can she safely take for it? How long does ' +
      'it usually last, will it stop after the first trimester? I feel so helpless.',
    focus: 'hyperemesis gravidarum',
    types: ['complications', 'treatment', 'prognosis'],
  },
  {
    // "what is it" -> information (what the condition is)
    // "how common is it?" -> frequency (how common)
    message: 'sheehans syndrome after a big bleed giving birth - what is it and how common is it?',
    focus: 'Sheehan syndrome',
    types: ['information', 'frequency'],
  },
  {
    // "What else can I do for the hot flushes and night sweats?" -> treatment (managing it without HRT)
    message:
      "I'm in the menopause and had breast cancer 3 years ago so HRT is out. What else can I do " +
      "for the hot flushes and night sweats? Nothing I've tried works.",
    focus: 'menopause',
    types: ['treatment'],
  },
  {
    // "Does St John's wort stop the mini pill from working?" -> interactions (with a herbal medicine)
    // "is it OK to take while breastfeeding" -> contraindications (breastfeeding)
    message:
      "Does St John's wort stop the mini pill (progestogen only pill) from working? And is it OK " +
      'to take while breastfeeding, my baby is 8 weeks.',
    focus: 'Birth control pills - progestin only',
    types: ['interactions', 'contraindications'],
  },
  {
    // "Is levonorgestrel the same as an abortion pill?" -> indication (what the medicine is for)
    // "How does it actually work?" -> indication (how it works)
    // "does it have lactose or anything from animals in it?" -> ingredients (what it contains)
    subject: 'morning after pill',
    message:
      'Is levonorgestrel (the morning after pill) the same as an abortion pill? How does it ' +
      "actually work? Also I'm vegan, does it have lactose or anything from animals in it?",
    focus: 'levonorgestrel',
    types: ['indication', 'ingredients'],
  },
  {
    // "Can the mirena coil cause hair loss?" -> side_effects (whether a problem comes from the medicine)
    message:
      'Can the mirena coil cause hair loss? Mine is falling out in clumps since it went in 4 ' + 'months ago',
    focus: 'Mirena',
    types: ['side_effects'],
  },
  {
    // "Black women get uterine fibroids much more often. Is that true?" -> susceptibility (who is at risk)
    // "Can I do anything to prevent them?" -> prevention (preventing it)
    // "can they stop me getting pregnant?" -> complications (another problem they lead to)
    message:
      "I'm 28 and I've read Black women get uterine fibroids much more often. Is that true? Can " +
      'I do anything to prevent them? And if I do get them can they stop me getting pregnant?',
    focus: 'uterine fibroids',
    types: ['susceptibility', 'prevention', 'complications'],
  },
  {
    // "Will an ovarian cyst like this go away on its own?" -> prognosis (course)
    message:
      'Scan showed a 4cm simple cyst on my left ovary. Will an ovarian cyst like this go away on ' +
      'its own?',
    focus: 'ovarian cysts',
    types: ['prognosis'],
  },
];
