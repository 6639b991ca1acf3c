/**
 * "tumorsyndromes" set. Messages about tumour-predisposition syndromes (neurofibromatosis, tuberous sclerosis
 * complex, von Hippel-Lindau disease, Li-Fraumeni syndrome, Gorlin syndrome, multiple endocrine neoplasia):
 * scans, surveillance, surgery, medicines, family, with other questions. Written by someone who had read
 * neither the understanding or retrieval code nor any earlier set, following the labeling guide
 * (src/understand/README.md) and checking only that each focus is a name the knowledge base holds. Scored
 * once, before any change made for it (focus 1.000, type F1 0.879). Scored by tumorsyndromes.test.ts and by
 * `npx tsx test/understand/support/score-messages.ts --tumorsyndromes --verbose`.
 */
import type { ConsumerMessage } from './consumer-messages.js';

export const TUMORSYNDROMES_MESSAGES: ConsumerMessage[] = [
  // why: asks only the chance a future child has it -> inheritance
  {
    message:
      'my husband has nf1 and we want to start trying for a baby. whats the chance our kid will have it too?',
    focus: 'neurofibromatosis type 1',
    types: ['inheritance'],
  },
  // why: asks whether a sign belongs to the condition (cousin already diagnosed) -> symptoms
  {
    message:
      'Are white spots on the skin one of the signs of tuberous sclerosis? My cousin has TSC and has a few of them on her legs, I always thought it was just bumps on the face.',
    focus: 'tuberous sclerosis complex',
    types: ['symptoms'],
  },
  // why: asks only for a clinic with expertise -> find_specialist
  {
    message:
      'Hello. I am 34 and have Li-Fraumeni syndrome (a TP53 variant was found last year). My oncologist is kind but admits he has never followed an LFS patient before. Is there a clinic or center in the Midwest with experience in Li Fraumeni that I could be referred to?',
    focus: 'Li-Fraumeni syndrome',
    types: ['find_specialist'],
  },
  // why: asks for therapies other than surgery for the skin cancers of the syndrome -> treatment
  {
    message:
      "I'm 41 with Gorlin syndrome. I've had something like 60 basal cell carcinomas cut out since my twenties and my face looks like a patchwork quilt. Is there any treatment besides surgery every few months? creams, pills, anything??",
    focus: 'Gorlin syndrome',
    types: ['treatment'],
  },
  // why: asks whether a problem comes from the medicine (Afinitor = everolimus) -> side_effects
  {
    message:
      'my son (9) has TSC and started Afinitor for his brain tumor (SEGA) 3 weeks ago. now he has painful sores in his mouth and doesnt want to eat. is this coming from the afinitor??',
    focus: 'everolimus',
    types: ['side_effects'],
  },
  // why: asks which gene is involved -> genetic_changes
  {
    message:
      'which gene is involved in multiple endocrine neoplasia type 1? my genetic report says "MEN1 c.1546del" and i honestly cant tell if thats the gene or the name of the disease lol',
    focus: 'multiple endocrine neoplasia type 1',
    types: ['genetic_changes'],
  },
  // why: asks whether the hearing loss will keep progressing -> prognosis (course)
  {
    subject: 'NF2 and hearing',
    message:
      "I was diagnosed with neurofibromatosis type 2 at 19. I have tumours on both hearing nerves and my left ear is already almost gone. Will I eventually lose all of my hearing? I'm 26 now.",
    focus: 'neurofibromatosis type 2',
    types: ['prognosis'],
  },
  // why: a precaution about conceiving while on the medicine -> contraindications; focus is the medicine
  {
    message:
      'Good morning, I take vismodegib since one year for the basal cell cancers of my Gorlin. My wife and me would like to have one more child. Is it safe for a man to take this medicine while we try to make her pregnant?',
    focus: 'vismodegib',
    types: ['contraindications'],
  },
  // why: how to support the child at school -> lifestyle
  {
    message:
      "I teach 2nd grade and one of my students has neurofibromatosis type 1. His mom told me it's behind his learning problems and trouble paying attention. What can I do in the classroom to help him?",
    focus: 'neurofibromatosis type 1',
    types: ['lifestyle'],
  },
  // why: asks only about clinical trials -> research
  {
    message:
      'are there any clinical trials for tuberous sclerosis seizures??? shes 4 and has tried 6 different meds, nothing works',
    focus: 'tuberous sclerosis complex',
    types: ['research'],
  },
  // why: what to do after vomiting a dose -> drug_usage; focus is the medicine
  {
    message:
      "My daughter (16) takes sirolimus for the growths on her kidneys from TSC. This morning she threw up about 20 minutes after taking it. Should she take another dose now or just wait for tonight's?",
    focus: 'sirolimus',
    types: ['drug_usage'],
  },
  // why: higher risk of other conditions (cancers) in someone who has it -> complications
  {
    message:
      'Just found out I have Cowden syndrome after my thyroid surgery. Which cancers am I at higher risk for because of it?',
    focus: 'Cowden syndrome',
    types: ['complications'],
  },
  // why: whether relatives should be tested -> diagnosis; the back story is not a question
  {
    message:
      "My brother (38) was just diagnosed with von Hippel-Lindau after they found a tumour in his kidney and another in his brain. Our parents have both passed so we don't know where it came from. Should my sister and I be tested?",
    focus: 'von Hippel-Lindau disease',
    types: ['diagnosis'],
  },
  // why: whether it can be caught from someone -> susceptibility
  {
    message:
      "my son's friend has tuberous sclerosis and has lots of red bumps on his face. can my son catch it from him? they share toys and snacks and everything",
    focus: 'tuberous sclerosis complex',
    types: ['susceptibility'],
  },
  // why: what the medicine is for -> indication
  {
    message: 'what is vandetanib for? my uncle has MEN2B and the oncologist just prescribed it',
    focus: 'vandetanib',
    types: ['indication'],
  },
  // why: asks only whether it can be prevented -> prevention
  {
    message: 'Can neurofibromatosis type 1 be prevented? Asking for a school project on genetic diseases.',
    focus: 'neurofibromatosis type 1',
    types: ['prevention'],
  },
  // why: other signs to watch for -> symptoms; which test confirms it -> diagnosis
  {
    message:
      "My 18 month old has 7 light brown 'coffee' spots and the GP mentioned NF1. What other signs should we be watching for? And what test would actually confirm it?",
    focus: 'neurofibromatosis type 1',
    types: ['symptoms', 'diagnosis'],
  },
  // why: can surgery remove it -> treatment; will it keep growing -> prognosis
  {
    message:
      'our son (6) has a plexiform neurofibroma on the side of his neck from his NF1. can surgeons take it out completely? and is it going to keep growing as he gets older?',
    focus: 'neurofibromatosis type 1',
    types: ['treatment', 'prognosis'],
  },
  // why: chance I have it too -> inheritance; when to test the kids -> diagnosis
  {
    subject: 'Li-Fraumeni in my family',
    message:
      'My mother was just found to have a TP53 mutation after her second cancer. What are the chances I have it too? I have two kids, 3 and 7 - at what age should they be tested?',
    focus: 'Li-Fraumeni syndrome',
    types: ['inheritance', 'diagnosis'],
  },
  // why: whether palm pits belong to it -> symptoms; playing outdoor sport -> lifestyle
  {
    message:
      'Are the little pits on the palms part of Gorlin syndrome? My son (11) was diagnosed last month and has them on both hands. Also he is on a soccer team that plays outside all summer, is that ok for him with gorlin?',
    focus: 'Gorlin syndrome',
    types: ['symptoms', 'lifestyle'],
  },
  // why: grapefruit juice with the medicine -> interactions; missed dose -> drug_usage
  {
    message:
      'can she have grapefruit juice on everolimus? she drinks it every morning. and what do we do if she forgets a dose, give 2 the next day?',
    focus: 'everolimus',
    types: ['interactions', 'drug_usage'],
  },
  // why: damage to the kidneys -> complications; finding a knowledgeable doctor -> find_specialist
  {
    message:
      'hi, my husband has VHL. can it damage his kidneys? we live in a small town in Montana and none of the doctors here know anything about it, where do we find someone who does',
    focus: 'von Hippel-Lindau disease',
    types: ['complications', 'find_specialist'],
  },
  // why: what the pancreas tumours cause -> symptoms; how they are treated -> treatment
  {
    message:
      'What symptoms do the pancreas tumours in MEN1 cause, and how are they treated? My mother has multiple endocrine neoplasia type 1 and they found a few small ones on her last scan.',
    focus: 'multiple endocrine neoplasia type 1',
    types: ['symptoms', 'treatment'],
  },
  // why: living on his own as an adult -> prognosis; school camping trip -> lifestyle
  {
    message:
      'My son is 12 and has tuberous sclerosis with epilepsy and a mild intellectual disability. I worry about the future: will he be able to live on his own as an adult? Also his class has a 3-night camping trip in spring. Is it OK for him to go?',
    focus: 'tuberous sclerosis complex',
    types: ['prognosis', 'lifestyle'],
  },
  // why: whether the skin problem comes from the drug -> side_effects; help paying -> other
  {
    message:
      "My father (72) started cabozantinib for medullary thyroid cancer (he has MEN2). After two weeks his palms and the soles of his feet are red, peeling and hurt when he walks. Is that caused by the cabozantinib? Also the pharmacy said it's over $20,000 a month - are there any programs that help pay for it?",
    focus: 'cabozantinib',
    types: ['side_effects', 'other'],
  },
  // why: what it is -> information; how common -> frequency
  {
    message:
      'wat exactly is neurofibromatosis type 1?? and how common is it. my nephew was just diagnosed and nobody in the family ever heard of it',
    focus: 'neurofibromatosis type 1',
    types: ['information', 'frequency'],
  },
  // why: how the medicine works -> indication; eyesight damage from it -> side_effects
  {
    message:
      'The neurologist wants to start our 5 month old on vigabatrin for infantile spasms from tuberous sclerosis. How does this medicine work? And is it true it can damage the eyesight?',
    focus: 'vigabatrin',
    types: ['indication', 'side_effects'],
  },
  // why: whether the scans are the right screening -> diagnosis; studies to join -> research
  {
    message:
      'I have Li-Fraumeni and get a whole-body MRI every year plus brain and breast MRIs. Is that the standard screening for LFS or should I be having other tests too? And are there any research studies on surveillance that I could join?',
    focus: 'Li-Fraumeni syndrome',
    types: ['diagnosis', 'research'],
  },
  // why: which genes cause it -> genetic_changes; skipping a generation -> inheritance
  {
    message:
      'My husband is tested positive for SDHB, the doctors call it hereditary paraganglioma-pheochromocytoma syndrome. Is SDHB the only gene who cause this or there are others? And it can skip one generation? his father never had any tumours',
    focus: 'hereditary paraganglioma-pheochromocytoma',
    types: ['genetic_changes', 'inheritance'],
  },
  // why: whether the lip bumps belong to it -> symptoms; outlook -> prognosis
  {
    message:
      'my daughter has multiple endocrine neoplasia type 2B. she has little bumps on her lips and tongue and is very tall and thin. are those bumps part of the disease? what is the outlook for kids with MEN2B, the doctors always look so serious',
    focus: 'multiple endocrine neoplasia type 2B',
    types: ['symptoms', 'prognosis'],
  },
  // why: can it lead to kidney cancer -> complications; should children be checked -> diagnosis
  {
    message:
      'Dermatologist thinks the small bumps on my face plus the collapsed lung I had last year might be Birt-Hogg-Dube syndrome, genetic test pending. Can BHD lead to kidney cancer? And if it comes back positive should my children be checked?',
    focus: 'Birt-Hogg-Dube syndrome',
    types: ['complications', 'diagnosis'],
  },
  // why: two conditions; the difference -> information; how they were told apart -> diagnosis
  {
    message:
      'My son (4) was first told he had NF1 because of his cafe-au-lait spots, but now the genetic test says Legius syndrome. What is the difference between Legius syndrome and NF1? And how could they tell them apart when the spots look exactly the same?',
    focus: 'Legius syndrome',
    types: ['information', 'diagnosis'],
  },
  // why: two conditions; is it the same as NF2 -> information; passing it on -> inheritance
  {
    message:
      'Is schwannomatosis the same thing as NF2? I have schwannomas in my back and my leg but my hearing is fine. Could I pass it on to my kids?',
    focus: 'schwannomatosis',
    types: ['information', 'inheritance'],
  },
  // why: why it happened -> cause; next baby -> inheritance; outlook -> prognosis; clinic -> find_specialist
  {
    subject: 'new grandson with TSC',
    message:
      'Hello, I am writing for my daughter who is too exhausted to write herself. Our grandson was born 6 weeks ago. They saw tumours in his heart on the ultrasound before he was born and now they say it is tuberous sclerosis complex. Neither my daughter nor her husband has it, so why did it happen? Could their next baby have it too? What is the outlook for him, will he have a normal life? And is there a TSC clinic near Columbus Ohio? Thank you from a very worried grandma',
    focus: 'tuberous sclerosis complex',
    types: ['cause', 'inheritance', 'prognosis', 'find_specialist'],
  },
  // why: first signs -> symptoms; how often to scan -> diagnosis; is surgery the only option -> treatment
  {
    message:
      'my wife has von hippel-lindau. what are the first signs of a kidney tumour we should watch for? how often should she get scans? and if they find one is surgery the only option',
    focus: 'von Hippel-Lindau disease',
    types: ['symptoms', 'diagnosis', 'treatment'],
  },
  // why: two conditions; whether the autism is connected to TSC -> association
  {
    message:
      'My daughter has tuberous sclerosis and this week she was also diagnosed with autism. Is the autism connected to the TSC, or is it a separate thing?',
    focus: 'tuberous sclerosis complex',
    types: ['association'],
  },
  // why: two conditions; the question is about MEN1: what it is -> information; genetic test -> diagnosis
  {
    message:
      'I am treated for Zollinger-Ellison syndrome since 2 years (ulcers, gastrinoma). Now my gastroenterologist say it can be part of MEN1. What is this MEN1 exactly? Should I do the genetic test for it?',
    focus: 'multiple endocrine neoplasia type 1',
    types: ['information', 'diagnosis'],
  },
  // why: which cancers she is at risk of -> complications; special diet -> lifestyle; life insurance -> other
  {
    message:
      'Our daughter is 15 and has Li-Fraumeni. Which cancers is she most at risk of? Is there a special diet she should follow? And will she be able to get life insurance later or will they turn her down?',
    focus: 'Li-Fraumeni syndrome',
    types: ['complications', 'lifestyle', 'other'],
  },
  // why: fridge -> storage_disposal; breastfeeding -> contraindications; ibuprofen with it -> interactions
  {
    message:
      "I'm 29 with TSC and take everolimus for angiomyolipomas in my kidneys. 1) does it need to be kept in the fridge? 2) I just had a baby, can I breastfeed while taking it? 3) is it ok to take ibuprofen for headaches with it?",
    focus: 'everolimus',
    types: ['storage_disposal', 'contraindications', 'interactions'],
  },
  // why: will the baby have it -> inheritance; age for thyroid removal -> treatment; normal life after -> prognosis
  {
    message:
      'Our 3 year old tested positive for a RET mutation (MEN2A) after my husband was diagnosed. We have a baby girl too. Will she have it as well? The surgeon is talking about removing his thyroid, at what age is that normally done? And will he have a normal life afterwards?',
    focus: 'multiple endocrine neoplasia type 2A',
    types: ['inheritance', 'treatment', 'prognosis'],
  },
];
