/**
 * "cousins" set. Messages about families and relationships: cousins who marry, couples who are both carriers,
 * family planning, a partner's family history, telling a new partner, testing before marriage. Written by someone
 * who had read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored once,
 * before any change made for it (focus 1.000, type F1 0.927). Scored by cousins.test.ts and by `npx tsx
 * test/understand/support/score-messages.ts --cousins --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const COUSINS_MESSAGES: ConsumerMessage[] = [
  // why: "what are the chances our kids would have it" asks the chance for children, so inheritance only
  {
    subject: 'first cousins getting married',
    message:
      'My fiance and I are first cousins (our mothers are sisters). His little brother was born with maple syrup urine disease and is on a special formula for life. What are the chances our kids would have it too?',
    focus: 'maple syrup urine disease',
    types: ['inheritance'],
  },
  // why: "is the trait the same as the disease" asks what each is (information); "odds our baby has it" is inheritance
  {
    subject: 'we both have the trait',
    message:
      'Hi, me and my husband both found out we have sickle cell trait when we did our bloodwork at the first pregnancy visit. Is the trait the same thing as sickle cell disease? And what are the odds our baby will actually have the disease?',
    focus: 'sickle cell disease',
    types: ['information', 'inheritance'],
  },
  // why: "do we still need to be screened" asks whether they should be tested, which is diagnosis
  {
    subject: 'Tay-Sachs screening',
    message:
      'My OB offered Tay-Sachs carrier screening before we start trying. Neither me nor my husband is Jewish. Do we still need to be screened',
    focus: 'Tay-Sachs',
    types: ['diagnosis'],
  },
  // why: chance for a child is inheritance, testing embryos is diagnosis, finding a genetic counselor is find_specialist
  {
    message:
      "I'm 29 and last year I tested positive for the gene for Huntington's disease, which my dad has. I've recently started seeing someone really special and I haven't told him yet, I'm terrified he'll leave. We've started talking about maybe having a family one day. If we had a child, what is the chance the child would get Huntington's disease? Is it true that embryos can be tested with IVF so we only use ones without the gene? And how do I find a genetic counselor who knows about HD who could see both of us together? Thank you for reading this.",
    focus: "Huntington's disease",
    types: ['inheritance', 'diagnosis', 'find_specialist'],
  },
  // why: "is it hereditary" asks inheritance only; the story about his aorta is background
  {
    message: 'my boyfriend has marfan syndrome, he had surgery on his aorta last year. is it hereditary?',
    focus: 'marfan syndrome',
    types: ['inheritance'],
  },
  // why: "am I a carrier" is inheritance; "is there a test I can have" is diagnosis
  {
    subject: 'brother with haemophilia, I am pregnant',
    message:
      "My older brother has haemophilia A. I'm 14 weeks pregnant and we just found out it's a boy. Could I be a carrier? Is there a test I can have to find out, or a test on the baby before he's born?",
    focus: 'haemophilia A',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "is it safe for him to be on it while we try to conceive" is a pregnancy precaution, contraindications
  {
    message:
      'My husband takes hydroxyurea for his sickle cell. We want to try for our second baby this year. Is it safe for him to stay on hydroxyurea while we are trying to get pregnant?',
    focus: 'hydroxyurea',
    types: ['contraindications'],
  },
  // why: "safe during pregnancy" is contraindications for Depakote; "could our kids get epilepsy" is inheritance
  {
    subject: 'Depakote and starting a family',
    message:
      "I've been on Depakote for epilepsy since I was a teenager and it keeps my seizures under control. My fiance and I are getting married in the spring and we want kids fairly soon after. Is Depakote safe to take during pregnancy? Also is epilepsy passed down, could our kids end up with it as well?",
    focus: 'Depakote',
    types: ['contraindications', 'inheritance'],
  },
  // why: carrier test before marriage is diagnosis, chance for each child is inheritance, options besides transfusions is treatment
  {
    subject: 'test before marriage',
    message:
      'Assalamualaikum. I am getting married next year to my fiance, and his younger sister has beta thalassemia major and gets blood transfusion every 3 weeks. Which blood test should we both do before the marriage to know if we are carriers? If both of us are carriers what is the chance for each child to have beta thalassemia major? And is there any treatment now other than transfusions, my mother in law says bone marrow transplant can cure it, is that true?',
    focus: 'beta thalassemia major',
    types: ['diagnosis', 'inheritance', 'treatment'],
  },
  // why: "will our kids get it" is inheritance; "can she keep taking colchicine while pregnant" is contraindications
  {
    message:
      'my wife and i are cousins and both our families have familial mediterranean fever, she has it and takes colchicine every day. will our kids get FMF? and can she keep taking the colchicine when she gets pregnant',
    focus: 'familial mediterranean fever',
    types: ['inheritance', 'contraindications'],
  },
  // why: chance for the next baby is inheritance; "is there treatment now" is treatment
  {
    subject: 'next pregnancy after SMA',
    message:
      "We lost our daughter to spinal muscular atrophy type 1 when she was 8 months old, four years ago. Testing showed we are both carriers. We're thinking about trying again. What is the chance our next baby has SMA, and if they do, is there a treatment now that wasn't around back then?",
    focus: 'spinal muscular atrophy type 1',
    types: ['inheritance', 'treatment'],
  },
  // why: "should she get tested before we start a family" asks whether a relative should be tested, diagnosis
  {
    message:
      "My wife's uncle and one of her cousins have fragile X syndrome. Should she get tested before we start a family?",
    focus: 'fragile X syndrome',
    types: ['diagnosis'],
  },
  // why: "could I be a carrier / chance my sons get it" is inheritance; "how long do boys live now" is prognosis
  {
    subject: 'nephew just diagnosed',
    message:
      "My sister's little boy was just diagnosed with Duchenne muscular dystrophy, he's 4. I'm engaged and we want children. Could I be a carrier too, and what are the chances my sons would have Duchenne? And honestly how long do boys with it live these days? My sister is too upset to ask the doctors.",
    focus: 'Duchenne muscular dystrophy',
    types: ['inheritance', 'prognosis'],
  },
  // why: "will they have PKU" asks the chance for children, inheritance
  {
    message:
      "My partner has PKU and has been on the low protein diet her whole life. I don't have it. If we have children will they have PKU?",
    focus: 'PKU',
    types: ['inheritance'],
  },
  // why: "can she keep taking it while pregnant" is contraindications; "what does it do / how does it work" is indication
  {
    subject: 'Kuvan in pregnancy?',
    message:
      "My wife takes Kuvan for her PKU and her levels have been great on it. We're planning a pregnancy in the next few months. Can she keep taking Kuvan while pregnant? Also what is Kuvan actually doing, how does it work? Her clinic never really explained it to me.",
    focus: 'Kuvan',
    types: ['contraindications', 'indication'],
  },
  // why: "what is it" is information, "how common among Ashkenazi Jews" is frequency, "should he be tested" is diagnosis
  {
    message:
      "We're both Ashkenazi Jewish and did the carrier panel before trying for a baby. My results came back that I carry Gaucher disease. My husband hasn't done his yet. What exactly is Gaucher disease? How common is it in Ashkenazi Jews? And does my husband need to be tested now that we know I'm a carrier?",
    focus: 'Gaucher disease',
    types: ['information', 'frequency', 'diagnosis'],
  },
  // why: "is this something that runs in families" asks inheritance only
  {
    subject: "Girlfriend's dad had a heart attack at 40",
    message:
      "My girlfriend's dad had a heart attack at 40 and his doctors said it was because of familial hypercholesterolemia. Her grandad died young too. Is this something that runs in families?",
    focus: 'familial hypercholesterolemia',
    types: ['inheritance'],
  },
  // why: "can it be passed to children" is inheritance; "does it get worse as you get older" is prognosis
  {
    message:
      "The guy I'm dating told me on our third date that he has neurofibromatosis type 1, he has some bumps on his skin and brown patches. I really like him and want to understand it. Can NF1 be passed on to children? does it get worse as you get older?",
    focus: 'neurofibromatosis type 1',
    types: ['inheritance', 'prognosis'],
  },
  // why: "should he be scanned" is diagnosis, chance for the kids is inheritance, "can it lead to kidney failure" is complications
  {
    subject: "husband's family history of kidney disease",
    message:
      "My husband's mum and his grandad both had polycystic kidney disease and his mum is on dialysis now. He's 32 and has never been checked, he says he feels fine. Should he be scanned for it? If he does have it, what is the chance our two kids have it? And can it lead to kidney failure like his mum?",
    focus: 'polycystic kidney disease',
    types: ['diagnosis', 'inheritance', 'complications'],
  },
  // why: "does that mean all our kids will have it" asks the chance for children, inheritance
  {
    message:
      'I have haemochromatosis (two copies of C282Y) and my husband turns out to be a carrier of one C282Y. Does that mean all of our kids will have haemochromatosis?',
    focus: 'haemochromatosis',
    types: ['inheritance'],
  },
  // why: "should I be tested" is diagnosis; "can it be treated" is treatment
  {
    message:
      "My brother was diagnosed with Wilson's disease at 19 after his liver tests came back bad. I'm 23 and getting married in a few months. Should I be tested for it too? And can Wilson's disease be treated, or is it for life?",
    focus: "Wilson's disease",
    types: ['diagnosis', 'treatment'],
  },
  // why: "how can it happen if neither of us has it, are we both carriers" is one inheritance question asked twice
  {
    message:
      'our first baby was born with albinism. me and my husband both have normal skin and hair and nobody in either family has it that we know of. how can that happen if neither of us has it?? does it mean we are both carriers',
    focus: 'albinism',
    types: ['inheritance'],
  },
  // why: "worse in the next generation" is about how it is passed on (inheritance), tests in pregnancy are diagnosis, new treatments being studied is research
  {
    subject: 'anticipation??',
    message:
      "My father has myotonic dystrophy type 1, he has cataracts and can't let go of things once he grips them. I was tested at 30 and I have it too, but I barely notice anything. My wife and I want kids. I read that it can be much worse in the next generation, even severe in newborns, is that true? What tests can be done during a pregnancy to check the baby? And is there any research going on for new treatments, any trials we could join?",
    focus: 'myotonic dystrophy type 1',
    types: ['inheritance', 'diagnosis', 'research'],
  },
  // why: chance the baby has it is inheritance; "what screening tests are there in pregnancy" is diagnosis
  {
    message:
      "I'm 41 and pregnant for the first time, and my partner's sister has Down syndrome. What's the chance our baby will have Down syndrome? What screening tests can we do during the pregnancy?",
    focus: 'Down syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "how much folic acid and when to start" is drug_usage, "can spina bifida be prevented" is prevention, "will it happen again" is inheritance
  {
    subject: 'trying again after spina bifida',
    message:
      "Our son was born with spina bifida two years ago. We'd like another baby. My doctor said I need to take a higher dose of folic acid this time. How much folic acid should I take and how long before we start trying? Can spina bifida really be prevented or just made less likely? And what's the chance it happens again with the next baby?",
    focus: 'folic acid',
    types: ['drug_usage', 'prevention', 'inheritance'],
  },
  // why: "what is it" asks an overview, information only; the cousin's baby is story
  {
    message:
      "What is Canavan disease? My fiancee's cousin had a baby who died of it and her family won't talk about it.",
    focus: 'Canavan disease',
    types: ['information'],
  },
  // why: "will our kids have it" is inheritance; "should they be tested and at what age" is diagnosis
  {
    message:
      "My wife has alpha-1 antitrypsin deficiency (ZZ) and I found out I'm MZ. We have a 3 year old and a baby. Will our kids have alpha-1 antitrypsin deficiency? Should they be tested, and at what age?",
    focus: 'alpha-1 antitrypsin deficiency',
    types: ['inheritance', 'diagnosis'],
  },
  // why: "how long can he expect to live" is prognosis, "chance our child has CF" is inheritance, "should I get tested" is diagnosis
  {
    subject: 'partner has CF, thinking about a baby',
    message:
      "My partner has cystic fibrosis. He's 31 and doing well on his meds. We've been together 5 years and want to have a baby. I'm scared to ask him this directly but how long can someone with cystic fibrosis expect to live now? What is the chance our child would have CF? I have no family history, should I still get tested?",
    focus: 'cystic fibrosis',
    types: ['prognosis', 'inheritance', 'diagnosis'],
  },
  // why: "should I get tested before starting the pill" asks whether a relative should be tested, diagnosis
  {
    message:
      "My mom has factor V Leiden and had a clot in her leg. I'm 18 and about to start the pill. Should I get tested for factor V Leiden first?",
    focus: 'factor V Leiden',
    types: ['diagnosis'],
  },
  // why: "what is it" is information; "will our children need screening" is diagnosis
  {
    subject: "fiance's family history",
    message:
      "My fiance's dad and aunt both had colon cancer in their 40s, and the family was told recently that it's Lynch syndrome. He hasn't been tested yet. What is Lynch syndrome? Would our future children need to be screened for it?",
    focus: 'Lynch syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: "can our daughters have it or only sons" asks how it passes to children, inheritance
  {
    message:
      'husband has G6PD deficiency, we have 2 girls and a boy. can our daughters have it or is it only boys?',
    focus: 'G6PD deficiency',
    types: ['inheritance'],
  },
  // why: pregnancy and breastfeeding are contraindications, "what side effects to watch for" is side_effects, "with her calcium tablets" is interactions
  {
    subject: 'Exjade questions',
    message:
      'My wife has thalassemia and takes Exjade because of all the transfusions. We want to try for another baby. Does she need to stop Exjade before getting pregnant, and can she take it while she is breastfeeding? What side effects should we watch for, her stomach has been bad lately. And can she take it together with her calcium tablets and antacids?',
    focus: 'Exjade',
    types: ['contraindications', 'side_effects', 'interactions'],
  },
  // why: "is it inherited" asks inheritance only
  {
    subject: 'Usher syndrome',
    message:
      'my boyfriend was born deaf and now hes losing his sight, they told him its usher syndrome. is it inherited',
    focus: 'usher syndrome',
    types: ['inheritance'],
  },
  // why: chance the baby has it is inheritance; "can it be seen on a scan" is diagnosis
  {
    message:
      "I have achondroplasia and my husband is average height. We're expecting our first. What are the chances our baby will have achondroplasia? Can it be seen on an ultrasound before the birth?",
    focus: 'achondroplasia',
    types: ['inheritance', 'diagnosis'],
  },
  // why: whether the children have it / daughters as carriers is inheritance, "what treatment" is treatment, "a clinic that knows Fabry" is find_specialist
  {
    message:
      'Hello. My husband was diagnosed with Fabry disease last year after years of pain in his hands and feet. We have a daughter (7) and a son (4). Will they have Fabry disease? I read that girls are only carriers, is that right? What treatment is there for him? And where can we find a clinic that knows about Fabry disease, our local hospital had never seen a case.',
    focus: 'Fabry disease',
    types: ['inheritance', 'treatment', 'find_specialist'],
  },
  // why: "how common is it" asks frequency only; the infertility is story
  {
    message:
      "How common is Klinefelter syndrome? My husband was only diagnosed at 35 when we couldn't get pregnant and I can't believe no one picked it up before.",
    focus: 'Klinefelter syndrome',
    types: ['frequency'],
  },
  // why: "which gene causes hEDS" is genetic_changes; "will my kids inherit it" is inheritance
  {
    message:
      'I was diagnosed with hEDS at 26. My partner and I are thinking about having children. Which gene causes hEDS? and will my kids inherit it from me',
    focus: 'hEDS',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: "what causes it" is cause, "which gene" is genetic_changes, "will the next baby be deaf" is inheritance, "cochlear implants" is treatment
  {
    subject: 'our baby is deaf, we are cousins',
    message:
      'We are first cousins and married 3 years. Our first baby failed the newborn hearing test and now the audiologist confirmed deafness in both ears. The doctor said it may be genetic because we are related. What causes deafness in babies like this? Which gene is usually involved? Will our next baby be deaf too? And is our son a candidate for cochlear implants? We want to do everything for him.',
    focus: 'deafness',
    types: ['cause', 'genetic_changes', 'inheritance', 'treatment'],
  },
  // why: "will my baby have it" is inheritance; "will I bleed a lot at delivery" is a problem the disease leads to, complications
  {
    message:
      "I have von Willebrand disease, type 1. I'm 20 weeks pregnant. Will my baby have von Willebrand disease too? And am I going to bleed a lot during the delivery?",
    focus: 'von Willebrand disease',
    types: ['inheritance', 'complications'],
  },
  // why: "where can we get genetic counselling" asks for a service, find_specialist
  {
    subject: 'Carrier testing before marriage',
    message:
      'where can we get genetic counselling for thalassaemia before our wedding? we live in Birmingham UK',
    focus: 'thalassaemia',
    types: ['find_specialist'],
  },
];
