/**
 * "growth" set. Messages about growth and size: children short or tall for their age, growth hormone, puberty
 * timing, adult height, with other questions about the condition. Written by someone who had read neither the
 * understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.950, type F1 0.857). Scored by growth.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --growth --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const GROWTH_MESSAGES: ConsumerMessage[] = [
  // why: asks whether growth hormone shots will make her taller: a therapy question, so treatment.
  {
    message:
      'My niece was just diagnosed with Turner syndrome at 7. Will growth hormone shots actually make her taller?',
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: the story explains the test and bone age; the questions are how the stimulation test is done (diagnosis) and how long the injections last (treatment).
  {
    message:
      'Hi, my son is 8 and has been on the 2nd percentile on his growth chart since he was a toddler, and his bone age came back 2 years behind. The endocrinologist wants to do a growth hormone stimulation test next month. How is that test done, does he have to stay overnight? And if it turns out he does have growth hormone deficiency, how long would he need the injections for?',
    focus: 'growth hormone deficiency',
    types: ['diagnosis', 'treatment'],
  },
  // why: only question is what Sotos syndrome is (named in the subject): information.
  {
    subject: 'Sotos syndrome?',
    message:
      'our pediatrician said our son might have this because he is so tall and his head is big for a 3 year old. what is it exactly?',
    focus: 'Sotos syndrome',
    types: ['information'],
  },
  // why: asks whether her signs could be precocious puberty: diagnosis.
  {
    message:
      'My daughter is only 6 and she has started developing breasts and grew 3 inches this year. Could this be precocious puberty?',
    focus: 'precocious puberty',
    types: ['diagnosis'],
  },
  // why: asks whether the weight gain comes from Lupron (leuprolide): side_effects of the medicine.
  {
    message: 'does lupron make kids gain wieght?? my daughter has put on 4 kg since her shots started',
    focus: 'leuprolide',
    types: ['side_effects'],
  },
  // why: story about a grandson's diagnosis; asks whether he got it from a parent (inheritance) and whether he will stay short as an adult (prognosis).
  {
    message:
      'Our grandson (4) was diagnosed with Noonan syndrome last month. He was born with a heart murmur and he has always been small for his age. Did he get this from one of his parents? Neither of them seem to have it. And will he stay short when he is grown up?',
    focus: 'Noonan syndrome',
    types: ['inheritance', 'prognosis'],
  },
  // why: the friend's story is background; the one question is how many people have it: frequency.
  {
    message:
      'A friend of mine just found out her little boy has Laron syndrome. How many people in the world have it?',
    focus: 'Laron syndrome',
    types: ['frequency'],
  },
  // why: asks about trials for achondroplasia; the injection is mentioned as something being studied: research.
  {
    message:
      'Are there any clinical trials for kids with achondroplasia in Europe? I heard about a daily injection that helps them grow.',
    focus: 'achondroplasia',
    types: ['research'],
  },
  // why: asks whether celiac can stop a child growing, i.e. whether a sign belongs to it (symptoms), and whether she will catch up on a gluten-free diet (prognosis).
  {
    message:
      'My daughter is 9 and dropped from the 50th to the 10th percentile on her growth chart in two years. She has a lot of tummy aches too. Her blood test came back positive for celiac and we are waiting for the biopsy. Can celiac disease really make a child stop growing? If she goes gluten free, will she catch up?',
    focus: 'celiac disease',
    types: ['symptoms', 'prognosis'],
  },
  // why: asks which gene is changed: genetic_changes; not understanding the report is story.
  {
    message:
      "Hello, which gene is changed in Silver-Russell syndrome? Our daughter's test came back and I don't understand the report.",
    focus: 'Silver-Russell syndrome',
    types: ['genetic_changes'],
  },
  // why: asks what happens if the CAH stays badly controlled, i.e. untreated: complications.
  {
    subject: 'CAH and bone age',
    message:
      'Our son is 7 and has congenital adrenal hyperplasia. At the last check his bone age was 10 and the doctor said we need to be stricter with his hydrocortisone. What happens if it stays badly controlled like this?',
    focus: 'congenital adrenal hyperplasia',
    types: ['complications'],
  },
  // why: a teenager asks whether he can play basketball as normal: daily life and sport, lifestyle.
  {
    message:
      'im 15 and they found out i have klinefelter after checking why im so tall. can i still play basketball and everything like normal',
    focus: 'Klinefelter syndrome',
    types: ['lifestyle'],
  },
  // why: the story covers the pregnancy and scans; asks whether the findings can be confirmed before birth (diagnosis), what causes it (cause) and whether the baby will have a normal life span (prognosis).
  {
    message:
      "We are 33 weeks pregnant with our first baby. Everything was fine until the growth scan last week, when the sonographer went quiet and then got the consultant. The baby's arm and leg bones are measuring well below what they should be, and the head is on the big side. The consultant said it could be a skeletal dysplasia and that achondroplasia is the most likely one, but they can't be sure. We have been reading everything online since and we're both exhausted. Can they tell for sure before the birth, or do we have to wait until she is born? Neither of us is short, and nobody in our families is. What causes it? And if it is achondroplasia, will our daughter have a normal life span? Sorry for the long message, we just don't know who to ask.",
    focus: 'achondroplasia',
    types: ['diagnosis', 'cause', 'prognosis'],
  },
  // why: asks about the chance their baby has hypochondroplasia, with the father affected: inheritance.
  {
    message:
      "My husband has hypochondroplasia and I'm 10 weeks pregnant. What are the chances our baby has it?",
    focus: 'hypochondroplasia',
    types: ['inheritance'],
  },
  // why: the condition is named only in the subject; the question is what causes it: cause.
  {
    subject: 'Gigantism',
    message: 'What causes it? My nephew is 12 and already 6 foot 2 and still growing.',
    focus: 'gigantism',
    types: ['cause'],
  },
  // why: asks for a parents' group or organization: find_specialist; being on growth hormone is story.
  {
    subject: 'Prader-Willi syndrome - support for parents',
    message:
      'Our daughter is 2 and has PWS. She is on growth hormone and doing well but we feel very alone with it. Is there a parents group or an organisation in the UK we could contact?',
    focus: 'Prader-Willi syndrome',
    types: ['find_specialist'],
  },
  // why: asks what to do after a missed dose of oxandrolone: drug_usage.
  {
    message: 'Our son was started on oxandrolone for slow growth. What do we do if he misses a dose?',
    focus: 'oxandrolone',
    types: ['drug_usage'],
  },
  // why: asks whether testosterone can make him stop growing early (side_effects) and whether it is ok with his steroid inhaler (interactions); the medicine is the focus.
  {
    message:
      'My son is 14 and a half and has shown no signs of puberty yet, he is the smallest boy in his year by a long way. The doctor offered a short course of testosterone injections to get things started. Can testosterone make him stop growing too early? Also he uses a steroid inhaler for his asthma, is it ok to have both?',
    focus: 'testosterone',
    types: ['side_effects', 'interactions'],
  },
  // why: a long story from a mother; asks whether something she did caused it (cause), which other health problems Turner syndrome leads to (complications) and for a clinic with experience (find_specialist).
  {
    subject: "Our daughter's diagnosis",
    message:
      "Our daughter Emma is 11. She has always been the smallest in her class, and for years everyone told us she was just petite like my mum. This year her friends all shot up and she didn't, so our GP finally referred her. The paediatrician did a bone age X-ray and a lot of blood tests, including a chromosome test, and last month it came back as Turner syndrome. We were not expecting that at all. I keep going back over the pregnancy in my head. Was it something I did? What causes it? The doctor also said her heart and kidneys need to be checked, which frightened us. What other health problems can Turner syndrome lead to? We live in a small town and the nearest hospital has never had a girl with Turner syndrome. Is there a clinic somewhere that sees a lot of girls with it? Emma is handling it better than we are, honestly.",
    focus: 'Turner syndrome',
    types: ['cause', 'complications', 'find_specialist'],
  },
  // why: all lowercase, no punctuation; asks whether he should be tested for Marfan: diagnosis.
  {
    message: 'son 14 is 6 4 with really long arms and fingers and flat feet should he get tested for marfan',
    focus: 'Marfan syndrome',
    types: ['diagnosis'],
  },
  // why: asks whether there is a better treatment for adults now: treatment; the old medicines are story.
  {
    message:
      "I'm 34, 4'10\", and had bowed legs as a kid. Back then they called it vitamin D resistant rickets, now apparently it's X-linked hypophosphatemia (XLH). I had phosphate and calcitriol all through childhood, which I hated, and stopped them as a teenager. My knees and ankles are getting worse. Is there anything better available for adults with XLH now?",
    focus: 'X-linked hypophosphatemia',
    types: ['treatment'],
  },
  // why: asks whether the implant must be kept in the fridge: storage_disposal.
  {
    message: 'Does the histrelin implant have to be kept in the fridge until the appointment to put it in?',
    focus: 'histrelin',
    types: ['storage_disposal'],
  },
  // why: non-native English; asks what the label means and whether it is a disease: one information question asked twice.
  {
    message:
      'Hello. My son have 11 years and he is very short, 128 cm. Doctor make many tests and all is normal, she write in the paper "idiopathic short stature". What is meaning of this? It is a disease? Thank you',
    focus: 'idiopathic short stature',
    types: ['information'],
  },
  // why: asks whether their next baby could have it: inheritance.
  {
    message:
      'Our daughter started her periods at 4 and has a big light brown birthmark on her back. After a lot of tests they told us it is McCune-Albright syndrome. We would like to have another child. Could our next baby have it too?',
    focus: 'McCune-Albright syndrome',
    types: ['inheritance'],
  },
  // why: the questions ask whether homocystinuria is different from Marfan (information), whether there is a special diet (lifestyle) and whether it can cause blood clots (complications).
  {
    message:
      "My son is 13. He is tall and thin with very long legs, and last year the lens in his left eye moved out of place. First the eye doctor thought it was Marfan syndrome, but the genetic tests and a urine test showed homocystinuria instead. We have an appointment with the metabolic team in six weeks but I can't wait that long without understanding anything. I wrote down my questions:\n1. What is homocystinuria exactly, and how is it different from Marfan?\n2. Is there a special diet he has to follow?\n3. Can it cause blood clots? I read that somewhere and now I'm scared every time he says his leg hurts.\nThank you for any help.",
    focus: 'homocystinuria',
    types: ['information', 'lifestyle', 'complications'],
  },
  // why: asks what letrozole is used for and how it would help him grow: indication.
  {
    message:
      "Our endocrinologist suggested letrozole for my 13 year old son because his bone age is ahead and his predicted adult height is only 5'3\". I looked it up and it says it's a breast cancer drug?? What is it used for and how would it help him grow?",
    focus: 'letrozole',
    types: ['indication'],
  },
  // why: asks whether the regular scans are because he is at higher risk of cancer: complications.
  {
    message:
      'Our baby boy was diagnosed with Beckwith-Wiedemann syndrome. He was 4.6 kg at birth and has a big tongue. The geneticist wants him to have an ultrasound of his tummy every 3 months. Is that because he has a higher chance of getting cancer?',
    focus: 'Beckwith-Wiedemann syndrome',
    types: ['complications'],
  },
  // why: non-native English; asks about life expectancy: prognosis.
  {
    message: 'Please what is life expectancy of person with Seckel syndrome? My cousin baby have this.',
    focus: 'Seckel syndrome',
    types: ['prognosis'],
  },
  // why: a teenager's story; 'will i still grow' and 'how tall could i end up' are the same outlook question: prognosis.
  {
    message:
      "hey so im 16 (boy) and got diagnosed with crohns when i was 13. i was really sick before that, lost loads of weight and missed most of year 8. now its under control with my infusions every 8 weeks and i feel fine mostly but im 5'2 and all my mates are like 5'10 now and honestly it gets to me, especially at the gym or when we go out. my doctor said my growth plates are still open and my bone age is behind. will i still grow or is it too late? like how tall could i actually end up",
    focus: "Crohn's disease",
    types: ['prognosis'],
  },
  // why: asks whether the signs could be Cushing's (diagnosis) and what causes it in children (cause).
  {
    message:
      'hi our 10yo has gained loads of weight around his tummy and face in the last year but hasnt grown at all, he was always average height. the GP says its probably just eating too much but i read about cushing syndrome. could it be that? and what causes cushing in kids?',
    focus: 'Cushing syndrome',
    types: ['diagnosis', 'cause'],
  },
  // why: asks for specialists (find_specialist), research she could join (research) and how many children have it (frequency).
  {
    message:
      'We are foster carers and last week we welcomed a 3 year old girl with Cornelia de Lange syndrome into our home. She is tiny, she still wears 12-18 month clothes, and she has feeding difficulties and reflux. She has very little medical history with her because of her background, and we want to do everything right for her. Our questions:\n- Are there specialists or a clinic with experience in CdLS that we can ask to be referred to?\n- Is there any research going on that she might be able to take part in?\n- How many children have this? Her social worker had never heard of it, and neither had we.\nThank you so much.',
    focus: 'Cornelia de Lange syndrome',
    types: ['find_specialist', 'research', 'frequency'],
  },
  // why: asks whether her small size is part of Down syndrome (symptoms), whether she could have growth hormone (treatment) and whether Down syndrome causes thyroid problems (complications).
  {
    message:
      "My granddaughter Lily is 5 and has Down syndrome. She is the happiest little girl and she's doing great at school with her helper. But she is much smaller than her cousins, even the younger ones, and her mum showed me her growth chart which is a special one just for children with Down syndrome. Is being short just part of Down syndrome? A lady at my church said her grandson with Down syndrome was given growth hormone. Is that something Lily could have? And they also checked her thyroid last month, can Down syndrome cause thyroid problems? I like to understand these things so I can help my daughter.",
    focus: 'Down syndrome',
    types: ['symptoms', 'treatment', 'complications'],
  },
  // why: asks whether Ritalin is slowing his growth (side_effects), whether to stop it for the holidays (drug_usage) and whether it is ok with cetirizine (interactions); the medicine is the focus.
  {
    subject: 'Ritalin and growth',
    message:
      "Our son is 10 and was diagnosed with ADHD at 7. He has been on Ritalin since then and it has made a huge difference at school. At his checkup the nurse plotted his height and he has gone from the 40th percentile down to the 15th in three years. His appetite at lunch is basically zero on school days. Could the Ritalin be slowing his growth? Our pediatrician mentioned 'drug holidays' over the summer. Is it ok to just stop it for the holidays and start again in September? He also takes cetirizine for hay fever in the spring, is that ok with the Ritalin?",
    focus: 'methylphenidate',
    types: ['side_effects', 'drug_usage', 'interactions'],
  },
  // why: asks whether testosterone is the only treatment (treatment) and whether his brother should be tested (diagnosis: whether relatives should be tested).
  {
    message:
      "I'm 19 and never went through puberty properly. I also have no sense of smell, never had. Last week I was told it's Kallmann syndrome. Is testosterone the only treatment or are there other options? Should my younger brother be tested too? He's 14 and also can't smell much.",
    focus: 'Kallmann syndrome',
    types: ['treatment', 'diagnosis'],
  },
  // why: asks how rare it is (named in the subject): frequency.
  {
    subject: 'Williams syndrome',
    message:
      'My grandson was diagnosed at 18 months. He is very small for his age and the doctors say that is part of it. How rare is it? I had never heard of it before.',
    focus: 'Williams syndrome',
    types: ['frequency'],
  },
  // why: asks whether a long flight and a long trip abroad are ok: travel, lifestyle.
  {
    message:
      'I had a pituitary tumour removed last year and now I have hypopituitarism. I take hydrocortisone, thyroxine and growth hormone. My wife and I are planning a trip to Australia from the UK to see our son. Is it safe for me to do such a long flight and be away for 3 weeks?',
    focus: 'hypopituitarism',
    types: ['lifestyle'],
  },
  // why: asks for hospitals with experience in craniopharyngioma in children: find_specialist.
  {
    message:
      'Are there hospitals in Ohio with experience treating craniopharyngioma in children? Our son stopped growing and the MRI found one.',
    focus: 'craniopharyngioma',
    types: ['find_specialist'],
  },
  // why: asks how triptorelin stops puberty (indication) and whether it can cause mood swings and headaches (side_effects); the medicine is the focus.
  {
    message:
      "My daughter is 7 and was diagnosed with central precocious puberty in March. She grew 10 cm in one year and her bone age is nearly 10. The endocrinologist wants to start triptorelin injections every 3 months to pause it until she is older, and we have said yes, but I still feel uneasy. I don't really understand what the injection does. How does triptorelin actually stop puberty? Also, my friend's daughter had mood swings and headaches on a similar injection. Can triptorelin cause that? My daughter is already quite emotional and I don't want to make school harder for her.",
    focus: 'triptorelin',
    types: ['indication', 'side_effects'],
  },
  // why: asks which gene causes it (genetic_changes), then whether it mostly affects boys and whether their daughter could be a carrier (inheritance).
  {
    message:
      "Our son Tomas is 6 and has always been small, below the 3rd centile since he was a baby. He also has wide-set eyes, a small nose, and short hands with a little webbing between his fingers. After two years of appointments, a geneticist told us he has Aarskog-Scott syndrome. My wife's brother was also very short and looked a bit like Tomas as a boy, but he was never tested. We also have a daughter who is 3 and is growing normally. Which gene causes this? Is it true that it mostly affects boys, and could our daughter be a carrier?",
    focus: 'Aarskog-Scott syndrome',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: a woman with SEDC asks the chance their child has it and whether it differs for a boy or girl: both inheritance.
  {
    message:
      "I'm 28 and I have spondyloepiphyseal dysplasia congenita. I'm 4'1\", I've had both hips replaced and spinal surgery as a teenager, and I work full time as an accountant, so I've done alright. My partner and I have been together six years and we're starting to talk seriously about having children. He's average height and there's nothing like this in his family. My parents are both average height too, so I was the first in my family. What are the chances our child would have SEDC? And would it be any different if the baby is a boy or a girl?",
    focus: 'spondyloepiphyseal dysplasia congenita',
    types: ['inheritance'],
  },
];
