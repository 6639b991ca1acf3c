/**
 * "endocrine" set. Messages about rare hormone conditions: daily medicines, emergencies, tests, with other
 * questions about the condition and its medicines. Written by someone who had read neither the understanding
 * or retrieval code nor any earlier set, following the labeling guide (src/understand/README.md) and checking
 * only that each focus is a name the knowledge base holds. Scored once, before any change made for it (focus
 * 0.975, type F1 0.887). Scored by endocrine.test.ts and by `npx tsx test/understand/support/score-messages.ts --endocrine --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const ENDOCRINE_MESSAGES: ConsumerMessage[] = [
  // why: asks only whether it can be cured: treatment
  {
    message: 'is there a cure for addisons disease',
    focus: 'Addison disease',
    types: ['treatment'],
  },
  // why: the condition is named only in the subject; "how rare" asks how common it is: frequency
  {
    subject: 'Acromegaly',
    message: 'How rare is this?? My uncle was just told he has it and none of us ever heard of it.',
    focus: 'acromegaly',
    types: ['frequency'],
  },
  // why: what to do with a dose that was vomited is how to take the medicine: drug_usage
  {
    message:
      'My daughter takes hydrocortisone 3 times a day. If she throws up right after her morning dose, do we give it again?',
    focus: 'hydrocortisone',
    types: ['drug_usage'],
  },
  // why: asks whether a problem comes from the medicine: side_effects
  {
    message: 'Can fludrocortisone make your ankles swell up? Mine have been puffy since I started it.',
    focus: 'fludrocortisone',
    types: ['side_effects'],
  },
  // why: asks which gene: genetic_changes
  {
    message: 'which gene is broken in congenital adrenal hyperplasia?',
    focus: 'congenital adrenal hyperplasia',
    types: ['genetic_changes'],
  },
  // why: asks about a test to confirm it: diagnosis
  {
    message: "Is there a blood test that can show if I have Cushing's syndrome?",
    focus: 'Cushing syndrome',
    types: ['diagnosis'],
  },
  // why: timing of the medicine with another medicine (calcium): interactions
  {
    message:
      'Hello, I take levothyroxine in the morning and calcium tablets too. How far apart do I need to take them?',
    focus: 'levothyroxine',
    types: ['interactions'],
  },
  // why: keeping the medicine in the fridge is storage: storage_disposal
  {
    message: 'does desmopressin have to be kept in the fridge or is the cupboard ok',
    focus: 'desmopressin',
    types: ['storage_disposal'],
  },
  // why: "what is it" asks for an overview: information
  {
    message:
      'What is Sheehan syndrome? My doctor mention it after my delivery, I lost much blood, but he did not explain.',
    focus: 'Sheehan syndrome',
    types: ['information'],
  },
  // why: runs in families is inheritance; whether it comes back after surgery is its course: prognosis
  {
    message: 'Is pheochromocytoma hereditary, and can it come back after they take it out?',
    focus: 'pheochromocytoma',
    types: ['inheritance', 'prognosis'],
  },
  // why: condition named only in the subject; whether it goes away or is permanent is the outlook: prognosis
  {
    subject: 'hypoparathyroidism after thyroid surgery',
    message: 'Will this go away on its own in a few months or is it permanent?',
    focus: 'hypoparathyroidism',
    types: ['prognosis'],
  },
  // why: going to camp is daily life with the condition: lifestyle
  {
    message: 'can my son with diabetes insipidus go to a sleepaway camp this summer? hes 10',
    focus: 'diabetes insipidus',
    types: ['lifestyle'],
  },
  // why: breastfeeding while taking a medicine is a precaution: contraindications
  {
    message: 'Is it safe to take cabergoline while breastfeeding?',
    focus: 'cabergoline',
    types: ['contraindications'],
  },
  // why: what it is used for and how it works are both indication (one type)
  {
    message: 'What is octreotide actually used for, and how does it work?',
    focus: 'octreotide',
    types: ['indication'],
  },
  // why: whether the condition could harm a baby is another problem it leads to: complications
  {
    message: 'My wife has Graves disease. Could it harm the baby if she gets pregnant?',
    focus: 'Graves disease',
    types: ['complications'],
  },
  // why: reaching normal height is the outlook (prognosis); longer-acting injections being tested is research
  {
    message:
      "Our son is 13 and was diagnosed with growth hormone deficiency in the spring. He started the nightly injections in June and hates them. Will he end up reaching a normal adult height if he started this late? And are there any longer-acting shots being tested, so he wouldn't need one every night?",
    focus: 'growth hormone deficiency',
    types: ['prognosis', 'research'],
  },
  // why: a named exposure (head injury) asked as the cause is association; specialists is find_specialist
  {
    message:
      'I was diagnosed with hypopituitarism about two years after a bad car accident where I hit my head. I now take hydrocortisone, thyroxine and testosterone gel. Is it possible the head injury caused this? Also I live in a small town and my GP admits he does not know much about it. Are there specialists who focus on pituitary problems?',
    focus: 'hypopituitarism',
    types: ['association', 'find_specialist'],
  },
  // why: asks for the signs that something is going wrong with the condition: symptoms
  {
    message:
      'We are the grandparents and we will be looking after our grandson for a week while his parents travel. He has central diabetes insipidus since his brain surgery and takes his tablets morning and night. What signs should we look out for that tell us something is off with his water levels?',
    focus: 'diabetes insipidus',
    types: ['symptoms'],
  },
  // why: both questions ask about therapies (other medicines, radiation): treatment
  {
    message:
      'My brother have acromegaly, the doctor say he need operation on pituitary. If the operation not work, what other medicine he can take? Radiation is also option for this?',
    focus: 'acromegaly',
    types: ['treatment'],
  },
  // why: going to a hot festival is daily life with the condition: lifestyle
  {
    message:
      'im 16 and i have addisons. my friends are all going to a festival this summer and its gonna be really hot and 3 days of camping. is it safe for me to go?? and is there anything i should bring or do to stay ok',
    focus: 'Addison disease',
    types: ['lifestyle'],
  },
  // why: asks whether weight gain and poor sleep come from the medicine: side_effects
  {
    message:
      "My husband had both adrenal glands removed last year because of Cushing's and now takes hydrocortisone every day. Since then he has put on about 10 kg and can't sleep well. Could this be from the hydrocortisone?",
    focus: 'hydrocortisone',
    types: ['side_effects'],
  },
  // why: condition named only in the subject; therapy to allow having children is treatment; the sister's chance is inheritance
  {
    subject: 'Kallmann syndrome',
    message:
      "Our 17 year old son was just diagnosed. He has never been able to smell anything and hasn't started puberty. Is there any treatment that would let him have children one day? And is there a chance his little sister has it too?",
    focus: 'Kallmann syndrome',
    types: ['treatment', 'inheritance'],
  },
  // why: other treatment options and whether surgery is possible are both treatment
  {
    message:
      'I have primary hyperaldosteronism and have been on spironolactone for a year but my blood pressure is still around 160/100. What other treatment options are there? Would surgery be possible for me?',
    focus: 'primary hyperaldosteronism',
    types: ['treatment'],
  },
  // why: running in families is inheritance; whether relatives should be tested is diagnosis
  {
    message:
      "I was diagnosed with Hashimoto's last year, my sister got it 2 years ago and our mom had thyroid trouble her whole life. does this run in families? should my two daughters (15 and 19) get tested?",
    focus: 'Hashimoto thyroiditis',
    types: ['inheritance', 'diagnosis'],
  },
  // why: other health problems to watch for are what the condition can lead to: complications
  {
    message:
      'Our daughter is 3 and has Turner syndrome. The endocrinologist wants to start growth hormone next year and we are fine with that. What other health problems should we be watching for as she grows up?',
    focus: 'Turner syndrome',
    types: ['complications'],
  },
  // why: how and when to inject is drug_usage; whether the pen goes in the fridge is storage_disposal
  {
    subject: 'teriparatide for hypoparathyroidism',
    message:
      'My endocrinologist suggested I try teriparatide because calcium and calcitriol are not keeping my levels steady. How is it given and what time of day is best? Does the pen have to stay in the fridge once I start using it?',
    focus: 'teriparatide',
    types: ['drug_usage', 'storage_disposal'],
  },
  // why: "what is that exactly" is information; what could bring it on at 30 is cause
  {
    message:
      'My best friend collapsed at work last week and in hospital they said it was an adrenal crisis and she has adrenal insufficiency. What is that exactly? And what could cause it in a healthy 30 year old?',
    focus: 'adrenal insufficiency',
    types: ['information', 'cause'],
  },
  // why: whether his development will be normal is the outlook: prognosis
  {
    message:
      'my son was born with congenital hypothyroidism they found it on the heel prick test he is 5 weeks old and on thyroxine drops now will his brain development be normal if we keep giving it every day',
    focus: 'congenital hypothyroidism',
    types: ['prognosis'],
  },
  // why: asks about studies and trials: research
  {
    message:
      'I have MEN1 and already had three parathyroid glands removed, and now they are watching a small tumor in my pancreas. Is there any research going on or clinical trials I could join?',
    focus: 'multiple endocrine neoplasia type 1',
    types: ['research'],
  },
  // why: stopping the medicine and missing a dose during the taper are both how to take it: drug_usage
  {
    message:
      "I've been on prednisone for 8 months for my lungs and now my doctor wants me to taper very slowly over weeks. Why can't I just stop it? And what happens if I forget a day while tapering?",
    focus: 'prednisone',
    types: ['drug_usage'],
  },
  // why: the next baby's chance is inheritance; picking it up before birth is diagnosis; parent groups is find_specialist
  {
    message:
      'Our daughter Mia is 2 and has the salt-wasting type of congenital adrenal hyperplasia. She was so sick at 10 days old, we nearly lost her before anyone figured out what it was. Now she is doing great on her hydrocortisone and fludrocortisone and the salt we add to her bottles. We would love to give her a brother or sister but honestly we are scared. What are the chances our next baby will have it too? If we do get pregnant, can it be picked up before the baby is born? And is there some kind of group for parents of kids with CAH? Nobody we know has ever heard of it.',
    focus: 'congenital adrenal hyperplasia',
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "could this be it" and which tests to ask for are both diagnosis
  {
    subject: "Could this be Cushing's?",
    message:
      'Over the past 18 months I have gained almost 20 kg, mostly around my stomach and face, even though I eat the same as always. I have purple stretch marks on my sides, I bruise when I barely bump into things, and at my last checkup my blood sugar was high for the first time. My GP says it is probably stress and menopause. I am 47. I read about Cushing syndrome online and a lot of it sounds like me. Could this be what I have? What tests should I ask my doctor for so I can rule it in or out?',
    focus: 'Cushing syndrome',
    types: ['diagnosis'],
  },
  // why: morning or evening is drug_usage; licorice is food with the medicine (interactions); trying to get pregnant is a precaution (contraindications)
  {
    message:
      "Hi, I am 29 and was diagnosed with Addison's in January. I take hydrocortisone three times a day and fludrocortisone once. I have a few questions about the fludrocortisone that I forgot to ask at my appointment:\n1. Is it better to take it in the morning or at night?\n2. I love black licorice, I read somewhere that it can be a problem with this medicine?\n3. My husband and I want to start trying for a baby next year. Is it ok to keep taking it while trying and when pregnant?\nThank you so much.",
    focus: 'fludrocortisone',
    types: ['drug_usage', 'interactions', 'contraindications'],
  },
  // why: whether the spending comes from the medicine is side_effects; drinking with it is interactions
  {
    message:
      "My partner (42) was diagnosed with a prolactinoma last autumn after he kept getting headaches and lost interest in pretty much everything. The endocrinologist put him on cabergoline twice a week and his levels came down really fast, which is great. But over the last two months he has been spending crazy amounts on online betting, which is so unlike him, he was always the careful one with money. He says he just can't stop thinking about it. Could this be from the cabergoline? Also he likes a few beers on the weekend, is it dangerous to drink alcohol with it?",
    focus: 'cabergoline',
    types: ['side_effects', 'interactions'],
  },
  // why: whether he will get worse is prognosis; whether the brother should be tested is diagnosis; being a carrier is inheritance
  {
    message:
      "My son Lucas is 7. Last year he kept getting tired and darker skin and they found he had Addison's. Then the endocrinologist asked for a genetic test and it came back as X-linked adrenoleukodystrophy. I watched Lorenzo's Oil years ago and now I can't sleep. Will Lucas get worse over time like the boy in that film? His brother is 4, should he be tested too? And the doctor said something about me being a carrier, does that mean I passed it on?",
    focus: 'X-linked adrenoleukodystrophy',
    types: ['prognosis', 'diagnosis', 'inheritance'],
  },
  // why: the difference between two conditions and whether it is the same as another both ask what each is: information
  {
    subject: 'pseudohypoparathyroidism',
    message:
      'Our 6 year old had a seizure in the spring and her calcium was very low. She is short for her age, has a round face and her 4th fingers are short. After many tests they say pseudohypoparathyroidism. We were reading about hypoparathyroidism before and now we are confused. What is the difference between pseudohypoparathyroidism and normal hypoparathyroidism? And is this the same thing as Albright hereditary osteodystrophy, which we also saw in her papers?',
    focus: 'pseudohypoparathyroidism',
    types: ['information'],
  },
  // why: what causes it (including something done in pregnancy, not named) is cause; later bone or thyroid problems are complications
  {
    message:
      'Our daughter is 4 and a half. Last year she started having periods, which was terrifying, and she has big light brown birthmarks on her back with jagged edges. After scans and blood work the doctors told us it is McCune-Albright syndrome. I keep going over my pregnancy in my head. What causes this? Was it something I ate or did while I was pregnant with her? Her doctor also said they will check her bones every year. Could it lead to problems with her bones or her thyroid later on?',
    focus: 'McCune-Albright syndrome',
    types: ['cause', 'complications'],
  },
  // why: how common it is is frequency; whether testosterone would help is treatment
  {
    message:
      "I'm 34 and my wife and I have been trying for a kid for 3 years. After a load of tests at the fertility clinic they told me I have Klinefelter syndrome, XXY. Honestly I'd never heard of it. Looking back I was always the tall skinny kid, bit slow to develop and I've felt tired most of my adult life but I just thought that was normal. How common is this? Feels like I'm the only one. And would testosterone help with the tiredness, or is it too late for that?",
    focus: 'Klinefelter syndrome',
    types: ['frequency', 'treatment'],
  },
  // why: dairy and cola/fizzy drinks are diet with the condition: lifestyle
  {
    message:
      'hi. i had my thyroid taken out in march for cancer and ever since my calcium has been low, they told me the parathyroids got damaged and i have hypoparathyroidism now. i take calcium carbonate 3 times a day and calcitriol. my fingers and lips still tingle some days. my question is about food, is there a special diet i should follow? should i eat more dairy or does it not matter? and my friend said i should stop drinking cola because of phosphate, is that true?',
    focus: 'hypoparathyroidism',
    types: ['lifestyle'],
  },
  // why: "what is this" asks for an overview (information); whether the brother should be checked is diagnosis
  {
    subject: 'APS-1',
    message:
      'Good day. My daughter is 11. Since she was small she have fungus in mouth and nails that always come back. At 8 years she got low calcium and now this year also Addison. The doctors at the university hospital say this is autoimmune polyglandular syndrome type 1. Please, what is this disease? Her younger brother also has white spots in mouth many times. Should he also be checked for it?',
    focus: 'autoimmune polyglandular syndrome type 1',
    types: ['information', 'diagnosis'],
  },
];
