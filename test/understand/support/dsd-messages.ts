/**
 * "dsd" set. Messages about differences of sex development and conditions of the sex chromosomes and
 * reproductive organs (androgen insensitivity syndrome, congenital adrenal hyperplasia, Klinefelter syndrome,
 * Turner syndrome, MRKH syndrome, Kallmann syndrome), from parents, teenagers and adults: what it is,
 * hormones, surgery decisions, fertility, telling others, with other questions. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.950, type F1 0.827). Scored by dsd.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --dsd --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const DSD_MESSAGES: ConsumerMessage[] = [
  // why: only asks what the condition is -> information
  {
    message:
      "my daughter's gyn just said she has MRKH and left the room basically. what even is that?? she's 16 and we are both freaking out",
    focus: 'Mayer-Rokitansky-Kuster-Hauser syndrome',
    types: ['information'],
  },
  // why: asks only how common it is -> frequency
  {
    message:
      "How common is Klinefelter syndrome? The geneticist said it's 'not that rare' but I had never heard of it before my son was diagnosed.",
    focus: 'Klinefelter syndrome',
    types: ['frequency'],
  },
  // why: asks about life expectancy only -> prognosis
  {
    message:
      'Hello, I am a grandmother. My granddaughter is 3 and has Turner syndrome. Will she live a normal long life like other girls?',
    focus: 'Turner syndrome',
    types: ['prognosis'],
  },
  // why: the chance that the next baby has it -> inheritance
  {
    subject: 'CAH - next pregnancy',
    message:
      "Our son (2) has salt wasting congenital adrenal hyperplasia. We'd like another baby. What are the odds the next one has it as well? Neither of us has it.",
    focus: 'congenital adrenal hyperplasia',
    types: ['inheritance'],
  },
  // why: asks which gene is changed -> genetic_changes
  {
    message:
      'genetic report says 5 alpha reductase deficiency, SRD5A2 c.680G>A homozygous. is SRD5A2 the gene that causes it or is it a different gene? trying to understand the paper',
    focus: '5-alpha reductase deficiency',
    types: ['genetic_changes'],
  },
  // why: whether loss of smell belongs to the condition -> symptoms
  {
    message:
      'My son has Kallmann syndrome but he can smell perfectly fine. I read that everyone with Kallmann cant smell. Is the no-smell thing always part of it or not always?',
    focus: 'Kallmann syndrome',
    types: ['symptoms'],
  },
  // why: what the granules contain -> ingredients (medicine focus)
  {
    message:
      'do the alkindi hydrocortisone granules have lactose or gluten in them? our little one with CAH has a cows milk allergy',
    focus: 'hydrocortisone',
    types: ['ingredients'],
  },
  // why: fridge and heat are about storing the medicine -> storage_disposal
  {
    subject: 'fludrocortisone camping',
    message:
      "We're going camping for a week with our 4 yr old. Does her fludrocortisone have to be kept in the fridge? Is it ruined if it gets hot in the car?",
    focus: 'fludrocortisone',
    types: ['storage_disposal'],
  },
  // why: asks for a support group -> find_specialist
  {
    message:
      'Looking for a support group for parents of children with androgen insensitivity syndrome, preferably in the UK or online. Our daughter is 5 months old and we feel very alone. Thank you.',
    focus: 'androgen insensitivity syndrome',
    types: ['find_specialist'],
  },
  // why: missed dose of a medicine -> drug_usage; the condition is only story
  {
    message:
      'I have klinefelters and get testosterone shots every 2 weeks. I forgot mine and its now 5 days late. do i just take it now and shift the schedule, or take it on the next normal day?',
    focus: 'testosterone',
    types: ['drug_usage'],
  },
  // why: asks whether there is a link between the two -> association
  {
    message:
      'Is there a link between Klinefelter syndrome and autism? My 7 year old with 47,XXY is being assessed for ASD.',
    focus: 'Klinefelter syndrome',
    types: ['association'],
  },
  // why: growth hormone and oestrogen are both therapies -> treatment, once
  {
    message:
      "Our 9 yo was diagnosed with Turner's last month. Will she need growth hormone injections? And when do girls with Turner start oestrogen, is it at the normal puberty age or later?",
    focus: 'Turner syndrome',
    types: ['treatment'],
  },
  // why: asks only about studies to join -> research
  {
    message: 'are there any research studies about 47,XYY that kids can join? my son is 6. we are in Ohio',
    focus: '47,XYY syndrome',
    types: ['research'],
  },
  // why: safety of a medicine in pregnancy -> contraindications; preventing virilisation is story
  {
    message:
      "I am 7 weeks pregnant and we already have a daughter with CAH. The doctor mentioned taking dexamethasone from now so the baby's genitals aren't affected if it's a girl with CAH. Is dexamethasone actually safe for the baby during pregnancy? I've read scary things online.",
    focus: 'dexamethasone',
    types: ['contraindications'],
  },
  // why: asks what the medicine does / why it is given -> indication
  {
    message:
      'why would an endocrinologist give a 13 year old boy letrozole?? hes got klinefelter and is short for his age. i thought letrozole was a breast cancer drug. what does it actually do',
    focus: 'letrozole',
    types: ['indication'],
  },
  // why: newborn heel prick is screening -> diagnosis; what happens if missed -> complications
  {
    message:
      'Is CAH one of the things they check for in the newborn heel prick test? And if a baby has it and it is missed, what happens?',
    focus: 'congenital adrenal hyperplasia',
    types: ['diagnosis', 'complications'],
  },
  // why: born with it or caused later -> cause; a biological child for him -> treatment (fertility treatment)
  {
    message:
      "My boyfriend (34) just found out he has Klinefelter syndrome because we were doing fertility tests. He's really shaken. Is this something he was born with, or did something cause it later in life? And is there any way for us to have a baby that is biologically his?",
    focus: 'Klinefelter syndrome',
    types: ['cause', 'treatment'],
  },
  // why: cancer risk if gonads are left -> complications; timing of gonad surgery -> treatment
  {
    subject: 'CAIS and gonadectomy',
    message:
      'Our daughter is 4 and has complete androgen insensitivity. The surgeon wants to remove her gonads. How big is the cancer risk really if we leave them in? Can the operation wait until she is old enough to decide for herself?',
    focus: 'complete androgen insensitivity syndrome',
    types: ['complications', 'treatment'],
  },
  // why: uterus transplant is a therapy -> treatment; whether her daughter could have it -> inheritance
  {
    message:
      "I'm 24 with MRKH. Is a uterus transplant actually a real option now or still sci-fi? Also if I have a baby through a surrogate with my own eggs, could my daughter be born with MRKH too?",
    focus: 'Mayer-Rokitansky-Kuster-Hauser syndrome',
    types: ['treatment', 'inheritance'],
  },
  // why: alcohol with the medicine -> interactions; extra doses when sick -> drug_usage
  {
    message:
      'im 19, CAH, on hydrocortisone 3 times a day. starting uni in sept. is it ok to drink alcohol when youre on hydrocortisone?? and if im throwing up (hangover or bug) do i need to take extra',
    focus: 'hydrocortisone',
    types: ['interactions', 'drug_usage'],
  },
  // why: when to shower after applying -> drug_usage; acne from the gel -> side_effects
  {
    message:
      'How long after putting on AndroGel can I shower or swim? Also my back and shoulders are breaking out in spots since I started it 2 months ago, is that from the gel?',
    focus: 'Androgel',
    types: ['drug_usage', 'side_effects'],
  },
  // why: what the patches are for -> indication; where and how often to put them on -> drug_usage
  {
    message:
      'My daughter (12, Turner syndrome) is starting estradiol patches next week. What are they for exactly - is it only to start puberty or something else too? And where on her body do they go and how often do we change them?',
    focus: 'estradiol',
    types: ['indication', 'drug_usage'],
  },
  // why: heart problems it leads to -> complications; how often to check the heart -> diagnosis (screening)
  {
    message: 'does turner syndrome affect the heart? how often should she have her heart checked',
    focus: 'Turner syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: whether deeper voice / growth at puberty belong to it -> symptoms; surgery now or wait -> treatment
  {
    message:
      'Our baby was first thought to be a girl but now the doctors say 5-alpha reductase deficiency, XY. Is it true that children with this get a deep voice and the penis grows at puberty? Some doctors push to do genital surgery now, others say wait. What is recommended?',
    focus: '5-alpha reductase deficiency',
    types: ['symptoms', 'treatment'],
  },
  // why: older mothers at higher risk (not family inheritance) -> susceptibility; testing a sibling -> diagnosis
  {
    message:
      'Are older mothers more at risk of having a baby with Klinefelter syndrome? I was 41 with my youngest (he has it). Also should his older brother be tested too, he seems fine?',
    focus: 'Klinefelter syndrome',
    types: ['susceptibility', 'diagnosis'],
  },
  // why: could this be it -> diagnosis; whether the gonads get removed -> treatment
  {
    message:
      'hi im 17 and never had a period. Im tall and have barely any breasts. my doctor ordered a karyotype test. could this be swyer syndrome? i read about it online. if it is, do they have to do an operation to take something out?',
    focus: 'Swyer syndrome',
    types: ['diagnosis', 'treatment'],
  },
  // why: classroom support is school life -> lifestyle; whether anxiety and reading trouble belong to it -> symptoms
  {
    message:
      'I am a year 4 teacher. One of my pupils has triple X syndrome (her mum told me). What can I do in the classroom to help her learning? Is her anxiety and difficulty with reading part of the condition?',
    focus: 'triple X syndrome',
    types: ['lifestyle', 'symptoms'],
  },
  // why: insurance coverage -> other; trials to sign up for -> research
  {
    subject: 'MRKH insurance + trials',
    message:
      'does insurance normally cover vaginal dilator therapy for mrkh? mine is refusing. and are there any clinical trials for uterus transplant in the US i could sign up for',
    focus: 'Mayer-Rokitansky-Kuster-Hauser syndrome',
    types: ['other', 'research'],
  },
  // why: when and how to tell her is advice on disclosure -> other; psychologist or group -> find_specialist
  {
    message:
      "Our daughter is 14 and has CAIS. She knows she can't have periods but she doesn't know about the XY chromosomes yet. When and how should we tell her? Is there a psychologist or a group that helps families with this conversation?",
    focus: 'complete androgen insensitivity syndrome',
    types: ['other', 'find_specialist'],
  },
  // why: preventing it next time -> prevention; whether it is passed down -> inheritance
  {
    message:
      'We lost our first pregnancy at 14 weeks and the tests showed Turner syndrome. Is there anything we can do to prevent it happening again next time? Is it passed down in families?',
    focus: 'Turner syndrome',
    types: ['prevention', 'inheritance'],
  },
  // why: should I be tested -> diagnosis; same as PCOS -> information; help getting pregnant -> treatment
  {
    message:
      "I'm 28, I have acne, hair on my chin and really irregular periods. My doctor always said PCOS. Now my sister was diagnosed with late-onset congenital adrenal hyperplasia. Should I get tested for it too? Is non-classic CAH the same thing as PCOS or totally different? And if I have it, is there a treatment that helps with getting pregnant?",
    focus: 'congenital adrenal hyperplasia',
    types: ['diagnosis', 'information', 'treatment'],
  },
  // why: how it works -> indication; how often the shots -> drug_usage; what to watch for -> side_effects
  {
    subject: 'Lupron for early puberty',
    message:
      'Our 7 year old daughter has CAH and now early puberty, the endo wants to start leuprolide (Lupron) injections. How does it work? How often does she get the shot? What side effects should we watch out for?',
    focus: 'leuprolide',
    types: ['indication', 'drug_usage', 'side_effects'],
  },
  // why: whether two conditions are the same -> information; the son has Noonan, so it is the focus
  {
    message:
      "is noonan syndrome the same thing as turner syndrome? the doctor said our son has noonan and called it kind of 'turner syndrome in boys'. confused",
    focus: 'Noonan syndrome',
    types: ['information'],
  },
  // why: how a man has XX -> cause; children -> treatment; doctor who knows -> find_specialist
  {
    message:
      'Hello. My husband was told he has 46,XX testicular DSD after we tried 2 years for a baby. How can a man have XX chromosomes, how does this happen? Is there any treatment so we can have children? Where can we find a doctor who really knows about this? We live in Texas.',
    focus: 'XX male syndrome',
    types: ['cause', 'treatment', 'find_specialist'],
  },
  // why: whether the two problems are linked -> association; genetic test for a DSD -> diagnosis
  {
    message:
      "My baby boy was born with hypospadias and one undescended testicle. Are these two things linked? Should he have genetic tests to check for a difference of sex development? The midwife mentioned it and now I can't stop thinking about it.",
    focus: 'hypospadias',
    types: ['association', 'diagnosis'],
  },
  // why: what causes it -> cause (no named exposure); whether infertility belongs to it -> symptoms; lifespan -> prognosis
  {
    message:
      'my daughter just had a baby girl and they say she has turner syndrome. what causes turner syndrome, did my daughter do something wrong in the pregnancy? a friend told me girls with turner can not have babies of their own, is that part of it? and what is the life expectancy. sorry for so many questions i am just worried for them',
    focus: 'Turner syndrome',
    types: ['cause', 'symptoms', 'prognosis'],
  },
  // why: what the condition is -> information; which hospital -> find_specialist; must gonads be removed -> treatment
  {
    message:
      'Good day. My child is 2 years, diagnose with 17 beta HSD3 deficiency (17-beta hydroxysteroid dehydrogenase 3). In our country the doctors do not know this disease well. Please what is this condition exactly? Which hospital in Europe is specialist for this? The doctors here say the gonads must be removed, is this true? Thank you very much.',
    focus: '17-beta hydroxysteroid dehydrogenase 3 deficiency',
    types: ['information', 'find_specialist', 'treatment'],
  },
  // why: XXYY vs Klinefelter, same or different -> information; its features -> symptoms
  {
    message:
      "Is 48,XXYY just a more severe type of Klinefelter syndrome or a different thing? What are the signs we should expect as he grows up? He's 3 and has a speech delay.",
    focus: '48,XXYY syndrome',
    types: ['information', 'symptoms'],
  },
  // why: next son / brothers -> inheritance; how rare -> frequency; leftover uterus turning into cancer -> complications
  {
    subject: 'PMDS',
    message:
      'During surgery for undescended testes they found my son (18 months) has a uterus and tubes. They call it persistent Mullerian duct syndrome. Could our next son have it too? How rare is it? And can the uterus become cancer later if they leave it in?',
    focus: 'persistent Mullerian duct syndrome',
    types: ['inheritance', 'frequency', 'complications'],
  },
  // why: same as HH -> information; fathering a child with treatment -> treatment; whether kids get it -> inheritance
  {
    message:
      'The new endocrinologist says my husband has Kallmann syndrome, but his old records say hypogonadotropic hypogonadism. Are those the same thing? Can he become a father with treatment, and would our kids inherit it?',
    focus: 'Kallmann syndrome',
    types: ['information', 'treatment', 'inheritance'],
  },
];
