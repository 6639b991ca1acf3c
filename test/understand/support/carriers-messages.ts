/**
 * "carriers" set. Messages about being a carrier: carrier test results, partners who both carry, what it
 * means for children and relatives, carriers with symptoms, with other questions. Written by someone who had
 * read neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 0.975, type F1 0.889). Scored by carriers.test.ts and by `npx
 * tsx test/understand/support/score-messages.ts --carriers --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const CARRIERS_MESSAGES: ConsumerMessage[] = [
  // why: asks only what a carrier result means for future children -> inheritance
  {
    message:
      'got my carrier screening results back today and it says im a carrier for cystic fibrosis (deltaF508). my husband hasnt done his test yet. what does this mean for our future kids??',
    focus: 'cystic fibrosis',
    types: ['inheritance'],
  },
  // why: chance the baby has it (both have the trait) -> inheritance; cure -> treatment
  {
    message:
      'Hello, my husband and I both have the sickle cell trait, we found out at my first prenatal visit. What are the chances our baby will have sickle cell disease? And if she does, is there a cure now? Someone at church mentioned a bone marrow transplant.',
    focus: 'sickle cell disease',
    types: ['inheritance', 'treatment'],
  },
  // why: the chance for each pregnancy when both carry -> inheritance; condition named in the subject
  {
    subject: 'Tay Sachs carriers - both of us',
    message:
      "We're both Ashkenazi and we both came back as carriers on the panel. Is it a 1 in 4 chance every pregnancy or does it only apply once?",
    focus: 'Tay-Sachs disease',
    types: ['inheritance'],
  },
  // why: whether carriers get these signs -> symptoms; heart check and which test -> diagnosis
  {
    message:
      "My son (6) was diagnosed with Duchenne muscular dystrophy last year and genetic testing showed I'm a carrier. For a few months now my calves cramp and I get really tired on stairs. Can carriers have symptoms like that? Should I get my heart checked, and what test would that be?",
    focus: 'Duchenne muscular dystrophy',
    types: ['symptoms', 'diagnosis'],
  },
  // why: whether carriers get bleeding signs like heavy periods -> symptoms
  {
    message:
      'my dad has hemophilia A so im an obligate carrier apparently. do carriers get bleeding problems too?? my periods are really heavy and i bruise from nothing',
    focus: 'hemophilia A',
    types: ['symptoms'],
  },
  // why: whether her kids could have it -> inheritance; which gene -> genetic_changes
  {
    message:
      "I was told I have a premutation for fragile X, about 70 repeats. Is it true my kids could have full fragile X syndrome even though I don't have it? Also which gene is this, FMR-something?",
    focus: 'fragile X syndrome',
    types: ['inheritance', 'genetic_changes'],
  },
  // why: risk for the child -> inheritance; testing embryos -> diagnosis; treatments -> treatment
  {
    message:
      "Both my partner and I turned out to be carriers for spinal muscular atrophy from the screening the IVF clinic did. What's the actual risk for our child, can the embryos be tested before transfer, and if a baby is born with SMA what treatments are there now?",
    focus: 'spinal muscular atrophy',
    types: ['inheritance', 'diagnosis', 'treatment'],
  },
  // why: whether children of two thalassemia minor parents will have thalassemia major -> inheritance
  {
    message:
      'Hello doctor, I am from Pakistan and I have thalassemia minor, my fiance also have thalassemia minor. Our families say dont marry. If we marry our childrens will have thalassemia major? Please reply',
    focus: 'beta thalassemia',
    types: ['inheritance'],
  },
  // why: a teacher asks about diet and sports at camp -> lifestyle
  {
    message:
      "I'm a PE teacher. A girl in my class is an OTC carrier (ornithine transcarbamylase) and her mom says she can't have the protein shakes the other kids have. Can she do sports and eat normally on our school camp next month, or does she need a special diet?",
    focus: 'ornithine transcarbamylase deficiency',
    types: ['lifestyle'],
  },
  // why: whether a G6PD-carrier woman may take the medicine -> contraindications; the medicine is the focus
  {
    message:
      'Im G6PD carrier (female, heterozygous). My GP prescribe me nitrofurantoin for a urine infection. It is safe for me to take it?',
    focus: 'nitrofurantoin',
    types: ['contraindications'],
  },
  // why: what the medicine does -> indication; taking it at night -> drug_usage; medicine is the focus
  {
    message:
      'my son is 4 and has CF (me and his dad are both carriers, we found out when he was born). the clinic wants to start him on Kalydeco. what does it actually do? and can he take it at night instead of in the morning, mornings are chaos',
    focus: 'ivacaftor',
    types: ['indication', 'drug_usage'],
  },
  // why: asks only what the condition is -> information
  {
    message:
      "what is canavan disease?? my carrier screening panel flagged it and I've never even heard of it",
    focus: 'Canavan disease',
    types: ['information'],
  },
  // why: how common (two conditions named, FD the main one) -> frequency; whether she should get carrier testing -> diagnosis
  {
    message:
      "My fiance's cousin has familial dysautonomia. How common is it in Ashkenazi Jews, is it as common as Canavan disease? My fiance is Ashkenazi and I'm not. Should I get carrier testing too or is it only him who needs it?",
    focus: 'familial dysautonomia',
    types: ['frequency', 'diagnosis'],
  },
  // why: how carrier status is confirmed -> diagnosis
  {
    message:
      'The newborn screen flagged MCAD for our baby girl and then the follow up people said she is probably just a carrier. how do they confirm that for sure?',
    focus: 'medium-chain acyl-CoA dehydrogenase deficiency',
    types: ['diagnosis'],
  },
  // why: asks only about clinical trials -> research
  {
    message:
      'My husband and I are both carriers of Pompe disease. We lost our first baby to it at 7 months. Are there any clinical trials of gene therapy for infants?',
    focus: 'Pompe disease',
    types: ['research'],
  },
  // why: whether the mother carries and passes it on -> inheritance
  {
    message:
      'is rett syndrome something the mom carries and passes on? my daughter has it and im so scared to try for another baby',
    focus: 'Rett syndrome',
    types: ['inheritance'],
  },
  // why: how rare it is -> frequency
  {
    message:
      "how rare is menkes disease really? my sister's boy has it and the doctors said they'd only ever seen one case before",
    focus: 'Menkes disease',
    types: ['frequency'],
  },
  // why: preventing it in the next child -> prevention
  {
    message:
      'my husband and I are both Krabbe carriers. we lost our son Eli to it two years ago. we want another child so badly. is there any way to prevent it happening again?',
    focus: 'Krabbe disease',
    types: ['prevention'],
  },
  // why: daily dose of a medicine -> drug_usage; the medicine is the focus
  {
    message:
      'my husband and i are both sickle cell carriers and im 8 weeks pregnant. how much folic acid should i take a day? the midwife said 400 but my friend said more',
    focus: 'folic acid',
    types: ['drug_usage'],
  },
  // why: whether she is a carrier -> inheritance
  {
    message: 'my son is colour blind and so is my dad. does that mean im a carrier?',
    focus: 'color blindness',
    types: ['inheritance'],
  },
  // why: whether children with it get cancer (higher risk of another condition) -> complications
  {
    message:
      'asking for my best friend, she and her husband are both carriers of bloom syndrome per their screening. someone told her kids with it get cancer a lot, is that true?',
    focus: 'Bloom syndrome',
    types: ['complications'],
  },
  // why: whether her signs could be it -> diagnosis; treatment for women -> treatment
  {
    message:
      "My brother was just diagnosed with Fabry disease. I'm his sister (29). Ever since I was a kid I get burning pain in my hands and feet when I get hot or have a fever. Could that be Fabry? And if it is, is there treatment for women?",
    focus: 'Fabry disease',
    types: ['diagnosis', 'treatment'],
  },
  // why: whether female carriers get symptoms -> symptoms; getting worse -> prognosis; treatment for women -> treatment
  {
    message:
      'My son was diagnosed with X-linked adrenoleukodystrophy at 7 and I tested as a carrier. Im 46 now and the last couple years my legs have gotten stiff and Im unsteady walking, also bladder issues. Do female carriers get symptoms? Will it keep getting worse? Is there any treatment for women like me?',
    focus: 'X-linked adrenoleukodystrophy',
    types: ['symptoms', 'prognosis', 'treatment'],
  },
  // why: difference between two mutations -> genetic_changes; whether the kids should be tested -> diagnosis
  {
    message:
      "My blood test says I'm heterozygous C282Y for haemochromatosis, my partner is H63D. What is the difference between these two mutations? Should our kids be tested?",
    focus: 'hereditary hemochromatosis',
    types: ['genetic_changes', 'diagnosis'],
  },
  // why: whether grandma is a carrier -> inheritance; vision getting worse -> prognosis; family group -> find_specialist
  {
    message:
      "My grandson has X-linked retinoschisis. His mom is my daughter. Does that mean I'm a carrier too? Will his sight get worse as he grows up? Is there a group for families? We feel so alone with this",
    focus: 'X-linked retinoschisis',
    types: ['inheritance', 'prognosis', 'find_specialist'],
  },
  // why: whether blood in urine is a sign in carrier women -> symptoms; kidney specialist -> find_specialist
  {
    message:
      'My brother has Alport syndrome and my mom has had blood in her urine for years. Is that a sign of Alport in women who carry it? Does she need to see a kidney specialist?',
    focus: 'Alport syndrome',
    types: ['symptoms', 'find_specialist'],
  },
  // why: whether her sores and rash belong to carrier status -> symptoms; whether daughters should be tested -> diagnosis
  {
    message:
      "My son has X-linked chronic granulomatous disease and I'm a carrier. I've had mouth ulcers and a rash on my face that gets worse in the sun, on and off for years. Is that related to being a carrier? Should my two daughters be tested?",
    focus: 'chronic granulomatous disease',
    types: ['symptoms', 'diagnosis'],
  },
  // why: which gene -> genetic_changes; research on the eye part -> research
  {
    message:
      'we just found out our son has Usher syndrome type 1, turns out me and my husband are both carriers. which gene is it usually? and is there research going on for the eye part? he is already deaf, we dont want him to lose his sight too',
    focus: 'Usher syndrome',
    types: ['genetic_changes', 'research'],
  },
  // why: missed dose -> drug_usage; what it contains -> ingredients; the medicine is the focus
  {
    message:
      "our son has PKU (we are both carriers). he's on Kuvan tablets. what should we do if he misses a dose? and what's in it - does it contain any phenylalanine or aspartame?",
    focus: 'sapropterin',
    types: ['drug_usage', 'ingredients'],
  },
  // why: what the medicine is for -> indication; safe for a G6PD carrier -> contraindications
  {
    message:
      "I'm a woman heterozygous for G6PD deficiency. The travel clinic wants to give me primaquine before my trip. What is primaquine actually for? And is it safe for someone like me?",
    focus: 'primaquine',
    types: ['indication', 'contraindications'],
  },
  // why: what causes it -> cause; life expectancy -> prognosis
  {
    message:
      'what causes smith lemli opitz syndrome? we are both carriers and our daughter was born with it 3 weeks ago. what is her life expectancy',
    focus: 'Smith-Lemli-Opitz syndrome',
    types: ['cause', 'prognosis'],
  },
  // why: options for getting pregnant (managing it) -> treatment; higher risk of osteoporosis -> complications
  {
    subject: 'FXPOI',
    message:
      "I have fragile X-associated primary ovarian insufficiency (I'm a premutation carrier, found out after my nephew was diagnosed). What are my options if I want to get pregnant? Does it raise my risk of osteoporosis?",
    focus: 'fragile X-associated primary ovarian insufficiency',
    types: ['treatment', 'complications'],
  },
  // why: fertility problems from the medicine -> side_effects; fridge -> storage_disposal; the medicine is the focus
  {
    message:
      "My daughter is 9 and has sickle cell disease (her dad and I are both carriers). Her hematologist wants to start hydroxyurea. Can it cause fertility problems when she's older? Also does it need to be kept in the fridge?",
    focus: 'hydroxyurea',
    types: ['side_effects', 'storage_disposal'],
  },
  // why: chance she has it too -> inheritance; should she be tested -> diagnosis; early signs -> symptoms
  {
    message:
      'my brother was diagnosed with Wilson disease at 22, im 25 (F). the doctor said our parents must both be carriers. whats the chance i have it too? should i get tested? and what are the early signs i should look for',
    focus: 'Wilson disease',
    types: ['inheritance', 'diagnosis', 'symptoms'],
  },
  // why: prenatal test -> diagnosis; enzyme replacement and whether it works -> treatment (once); support group -> find_specialist
  {
    subject: 'hunter syndrome question',
    message:
      "my nephew has MPS II and my sister turned out to be a carrier. i had testing too and i'm a carrier as well. i'm pregnant with a boy, 12 weeks. can they test him before he's born? if he has it, is there enzyme replacement and does it actually work? also is there a support group in canada",
    focus: 'Hunter syndrome',
    types: ['diagnosis', 'treatment', 'find_specialist'],
  },
  // why: difference between A and B -> information; whether she can be a carrier -> inheritance; how to find out -> diagnosis
  {
    message:
      "My grandfather had hemophilia but nobody knows if it was A or B. What is the difference between hemophilia A and B? Can I be a carrier, I'm his granddaughter through my mom? How would I find out?",
    focus: 'hemophilia',
    types: ['information', 'inheritance', 'diagnosis'],
  },
  // why: two conditions; whether Becker is the same as Duchenne -> information; chance her son gets it -> inheritance
  {
    message:
      'my brother has becker muscular dystrophy and genetic testing says im a carrier. is becker the same thing as duchenne?? what are the chances my son gets it',
    focus: 'Becker muscular dystrophy',
    types: ['information', 'inheritance'],
  },
  // why: tell me about it -> information; how common -> frequency; next baby -> inheritance
  {
    message:
      'Can you tell me about congenital adrenal hyperplasia? Our newborn daughter was just diagnosed and the doctor said my wife and I are both carriers. How common is it, and what are the odds our next baby has it too?',
    focus: 'congenital adrenal hyperplasia',
    types: ['information', 'frequency', 'inheritance'],
  },
  // why: kidney harm from the medicine -> side_effects; with vitamin C -> interactions; affording it -> other
  {
    message:
      "son has beta thal major, we're both minor. dr started him on deferasirox. can it hurt his kidneys? can he take it with his vitamin c? and how do people afford it, our insurance wont cover it",
    focus: 'deferasirox',
    types: ['side_effects', 'interactions', 'other'],
  },
  // why: two conditions; what being a silent carrier means for her kids -> inheritance; tiredness as a sign -> symptoms; same as beta thal minor -> information
  {
    message:
      'hi, my blood results say im a silent carrier of alpha thalassemia. what does that mean for my kids? is it why im always so tired? my husband has beta thalassemia minor, is that the same thing as what i have',
    focus: 'alpha thalassemia',
    types: ['inheritance', 'symptoms', 'information'],
  },
];
